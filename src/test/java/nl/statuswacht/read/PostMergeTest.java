package nl.statuswacht.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import nl.statuswacht.model.PlatformHints;
import nl.statuswacht.model.Post;
import nl.statuswacht.model.PostUpdate;
import nl.statuswacht.model.Window;
import org.junit.jupiter.api.Test;

class PostMergeTest {
  private static final Instant T = Instant.parse("2025-11-12T10:00:00Z");
  private static final Window WINDOW =
      new Window(Instant.parse("2025-12-02T22:00:00Z"), Instant.parse("2025-12-03T02:00:00Z"));

  private static Post post(String id, String link, Instant published, List<PostUpdate> updates,
      PlatformHints hints) {
    return new Post(id, "Nachtelijk onderhoud KVK Dataservice", link, published, published,
        "body of " + id, updates, hints);
  }

  @Test
  void theKeyIsTheIncidentCodeTheLinkEndsIn() {
    assertThat(PostMerge.key(post("tag:status.kvk.nl,2005:Incident/1009",
        "https://status.kvk.nl/incidents/d10", T, List.of(), null))).isEqualTo("d10");
    assertThat(PostMerge.key(post("kvk-d10", "https://status.kvk.nl/berichten/d10/", T,
        List.of(), null))).isEqualTo("d10");
    assertThat(PostMerge.key(post("kvk-d10", "https://status.kvk.nl", T, List.of(), null)))
        .as("a link without a path names no incident").isEqualTo("kvk-d10");
    assertThat(PostMerge.key(post("kvk-d10", null, T, List.of(), null))).isEqualTo("kvk-d10");
  }

  @Test
  void theFeedsWordsAndTheApisStructureMakeOnePost() {
    List<PostUpdate> feedTimeline = List.of(new PostUpdate(T, "Gepland", "In de nacht …"));
    List<PostUpdate> apiTimeline = List.of(new PostUpdate(T, "scheduled", "In de nacht …"));
    Post fromFeed = post("tag:status.kvk.nl,2005:Incident/1009",
        "https://status.kvk.nl/incidents/d10", T.plusSeconds(3600), feedTimeline, null);
    Post fromApi = post("d10", "https://status.kvk.nl/incidents/d10", T, apiTimeline,
        new PlatformHints("maintenance", WINDOW, List.of("KVK Dataservice")));

    PostMerge.Merged merged = PostMerge.merge(List.of(
        new PostMerge.Document("history.atom", PostMerge.Kind.FEED, List.of(fromFeed)),
        new PostMerge.Document("incidents.json", PostMerge.Kind.API, List.of(fromApi))));

    assertThat(merged.posts()).singleElement().satisfies(post -> {
      assertThat(post.id()).isEqualTo("d10");
      assertThat(post.updates()).isEqualTo(feedTimeline);
      assertThat(post.hints()).isEqualTo(
          new PlatformHints("maintenance", WINDOW, List.of("KVK Dataservice")));
      assertThat(post.published()).isEqualTo(T);
      assertThat(post.updated()).isEqualTo(T.plusSeconds(3600));
    });
    assertThat(merged.gaps()).isEmpty();
  }

  @Test
  void onATieTheEarlierKindsTimelineAndTheApisWordsFirstWhateverTheOrder() {
    List<PostUpdate> feedTimeline = List.of(new PostUpdate(T, "Storing", "feed"));
    List<PostUpdate> apiTimeline = List.of(new PostUpdate(T, "investigating", "api"));
    List<PostUpdate> pageTimeline = List.of(new PostUpdate(T, "Storing", "page"));
    Post fromApi = new Post("d12", " ", null, T.plusSeconds(60), T.plusSeconds(60), "api body",
        apiTimeline, new PlatformHints(null, null, List.of("KVK API", "KVK Dataservice")));
    Post fromPage = new Post("p12", "Storing (pagina)", "https://status.kvk.nl/incidents/d12",
        null, T.plusSeconds(7200), "page body", pageTimeline,
        new PlatformHints("major", WINDOW, List.of("KVK Dataservice")));
    Post fromFeed = new Post("f12", "Storing KVK API", "https://status.kvk.nl/incidents/d12/",
        T, T.plusSeconds(3600), "feed body", feedTimeline,
        new PlatformHints("minor", null, List.of("KVK Mutatieservice", "KVK API")));

    PostMerge.Merged merged = PostMerge.merge(List.of(
        new PostMerge.Document("incidents.json", PostMerge.Kind.API, List.of(fromApi)),
        new PostMerge.Document("page", PostMerge.Kind.PAGE, List.of(fromPage)),
        new PostMerge.Document("history.atom", PostMerge.Kind.FEED, List.of(fromFeed))));

    assertThat(merged.posts()).singleElement().satisfies(post -> {
      assertThat(post.id()).isEqualTo("d12");
      // one update each: the feed's, the earliest kind, though it comes last
      assertThat(post.updates()).isEqualTo(feedTimeline);
      assertThat(post.body()).isEqualTo("feed body");
      // the API's title is blank: the next document's, in the order given
      assertThat(post.title()).isEqualTo("Storing (pagina)");
      assertThat(post.link()).isEqualTo("https://status.kvk.nl/incidents/d12");
      assertThat(post.published()).isEqualTo(T);
      assertThat(post.updated()).isEqualTo(T.plusSeconds(7200));
      // the API's hints first, then the others', each component once
      assertThat(post.hints()).isEqualTo(new PlatformHints("major", WINDOW,
          List.of("KVK API", "KVK Dataservice", "KVK Mutatieservice")));
    });
  }

