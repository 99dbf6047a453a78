package nl.statuswacht.classify;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.statuswacht.model.Category;
import nl.statuswacht.model.Classification;
import nl.statuswacht.model.ImpactClass;
import nl.statuswacht.model.Post;
import nl.statuswacht.model.PostUpdate;
import nl.statuswacht.model.Priority;
import nl.statuswacht.model.Service;
import nl.statuswacht.model.Window;

/**
 * Reads what a post is out of its words and its platform's hints: category, downtime, services,
 * priority, impact class, window, effective date, start and resolution — each with its evidence,
 * and {@code null} where the post does not say. The words come from the {@link Vocabulary}; the
 * grammar (the order of the checks, "P1", "prioriteit 2", dates and times through {@link
 * DateExpressions}) is here. Pure: the same post gives the same result, whatever the clock, zone
 * or locale.
 *
 * <p>Categories are looked for in the title first and then in the updates' text, in the
 * vocabulary's order; a yearly maintenance calendar is information before anything else; only
 * when the words say nothing does the platform's impact field decide.
 */
public final class Classifier {
  /** Times without a stated zone are KVK's: Europe/Amsterdam. */
  public static final ZoneId AMSTERDAM = nl.statuswacht.calendar.BusinessCalendar.AMSTERDAM;

  /** "P1", "prioriteit 2", "priority 3" in folded (lower-case) text; the word start is checked. */
  private static final Pattern PRIORITY =
      Pattern.compile("(?:p ?|prioriteit ?|priority ?)([123])(?![\\p{L}\\p{N}])");

  private static final Pattern YEAR = Pattern.compile("(?<!\\d)20\\d{2}(?!\\d)");

  private final Vocabulary vocabulary;

