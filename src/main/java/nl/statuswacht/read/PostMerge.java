package nl.statuswacht.read;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import nl.statuswacht.model.PlatformHints;
import nl.statuswacht.model.Post;
import nl.statuswacht.model.Window;

/**
 * Merges what several documents of one status page say into one post per incident: a feed, the
 * Statuspage JSON API and the HTML page describe the same post under different ids, but their
 * links end in the same incident code ({@code /incidents/d03}, {@code /berichten/d03}). Pure:
 * the {@link Keys} a poll passes from one merge to the next only saves work.
 *
 * <p>Per post: the platform's structured hints (impact, scheduled window) come from the JSON API
 * when it has them; the timeline is the longest one any document gives, a feed's on a tie (feeds
 * carry the words the page shows, the API its status codes); published is the earliest date any
 * document gives, updated the latest.
 */
public final class PostMerge {
  /**
   * What {@link #linkCode} gives for a link that ends in no incident code: a path segment never
   * contains {@code /}.
   */
  private static final String NO_CODE = "/";

  private PostMerge() {}

  /** What kind of document a set of posts came from. */
  public enum Kind {
    FEED,
    API,
    PAGE
  }

  /** The posts read from one document. */
  public record Document(String location, Kind kind, List<Post> posts) {
    public Document {
      posts = List.copyOf(posts);
    }
  }

  /**
   * The merged posts, each with its {@link #key} as id; the posts one kind of document shows
   * while another, covering the same period, lacks; and for each key the post as each document
   * that shows it shows it, by the document's location.
   */
  public record Merged(List<Post> posts, List<String> gaps, Map<String, Map<String, Post>> shown) {
    public Merged {
      posts = List.copyOf(posts);
      gaps = List.copyOf(gaps);
    }

    /** The post {@code key} as each document that shows it shows it, by location. */
    public Map<String, Post> shown(String key) {
      return shown.getOrDefault(key, Map.of());
    }
  }

  /**
   * The key a post is stored under: the incident code its link ends in, else its source id. The
   * same post read from any document gets the same key.
   */
  public static String key(Post post) {
    return key(post, PostMerge::linkCode);
  }

  /** {@link #key}, with {@code codes} giving the code of the post's link ({@link #linkCode}). */
  private static String key(Post post, UnaryOperator<String> codes) {
    String code = post.link() == null ? NO_CODE : codes.apply(post.link());
    return code.equals(NO_CODE) ? post.id() : code;
  }

  /** The incident code {@code link} ends in, or {@link #NO_CODE}. */
  private static String linkCode(String link) {
    try {
      String path = URI.create(link.strip()).getPath();
      if (path != null) {
        String[] segments = path.split("/");
        for (int i = segments.length - 1; i >= 0; i--) {
          if (!segments[i].isBlank()) {
            return segments.length > 1 && i > 0 ? segments[i] : NO_CODE;
          }
        }
      }
    } catch (IllegalArgumentException e) {
      // an unreadable link: the id stands in
    }
    return NO_CODE;
  }

  /**
   * {@link #key}, with what it made of each link carried from one merge to the next (a changed
   * poll merges every post of every document again, and parsing each link as a URI was more than
   * half of the merge in the daemon's C1-compiled code); and the merged post of each post that
   * one document alone shows, by the post's identity and its key (a reader hands out the very
   * same post for an entry that did not change): at 5,000 posts, building them all again was most
   * of what a changed poll's merge allocated.
   */
  public static final class Keys {
    private final Carried<String, String> codes = new Carried<>(HashMap::new);
    private final UnaryOperator<String> code = link -> codes.get(link, PostMerge::linkCode);
    private final Carried<Alone, Post> alone = new Carried<>(HashMap::new);

    String of(Post post) {
      return key(post, code);
    }

    /**
     * The merge of what one document alone shows under {@code key}: a function of the key and the
     * post only (nothing of the document is in it).
     */
    private Post alone(String key, Sourced only) {
      return alone.get(new Alone(only.post(), key), of -> merge(key, List.of(only)));
    }

    /** Ends a merge: the links it keyed and the posts it merged are the ones the next one finds. */
    void done() {
      codes.done();
      alone.done();
    }
  }

  public static Merged merge(List<Document> documents) {
    return merge(documents, new Keys());
  }

  /** {@link #merge(List)}, with the keys of the links the last merge with {@code linkKeys} saw. */
  public static Merged merge(List<Document> documents, Keys linkKeys) {
    Map<String, List<Sourced>> byKey = new LinkedHashMap<>();
    List<Map<String, Post>> keyed = new ArrayList<>();
    for (Document document : documents) {
      Map<String, Post> keys = keys(document, linkKeys);
      keyed.add(keys);
      keys.forEach((key, post) ->
          byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(new Sourced(document, post)));
    }
    List<Post> posts = new ArrayList<>();
    Map<String, Map<String, Post>> shown = new LinkedHashMap<>();
    byKey.forEach((key, sourced) -> {
      if (sourced.size() == 1) {
        Sourced only = sourced.get(0);
        posts.add(linkKeys.alone(key, only));
        shown.put(key, Map.of(only.document().location(), only.post()));
        return;
      }
      posts.add(merge(key, sourced));
      Map<String, Post> where = new LinkedHashMap<>();
      sourced.forEach(s -> where.putIfAbsent(s.document().location(), s.post()));
      shown.put(key, Map.copyOf(where));
    });
    linkKeys.done();
    return new Merged(posts, gaps(documents, keyed), Map.copyOf(shown));
  }