  @Test
  void theLongerTimelineWins() {
    List<PostUpdate> one = List.of(new PostUpdate(T, "Onderzoek", "a"));
    List<PostUpdate> two = List.of(new PostUpdate(T, "investigating", "a"),
        new PostUpdate(T.plusSeconds(60), "resolved", "b"));
    PostMerge.Merged merged = PostMerge.merge(List.of(
        new PostMerge.Document("feed", PostMerge.Kind.FEED,
            List.of(post("f", "https://x/incidents/a", T, one, null))),
        new PostMerge.Document("api", PostMerge.Kind.API,
            List.of(post("a", "https://x/incidents/a", T, two, null)))));

    assertThat(merged.posts().get(0).updates()).isEqualTo(two);
  }

  @Test
  void aPostTheFeedLacksWithinItsPeriodIsAGapButAnOlderOneIsNot() {
    Post old = post("old", "https://x/incidents/old", T.minusSeconds(86_400), List.of(), null);
    Post shared = post("s", "https://x/incidents/shared", T, List.of(), null);
    Post fresh = post("n", "https://x/incidents/new", T.plusSeconds(600), List.of(), null);

    PostMerge.Merged merged = PostMerge.merge(List.of(
        new PostMerge.Document("feed", PostMerge.Kind.FEED, List.of(shared)),
        new PostMerge.Document("api", PostMerge.Kind.API, List.of(fresh, shared, old))));

    assertThat(merged.posts()).extracting(Post::id).containsExactly("shared", "new", "old");
    assertThat(merged.gaps()).containsExactly(
        "new \"Nachtelijk onderhoud KVK Dataservice\" is in the JSON API but not in the feed");
  }

  @Test
  void keysKeptFromTheLastMergeAreTheKeysEachLinkGives() {
    // a post whose link changes between merges: under the same id, another link
    List<Post> first = List.of(post("p1", "https://x/incidents/a1", T, List.of(), null),
        post("p2", "https://x/berichten/b2/", T, List.of(), null),
        post("p3", "https://x", T, List.of(), null),
        post("p4", "https://x/incidents/a b", T, List.of(), null),
        post("p5", null, T, List.of(), null),
        post("p6", "https://x/incidents/c6", T, List.of(), null));
    List<Post> second = List.of(first.get(0), first.get(1), first.get(2), first.get(3),
        first.get(4), post("p6", "https://x/incidents/c7", T, List.of(), null),
        post("p7", "https://x/incidents/a1", T, List.of(), null));
    PostMerge.Keys keys = new PostMerge.Keys();

    PostMerge.Merged before = PostMerge.merge(
        List.of(new PostMerge.Document("feed", PostMerge.Kind.FEED, first)), keys);
    PostMerge.Merged after = PostMerge.merge(
        List.of(new PostMerge.Document("feed", PostMerge.Kind.FEED, second)), keys);

    // an unreadable link (a space) and one without a path fall back to the id
    assertThat(before.posts()).extracting(Post::id)
        .containsExactly("a1", "b2", "p3", "p4", "p5", "c6");
    // a1 is now shown twice in one document: both keep their own ids
    assertThat(after.posts()).extracting(Post::id)
        .containsExactly("p1", "b2", "p3", "p4", "p5", "c7", "p7");
  }

  @Test
  void aPostThatOneDocumentAloneShowsIsMergedOnceAndCarriedToTheNextMerge() {
    Post a = post("p1", "https://x/incidents/a1", T, List.of(), null);
    Post b = post("p2", "https://x/incidents/b2", T, List.of(), null);
    Post bChanged = post("p2", "https://x/incidents/b2", T.plusSeconds(60), List.of(), null);
    PostMerge.Keys keys = new PostMerge.Keys();

    PostMerge.Merged first = PostMerge.merge(
        List.of(new PostMerge.Document("feed", PostMerge.Kind.FEED, List.of(a, b))), keys);
    PostMerge.Merged second = PostMerge.merge(
        List.of(new PostMerge.Document("feed", PostMerge.Kind.FEED, List.of(a, bChanged))), keys);

    assertThat(second.posts().get(0)).as("the same post read again").isSameAs(first.posts().get(0));
    assertThat(second.posts().get(1)).isNotSameAs(first.posts().get(1));
    assertThat(second.posts().get(1).published()).isEqualTo(T.plusSeconds(60));
    assertThat(second).as("as merged without anything carried").isEqualTo(PostMerge.merge(
        List.of(new PostMerge.Document("feed", PostMerge.Kind.FEED, List.of(a, bChanged)))));
  }

  @Test
  void postsOfOneDocumentThatShareALinkKeepTheirOwnIds() {
    Post a = post("a", "https://x/status", T, List.of(), null);
    Post b = post("b", "https://x/status", T, List.of(), null);

    PostMerge.Merged merged = PostMerge.merge(List.of(
        new PostMerge.Document("feed", PostMerge.Kind.FEED, List.of(a, b))));

    assertThat(merged.posts()).extracting(Post::id).containsExactly("a", "b");
  }
}
