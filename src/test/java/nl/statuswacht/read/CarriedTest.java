package nl.statuswacht.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class CarriedTest {
  private final List<String> computed = new ArrayList<>();
  private final Function<String, Integer> length = key -> {
    computed.add(key);
    return key.length();
  };

  @Test
  void aValueIsComputedOnceARunAndTakenFromTheLastRunAfter() {
    Carried<String, Integer> carried = new Carried<>(HashMap::new);

    assertThat(carried.get("abc", length)).isEqualTo(3);
    assertThat(carried.get("abc", length)).isEqualTo(3);
    carried.done();
    assertThat(carried.get("abc", length)).isEqualTo(3);

    assertThat(computed).containsExactly("abc");
  }

  @Test
  void aRunCarriesOnlyTheValuesItUsed() {
    Carried<String, Integer> carried = new Carried<>(HashMap::new);
    carried.get("kept", length);
    carried.get("dropped", length);
    carried.done();

    carried.get("kept", length); // the second run uses only this one
    carried.done();
    carried.get("kept", length);
    carried.get("dropped", length);

    assertThat(computed).containsExactly("kept", "dropped", "dropped");
  }
}
