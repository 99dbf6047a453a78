package nl.statuswacht.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.statuswacht.model.PlatformHints;
import nl.statuswacht.model.Post;
import nl.statuswacht.model.PostUpdate;
import nl.statuswacht.model.Window;
import org.junit.jupiter.api.Test;

class ChangeDetectorTest {
  private static final Instant T0 = Instant.parse("2025-09-15T06:40:00Z");
  private static final PostUpdate INVESTIGATING = new PostUpdate(T0, "Onderzoek",
      "Vanaf 08:25 uur zijn de API Zoeken en de API Basisprofiel niet bereikbaar.");
  private static final PostUpdate RESOLVED = new PostUpdate(T0.plusSeconds(5100), "Opgelost",
      "De API's zijn weer bereikbaar.");

  private static Post post(String title, Instant updated, List<PostUpdate> updates,
      PlatformHints hints) {
    return new Post("tag:status.kvk.nl,2005:Incident/1001", title,
        "https://status.kvk.nl/incidents/d01", T0, updated, "body", updates, hints);
  }

  private static StoredVersion stored(Post post) {
    return new StoredVersion(1, Material.of(post).fingerprint(), post.title(),
        post.latestStatus(), post.updates().size());
  }

  @Test
  void aPostNeverSeenIsNew() {
    Post post = post("Storing", T0, List.of(INVESTIGATING), PlatformHints.NONE);
    assertThat(ChangeDetector.detect(Optional.empty(), post)).isInstanceOf(PostEvent.New.class);
  }

  @Test
  void onlyATimestampTickingIsNoChange() {
    Post before = post("Storing", T0, List.of(INVESTIGATING), PlatformHints.NONE);
    Post after = post("Storing", T0.plusSeconds(3600), List.of(INVESTIGATING), PlatformHints.NONE);

    assertThat(ChangeDetector.detect(Optional.of(stored(before)), after))
        .isInstanceOf(PostEvent.Unchanged.class);
  }

  @Test
  void onlyWhitespaceChangingIsNoChange() {
    Post before = post("Storing", T0, List.of(INVESTIGATING), PlatformHints.NONE);
    PostUpdate respaced = new PostUpdate(T0, " Onderzoek ",
        "Vanaf 08:25 uur  zijn de API Zoeken\n en de\u00A0API Basisprofiel niet bereikbaar. ");
    Post after = post(" Storing\n", T0, List.of(respaced), PlatformHints.NONE);

    assertThat(ChangeDetector.detect(Optional.of(stored(before)), after))
        .isInstanceOf(PostEvent.Unchanged.class);
  }

  @Test
  void aResolvingUpdateIsMaterialAndSaysWhatChanged() {
    Post before = post("Storing", T0, List.of(INVESTIGATING), PlatformHints.NONE);
    Post after = post("Storing", T0, List.of(INVESTIGATING, RESOLVED), PlatformHints.NONE);

    PostEvent event = ChangeDetector.detect(Optional.of(stored(before)), after);

    assertThat(event).isInstanceOf(PostEvent.MaterialUpdate.class);
    PostEvent.MaterialUpdate update = (PostEvent.MaterialUpdate) event;
    assertThat(update.previousVersion()).isEqualTo(1);
    assertThat(update.changes()).extracting(Change::describe).containsExactly("status: Onderzoek → Opgelost", "1 new update");
  }

  @Test
  void aMovedScheduledWindowIsMaterial() {
    Window window = new Window(Instant.parse("2025-12-02T22:00:00Z"),
        Instant.parse("2025-12-03T02:00:00Z"));
    Window moved = new Window(Instant.parse("2025-12-09T22:00:00Z"),
        Instant.parse("2025-12-10T02:00:00Z"));
    Post before = post("Onderhoud", T0, List.of(), new PlatformHints("maintenance", window, List.of()));
    Post after = post("Onderhoud", T0, List.of(), new PlatformHints("maintenance", moved, List.of()));

    assertThat(ChangeDetector.detect(Optional.of(stored(before)), after))
        .isInstanceOf(PostEvent.MaterialUpdate.class);
  }

  @Test
  void aNewTitleIsMaterial() {
    Post before = post("Storing", T0, List.of(INVESTIGATING), PlatformHints.NONE);
    Post after = post("Storing KVK API", T0, List.of(INVESTIGATING), PlatformHints.NONE);

    PostEvent event = ChangeDetector.detect(Optional.of(stored(before)), after);

    assertThat(((PostEvent.MaterialUpdate) event).changes()).extracting(Change::describe).containsExactly("title: Storing KVK API");
  }

  @Test
  void theFingerprintIsSha256HexOfTheCanonicalForm() {
    Post post = post("Storing", T0, List.of(), PlatformHints.NONE);
    // printf '7:Storing\n0:\n4:body\n1:0\n4:null\n0:\n0:\n' | sha256sum
    assertThat(Material.of(post).fingerprint())
        .isEqualTo("0a77f3aa93106a92aff9916ebde8d4c33807f8d0d759fc75d68e36c588f4f44d");
  }
}
