package nl.statuswacht.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class UnsubscribeTokensTest {
  private final UnsubscribeTokens tokens = UnsubscribeTokens.of("k3y").orElseThrow();

  @Test
  void aTokenNamesItsAddressInLowerCaseAndIsCheckedByItsHmac() {
    String token = tokens.token("Ops@Example.org");

    assertThat(token).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]{43}");
    assertThat(tokens.token("ops@example.org")).isEqualTo(token);
    assertThat(tokens.verify(token)).hasValue("ops@example.org");
  }

  @Test
  void anAlteredForgedOrForeignTokenIsRefused() {
    String token = tokens.token("ops@example.org");
    String mac = token.substring(token.indexOf('.') + 1);
    String other = tokens.token("manager@example.org");

    assertThat(tokens.verify(other.substring(0, other.indexOf('.')) + "." + mac)).isEmpty();
    assertThat(tokens.verify(token.substring(0, token.length() - 1)
        + (token.endsWith("A") ? "B" : "A"))).isEmpty();
    assertThat(tokens.verify(UnsubscribeTokens.of("other").orElseThrow().token("ops@example.org")))
        .isEmpty();
    for (String bad : new String[] {null, "", ".", "a.b.c", "!!.??", token + "."}) {
      assertThat(tokens.verify(bad)).as(String.valueOf(bad)).isEmpty();
    }
  }

  @Test
  void withoutAKeyThereAreNoTokens() {
    assertThat(UnsubscribeTokens.of(null)).isEmpty();
    assertThat(UnsubscribeTokens.of("  ")).isEmpty();
    assertThat(tokens.toString()).doesNotContain("k3y");
  }

  @Test
  void theLinkIsThePublicUrlsUnsubscribePage() {
    String token = tokens.token("ops@example.org");

    assertThat(tokens.link(URI.create("https://sw.example.org/"), "ops@example.org"))
        .isEqualTo("https://sw.example.org/unsubscribe?t=" + token);
    assertThat(tokens.link(URI.create("https://sw.example.org/status"), "ops@example.org"))
        .isEqualTo("https://sw.example.org/status/unsubscribe?t=" + token);
  }
}