  public Classifier(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  public Classification classify(Post post) {
    Reading reading = new Reading(post);
    Category category = reading.put("category", category(reading));
    boolean maintenance = category == Category.PLANNED_MAINTENANCE
        || category == Category.EMERGENCY_MAINTENANCE;
    boolean incident = category == Category.INCIDENT;
    return new Classification(
        category,
        maintenance || incident ? reading.put("downtime", downtime(reading, maintenance)) : null,
        reading.put("services", services(reading)),
        incident ? reading.put("priority", priority(reading)) : null,
        category == Category.CHANGE ? reading.put("impactClass", impact(reading)) : null,
        maintenance ? reading.put("window", window(reading)) : null,
        category == Category.CHANGE ? reading.put("effectiveDate", effectiveDate(reading)) : null,
        incident ? reading.put("started", started(reading)) : null,
        incident ? reading.put("resolved", resolved(reading)) : null,
        category == Category.INFORMATION ? reading.put("calendarYear", calendarYear(reading))
            : null,
        reading.evidence);
  }

  /**
   * Whether the newest update of a maintenance post calls its window off ("gaat niet door",
   * "cancelled"), by its status word or its text.
   */
  public boolean cancelled(Post post) {
    if (post.updates().isEmpty()) {
      return false;
    }
    PostUpdate newest = post.updates().get(post.updates().size() - 1);
    return first(vocabulary.cancelled(), Phrase.Text.of(newest.status()),
        Phrase.Text.of(newest.text())).isPresent();
  }

  /** A post's words, and the evidence gathered while reading them. */
  private static final class Reading {
    final Post post;
    final Phrase.Text title;
    final Phrase.Text text;
    final Map<String, String> evidence = new LinkedHashMap<>();

    Reading(Post post) {
      this.post = post;
      this.title = Phrase.Text.of(post.title());
      this.text = Phrase.Text.of(post.updates().isEmpty() ? post.body()
          : String.join(" ", post.updates().stream().map(PostUpdate::text).toList()));
    }

    <T> T put(String field, Optional<Found<T>> found) {
      found.ifPresent(f -> evidence.put(field, f.evidence()));
      return found.map(Found::value).orElse(null);
    }
  }

  private Optional<Found<Category>> category(Reading r) {
    Optional<String> calendar = first(vocabulary.calendar(), r.title, r.text);
    if (calendar.isPresent()) {
      return Optional.of(new Found<>(Category.INFORMATION,
          "a yearly maintenance calendar: \"" + calendar.get() + "\""));
    }
    for (Phrase.Text where : List.of(r.title, r.text)) {
      Optional<Found<Category>> found = firstGroup(vocabulary.categories(), where);
      if (found.isPresent()) {
        return found;
      }
    }
    String impact = impact(r.post);
    if (impact.equals("maintenance")) {
      return Optional.of(new Found<>(Category.PLANNED_MAINTENANCE, "platform impact: maintenance"));
    }
    if (vocabulary.platformPriorities().containsKey(impact)) {
      return Optional.of(new Found<>(Category.INCIDENT, "platform impact: " + impact));
    }
    return Optional.empty();
  }

  /**
   * The year a yearly maintenance calendar covers: a year in its title ("Jaarkalender onderhoud
   * 2025"), else the latest year of the dates it lists; none for a post that is no calendar.
   */
  private Optional<Found<Integer>> calendarYear(Reading r) {
    if (first(vocabulary.calendar(), r.title, r.text).isEmpty()) {
      return Optional.empty();
    }
    Matcher year = YEAR.matcher(r.title.original());
    if (year.find()) {
      return Optional.of(new Found<>(Integer.parseInt(year.group()), "\"" + year.group()
          + "\" in the title"));
    }
    Instant anchor = timeline(r.post).isEmpty() ? null : timeline(r.post).get(0).at();
    if (anchor == null) {
      return Optional.empty();
    }
    return DateExpressions.dates(r.text.original(), anchor, AMSTERDAM).stream()
        .map(LocalDate::getYear).max(Integer::compare)
        .map(y -> new Found<>(y, "the dates it lists"));
  }

  private Optional<Found<Boolean>> downtime(Reading r, boolean maintenance) {
    Optional<String> down = first(vocabulary.unavailable(), r.title, r.text);
    if (down.isPresent()) {
      return Optional.of(new Found<>(true, "\"" + down.get() + "\""));
    }
    if (maintenance) {
      return first(vocabulary.available(), r.title, r.text)
          .map(words -> new Found<>(false, "\"" + words + "\""));
    }
    return Optional.empty();
  }

  private Optional<Found<List<Service>>> services(Reading r) {
    List<Service> services = new ArrayList<>();
    List<String> words = new ArrayList<>();
    Phrase.Text components = Phrase.Text.of(String.join(" ; ", r.post.hints().components()));
    vocabulary.services().forEach((service, phrases) ->
        first(phrases, r.title, r.text, components).ifPresent(found -> {
          services.add(service);
          words.add("\"" + found + "\"");
        }));
    if (services.isEmpty()) {
      return Optional.of(new Found<>(List.of(Service.OTHER), "names none of KVK's services"));
    }
    return Optional.of(new Found<>(services, String.join(", ", words)));
  }

  private Optional<Found<Priority>> priority(Reading r) {
    for (Phrase.Text where : List.of(r.title, r.text)) {
      Matcher m = PRIORITY.matcher(where.folded());
      while (m.find()) {
        if (m.start() == 0 || !Character.isLetterOrDigit(where.folded().charAt(m.start() - 1))) {
          return Optional.of(new Found<>(Priority.valueOf("P" + m.group(1)),
              "\"" + where.words(m.start(), m.end()) + "\""));
        }
      }
    }
    Optional<Found<Priority>> words = firstGroup(vocabulary.priorities(), r.title, r.text);
    if (words.isPresent()) {
      return words;
    }
    String impact = impact(r.post);
    return Optional.ofNullable(vocabulary.platformPriorities().get(impact))
        .map(p -> new Found<>(p, "platform impact: " + impact));
  }

  private Optional<Found<ImpactClass>> impact(Reading r) {
    return firstGroup(vocabulary.impacts(), r.title, r.text);
  }

  private Optional<Found<Window>> window(Reading r) {
    Window scheduled = r.post.hints().scheduled();
    if (scheduled != null) {
      return Optional.of(new Found<>(scheduled, "platform: scheduled_for/scheduled_until"));
    }
    return newestFirst(r, (update) ->
        DateExpressions.window(update.text(), update.at(), AMSTERDAM));
  }

  private Optional<Found<LocalDate>> effectiveDate(Reading r) {
    return newestFirst(r, update ->
        DateExpressions.effectiveDate(update.text(), update.at(), AMSTERDAM));
  }

  private Optional<Found<Instant>> started(Reading r) {
    for (PostUpdate update : timeline(r.post)) {
      Optional<Found<Instant>> since = DateExpressions.since(update.text(), update.at(), AMSTERDAM);
      if (since.isPresent()) {
        return since.map(f -> new Found<>(f.value(), "\"" + f.evidence() + "\""));
      }
    }
    List<PostUpdate> timeline = timeline(r.post);
    if (!timeline.isEmpty()) {
      return Optional.of(new Found<>(timeline.get(0).at(), "its first update"));
    }
    return Optional.empty();
  }

  private Optional<Found<Instant>> resolved(Reading r) {
    for (PostUpdate update : r.post.updates()) {
      Optional<String> words = first(vocabulary.resolved(), Phrase.Text.of(update.status()),
          Phrase.Text.of(update.text()));
      if (words.isPresent()) {
        return Optional.of(new Found<>(update.at(), "the update \"" + words.get() + "\""));
      }
    }
    return Optional.empty();
  }

  /** The timeline, or the body dated at publication when the post has none. */
  private static List<PostUpdate> timeline(Post post) {
    if (!post.updates().isEmpty()) {
      return post.updates();
    }
    return post.published() == null ? List.of()
        : List.of(new PostUpdate(post.published(), "", post.body()));
  }

  private static <T> Optional<Found<T>> newestFirst(Reading r,
      Function<PostUpdate, Optional<Found<T>>> read) {
    List<PostUpdate> timeline = timeline(r.post);
    for (int i = timeline.size() - 1; i >= 0; i--) {
      Optional<Found<T>> found = read.apply(timeline.get(i));
      if (found.isPresent()) {
        return found.map(f -> new Found<>(f.value(), "\"" + f.evidence() + "\""));
      }
    }
    return Optional.empty();
  }

  private static String impact(Post post) {
    String impact = post.hints().impact();
    return impact == null ? "" : impact.toLowerCase(Locale.ROOT);
  }

  /** The first group, in the vocabulary's order, with a phrase in any of {@code texts}. */
  private static <K> Optional<Found<K>> firstGroup(Map<K, List<Phrase>> groups,
      Phrase.Text... texts) {
    for (Map.Entry<K, List<Phrase>> group : groups.entrySet()) {
      Optional<String> words = first(group.getValue(), texts);
      if (words.isPresent()) {
        return Optional.of(new Found<>(group.getKey(), "\"" + words.get() + "\""));
      }
    }
    return Optional.empty();
  }

  /** The words of the first phrase found in any of {@code texts}, looked for in that order. */
  private static Optional<String> first(List<Phrase> phrases, Phrase.Text... texts) {
    for (Phrase.Text text : texts) {
      for (Phrase phrase : phrases) {
        Optional<String> found = phrase.find(text);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }
}