  private record Sourced(Document document, Post post) {}

  /**
   * A post one document alone shows, by its identity, under a key (the same post may come under
   * another key when another post now shares its link).
   */
  private record Alone(Post post, String key) {
    @Override
    public boolean equals(Object other) {
      return other instanceof Alone that && that.post == post && that.key.equals(key);
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(post) * 31 + key.hashCode();
    }
  }

  /** A document's posts by key; a key two posts of one document share falls back to the ids. */
  private static Map<String, Post> keys(Document document, Keys linkKeys) {
    List<String> keys = new ArrayList<>(document.posts().size());
    Map<String, Integer> counts = new HashMap<>();
    for (Post post : document.posts()) {
      String key = linkKeys.of(post);
      keys.add(key);
      counts.merge(key, 1, Integer::sum);
    }
    Map<String, Post> keyed = new LinkedHashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      Post post = document.posts().get(i);
      String key = counts.get(keys.get(i)) == 1 ? keys.get(i) : post.id();
      keyed.putIfAbsent(key, post);
    }
    return keyed;
  }

  /**
   * One post of what the documents show under {@code key}: the timeline (updates, body, HTML) of
   * the one with the most updates (on a tie, of the earlier kind, then the first); the first title
   * that is not blank and the platform's hints, the JSON API's first; the first link; the earliest
   * publication and the latest update. In plain loops: this runs for every post of every reading.
   */
  private static Post merge(String key, List<Sourced> sourced) {
    Sourced timeline = sourced.get(0);
    for (Sourced s : sourced) {
      int more = s.post().updates().size() - timeline.post().updates().size();
      if (more > 0 || more == 0 && s.document().kind().compareTo(timeline.document().kind()) < 0) {
        timeline = s;
      }
    }
    List<Post> structuredFirst = new ArrayList<>(sourced.size());
    for (Sourced s : sourced) {
      if (s.document().kind() == Kind.API) {
        structuredFirst.add(s.post());
      }
    }
    for (Sourced s : sourced) {
      if (s.document().kind() != Kind.API) {
        structuredFirst.add(s.post());
      }
    }
    String title = "";
    for (Post post : structuredFirst) {
      if (!post.title().isBlank()) {
        title = post.title();
        break;
      }
    }
    String link = null;
    Instant published = null;
    Instant updated = null;
    for (Sourced s : sourced) {
      Post post = s.post();
      if (link == null) {
        link = post.link();
      }
      if (post.published() != null && (published == null || post.published().isBefore(published))) {
        published = post.published();
      }
      if (post.updated() != null && (updated == null || post.updated().isAfter(updated))) {
        updated = post.updated();
      }
    }
    Post chosen = timeline.post();
    return new Post(key, title, link, published, updated, chosen.body(), chosen.updates(),
        hints(structuredFirst), chosen.html());
  }

  private static PlatformHints hints(List<Post> structuredFirst) {
    String impact = null;
    Window scheduled = null;
    Set<String> components = new LinkedHashSet<>();
    for (Post post : structuredFirst) {
      if (impact == null) {
        impact = post.hints().impact();
      }
      if (scheduled == null) {
        scheduled = post.hints().scheduled();
      }
      components.addAll(post.hints().components());
    }
    return new PlatformHints(impact, scheduled, List.copyOf(components));
  }

  /**
   * Posts one kind of document shows and another lacks, where the other kind covers the post's
   * time (its oldest post is not newer than this one): feed lag, or a post taken down.
   */
  private static List<String> gaps(List<Document> documents, List<Map<String, Post>> keyed) {
    Map<Kind, Map<String, Post>> byKind = new LinkedHashMap<>();
    for (int i = 0; i < documents.size(); i++) {
      byKind.computeIfAbsent(documents.get(i).kind(), k -> new LinkedHashMap<>())
          .putAll(keyed.get(i));
    }
    List<String> gaps = new ArrayList<>();
    for (var shown : byKind.entrySet()) {
      for (var other : byKind.entrySet()) {
        if (shown.getKey() == other.getKey() || other.getValue().isEmpty()) {
          continue;
        }
        Instant oldest = other.getValue().values().stream().map(PostMerge::newest)
            .filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(Instant.MAX);
        shown.getValue().forEach((key, post) -> {
          Instant at = newest(post);
          if (!other.getValue().containsKey(key) && at != null && !at.isBefore(oldest)) {
            gaps.add(key + " \"" + post.title() + "\" is in the " + name(shown.getKey())
                + " but not in the " + name(other.getKey()));
          }
        });
      }
    }
    return gaps;
  }

  private static Instant newest(Post post) {
    if (!post.updates().isEmpty()) {
      return post.updates().get(post.updates().size() - 1).at();
    }
    return post.updated() != null ? post.updated() : post.published();
  }

  private static String name(Kind kind) {
    return switch (kind) {
      case FEED -> "feed";
      case API -> "JSON API";
      case PAGE -> "HTML page";
    };
  }
}
