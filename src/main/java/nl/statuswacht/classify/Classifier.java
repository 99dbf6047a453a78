package nl.statuswacht.classify;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
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
 * and {@code null} where the post does not say. The words come from the {@link Vocabulary} (each
 * word matching its inflected forms); the grammar (the weighing of evidence, "P1", "prioriteit 2",
 * dates and times through {@link DateExpressions}) is here. Pure: the same post gives the same
 * result, whatever the clock, zone or locale.
 *
 * <p>The category is weighed from all the evidence ({@link #category}): the title's words, the
 * text's words, the status words of the updates and the platform's own kind. A yearly maintenance
 * calendar is information before anything else.
 *
 * <p>Over 300 lines: the reading of one post, field by field (category with its weighed evidence,
 * services, priority, window, start, resolution, impact, effective date), each short and sharing
 * the one {@code Reading} of the post; splitting them would pass that reading around.
 */
public final class Classifier {
  /** Times without a stated zone are KVK's: Europe/Amsterdam. */
  public static final ZoneId AMSTERDAM = nl.statuswacht.calendar.BusinessCalendar.AMSTERDAM;

  /** What each kind of evidence weighs towards a category. */
  static final int TITLE = 4;
  static final int STATUS = 3;
  /** One status word alone ("Resolved" on a post filed after the fact) is less of a lifecycle. */
  static final int STATUS_WORD = 2;
  static final int PLATFORM = 3;
  /** A stated priority ("P1", "prioriteit 2", "beperkt verstoord"): only incidents have one. */
  static final int CODE = 3;
  /** A window stated in the first update and lying after it: something planned. */
  static final int AHEAD = 2;
  /** A date the first update says something takes effect on ("per 1 juli"): a change. */
  static final int TAKES_EFFECT = 3;
  static final int TEXT = 1;
  /**
   * A post that says it is a test ("This is a test message") or was sent by mistake: information,
   * as its title would make it.
   */
  static final int VOID = 4;
  /** Text evidence counts per distinct word of a category, up to this many. */
  static final int TEXT_MAX = 2;

  /**
   * "P1", "prio 2", "prioriteit 2", "Prioriteit: 1", "priority 3", "Priority raised to 1" in
   * folded text; the word start is checked.
   */
  private static final Pattern PRIORITY =
      Pattern.compile("(?:(?:prioriteit|priority|prio)(?: ?: ?| |-)?|p[ -]?)([123])"
          + "(?![\\p{L}\\p{N}])"
          // raised, as a ticket says it, and nothing after the figure but its label or the end:
          // not "aangepast naar 2 werkdagen", "set to 1 day"
          + "|(?:prioriteit|priority|prio) (?:raised|upgraded|escalated|increased|changed|set"
          + "|verhoogd|opgehoogd|aangepast|gewijzigd) (?:to|naar) ([123])"
          + "(?= ?(?:[-\u2013(.,;:)]|$))");

  private static final Pattern YEAR = Pattern.compile("(?<!\\d)20\\d{2}(?!\\d)");

  /**
   * The status page itself: what a notice about its feed or its history concerns (OTHER), though
   * an incident's "Via deze statuspagina houden wij u op de hoogte" names nothing.
   */
  private static final List<Phrase> STATUS_PAGE = List.of(Phrase.of("statuspagina"),
      Phrase.of("status page"), Phrase.of("rss"), Phrase.of("atom feed"));

  /** What joins two services named together: "en de", "of", ", ", "and the", " (". */
  private static final Pattern COORDINATION = Pattern.compile(
      "(?:[\\s,(]*(?:(?:zelf|itself)[\\s,]+)?(?:(?:en|of|and|or)\\s+)?"
          // "[KVK Dataservice] and [KVK Mutatieservice]", as component names are written; not
          // "Getroffen: [KVK Mutatieservice] De KVK API werkt normaal" (a line break, folded)
          + "|\\]\\s*(?:,\\s*(?:(?:en|of|and|or)\\s+)?|(?:en|of|and|or)\\s+))"
          + "(?:(?:de|het|the)\\s+)?\\[?");

  /**
   * The end of a sentence or a bracket right after a list, or the label of the next line ("…
   * KVK Mutatieservice Rescheduled: …", white space being folded).
   */
  private static final Pattern LIST_END = Pattern.compile(
      "\\s*(?:$|[.;:)]|\\p{Lu}[\\p{L}-]*(?:\\s\\p{L}+)?:)");

  /**
   * Words of a workaround before a service in a title ("Storing Zoeken-API – gebruik tijdelijk de
   * Dataservice"); not "migrate to", "overstappen naar", which name the subject of a change.
   */
  private static final List<Phrase> WORKAROUND = List.of(Phrase.of("gebruik tijdelijk"),
      Phrase.of("gebruik dan"), Phrase.of("gebruik zo nodig"), Phrase.of("uitwijken"),
      Phrase.of("in de tussentijd"), Phrase.of("als alternatief"), Phrase.of("use instead"),
      Phrase.of("workaround"), Phrase.of("use … in the meantime"));

  /**
   * Words of a post that voids itself, in a sentence of their own: a test of the page ("This is a
   * test message. No action is required.") or a post sent by mistake ("Dit bericht is per abuis
   * verstuurd.", "This message was sent in error."): information, however little else it says;
   * not words about a test ("This is a test of our disaster recovery; the KVK API will be
   * unavailable", "Dit is een testbericht waarop uw endpoint moet antwoorden").
   */
  private static final Pattern VOID_POST = Pattern.compile("(?<![\\p{L}])(?:this\\s+is\\s+"
      + "(?:only\\s+|just\\s+)?a\\s+test(?:\\s+(?:message|post|notification))?"
      + "|dit\\s+is\\s+(?:slechts\\s+|alleen\\s+)?een\\s+test(?:bericht|melding)?"
      + "|dit\\s+bericht\\s+is\\s+een\\s+test"
      + "|dit\\s+bericht\\s+is\\s+(?:per\\s+abuis|per\\s+ongeluk|onterecht)"
      + "\\s+(?:verstuurd|verzonden|gepubliceerd|geplaatst)"
      + "|this\\s+(?:message|post|notice|update)\\s+was\\s+(?:sent|published|posted)\\s+(?:by"
      + "\\s+mistake|in\\s+error|accidentally))\\s*(?:[.!]|$)",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** The words of {@link #VOID_POST} in the title or the text, as written. */
  private static Optional<String> voidPost(Reading r) {
    for (Phrase.Text t : new Phrase.Text[] {r.title, r.text}) {
      String folded = t.folded();
      if (!folded.contains("test") && !folded.contains("bericht") && !folded.contains(" was ")) {
        continue; // every form holds one of these: most texts need no search
      }
      Matcher m = VOID_POST.matcher(t.original());
      if (m.find()) {
        return Optional.of(m.group().strip());
      }
    }
    return Optional.empty();
  }

  /** Words that turn a clause: what follows them is said of something else. */
  private static final List<String> TURN_WORDS = List.of("maar", "but", "echter", "however");

  /** {@link #TURN_WORDS} as a pattern over folded text. */
  private static final Pattern TURN_WORD =
      Pattern.compile("\\b(?:" + String.join("|", TURN_WORDS) + ")\\b");

  /** Words after "werkt gewoon", "remains unchanged" that deny it is well. */
  private static final Pattern DENIED_AFTER = Pattern.compile(
      "\\b(?:niet|not|nog|cannot|can't|geen)\\b");

  /**
   * "And" opening a clause with a subject and verb of its own: "and existing API keys were not
   * affected", "en bestaande sleutels bleven geldig"; what follows is not said of the service.
   */
  private static final Pattern NEW_CLAUSE = Pattern.compile("\\b(?:and|en)(?=(?:\\s+[\\p{L}-]+)"
      + "{1,4}?\\s+(?:were|was|is|are|has|have|zijn|waren|werd|werden|wordt|worden|bleef"
      + "|bleven|heeft|hebben)\\b)");

  /** Words with what is said of a service that it was affected: "werkt weer normaal". */
  private static final Pattern AGAIN = anyWord("weer|again|opnieuw");

  /** Words around a service that say it works as usual only for now: "Until then the … works". */
  private static final Pattern UNTIL_THEN = anyWord(
      "tot die datum|tot dan|tot die tijd|until then|until that date");

  /**
   * A negation right before what is said of a service: "kunt u de KVK API niet blijven …"; not
   * one of another verb ("gebruikt dit onderdeel niet en werkt gewoon door").
   */
  private static final Pattern NOT_RIGHT_BEFORE = Pattern.compile(
      "(?<![\\p{L}])(?:niet|not|never|nooit)\\s*$");

  /**
   * A label that says the services after it are not affected: "Unaffected: KVK API, KVK
   * Mutatieservice", "Niet getroffen: de Dataservice", also over the items of a list below it
   * ("Wat werkt wel:\n- KVK Mutatieservice\n- Zoeken in de KVK API", "Wel beschikbaar:").
   */
  private static final Pattern UNAFFECTED_LABEL = Pattern.compile(
      "(?:^|[^\\p{L}])(?:unaffected|not affected|niet getroffen|niet geraakt|geen gevolgen"
          + "|no impact|(?:wat )?(?:werkt|werken) wel|wel beschikbaar"
          + "|(?<!niet |not |not yet |nog niet |partially |partly |gedeeltelijk |deels )available"
          + "|still available|(?<!niet |not )working normally)\\s*:\\s*"
          // the items of its list, none of which says something is not so (the list then ended:
          // "- Naamgeving Wat werkt niet - Basisprofiel")
          + "(?:[-\u2022*\u2013]\\s*(?:(?!(?<![\\p{L}])(?:niet|not|geen|no|nog)(?![\\p{L}]))"
          + "[^-\u2022*\u2013:\\n]){1,60}\\s*)*(?:[-\u2022*\u2013]\\s*)?"
          + "(?:(?:de|het|the)\\s+)?$");

  /** How far before a service its label may stand: over a list of a few items. */
  private static final int LABEL_REACH = 240;

  /**
   * A component's state right after it, as a status page lists components: in brackets ("KVK API
   * (Operational)", "KVK Dataservice (werkt normaal)") or behind a bar, a colon or a dash, as in
   * a table ("KVK Dataservice | Operationeel", "KVK Mutatieservice: Operational", "KVK API –
   * Geen impact", "Dienst: KVK API | Impact: geen, blijft beschikbaar").
   */
  private static final Pattern OPERATIONAL_STATE = Pattern.compile(
      "\\s*(?:[(\\[](?:operational|operationeel|normal|normaal|werkt normaal|no issues"
          + "|geen problemen)[)\\]]"
          // "KVK Dataservice | Status: geen storing": a state after a separator, maybe labelled
          + "|(?:[|:\u2013\u2014]|-(?=\\s))\\s*(?:(?:(?:status|impact|gevolgen)\\s*:\\s*)?"
          + "(?:operational|operationeel|normaal|werkt normaal|no issues|geen problemen"
          + "|geen impact|no impact|geen verstoring|geen storing|blijft beschikbaar"
          + "|remains available|(?:beschikbaar|available)(?=\\s*(?:[,.;|)]|$)))"
          // "Dienst: KVK API | Impact: geen, blijft beschikbaar"; not "Impact: geen toegang"
          + "|(?:impact|gevolgen|hinder|effect)\\s*:\\s*(?:geen|none|no|nee)(?=\\s*(?:[,.;|)]|$)))"
          + "(?![\\p{L}])"
          // not a state the same line takes back: "operationeel, maar met vertraging",
          // "Operational → Partial outage", "geen impact op downloads, wel op bestellingen"
          + "(?![^\\n.;]*?(?:(?<![\\p{L}])(?:maar|but|wel|however)(?![\\p{L}])|\u2192|->)))");

  /** A label later in a clause: a capitalised word and up to three more, then a colon. */
  private static final Pattern NEXT_LABEL = Pattern.compile(
      "(?<![^\\s])\\p{Lu}[\\p{L}'\u2019-]*(?:\\s+[\\p{L}'\u2019-]+){0,3}\\s*:(?!\\d)");

  /**
   * The words after a service up to the next label ("KVK Dataservice: bestellingen blijven
   * hangen Wat werkt wel: - KVK Mutatieservice", the lines of a list that the feed's text ran
   * together): what follows a label is said of what the label names, not of the service before
   * it. A colon right after the service is its own label and stays.
   */
  private static String beforeNextLabel(String clause) {
    int from = 0;
    while (from < clause.length() && Character.isWhitespace(clause.charAt(from))) {
      from++;
    }
    if (from < clause.length() && clause.charAt(from) == ':') {
      from++;
    }
    Matcher label = NEXT_LABEL.matcher(clause).region(from, clause.length());
    return label.find() ? clause.substring(0, label.start()) : clause;
  }

  /**
   * What may stand between a label and the service it names: "Unaffected: KVK API", "Wat werkt
   * wel: - KVK Mutatieservice".
   */
  private static final Pattern LABEL_GAP = Pattern.compile(
      "\\s*:\\s*(?:[-\u2022*\u2013]\\s*)?(?:(?:de|het|the)\\s+)?");

  /** A join of two services by a comma alone. */
  private static final Pattern COMMA_ONLY = Pattern.compile("\\s*,\\s*(?:(?:de|het|the)\\s+)?");

  /** The longest join of two services worth looking at: ", en de " and the like. */
  private static final int GAP_MAX = 12;

  /** How far back a service named before another may start: its words and a join. */
  private static final int NEAR = 64;

  /** The fewest days a text without calendar words in its title lists to be a calendar. */
  private static final int CALENDAR_DAYS = 3;

  /** A preposition that names what the words before it are said of: "voor", "for", "op", "on". */
  private static final Pattern OF_SOMETHING_ELSE = Pattern.compile("\\b(?:voor|for|op|on)\\b");

  /** {@link #TURN_WORDS} as phrases. */
  private static final List<Phrase> TURNS = TURN_WORDS.stream().map(Phrase::of).toList();

  /**
   * Words that turn a clause after "geen gevolgen voor Mijn KVK": those of {@link #TURNS}, and
   * "wel (voor)", "alleen", "only", "behalve", "except", "uitgezonderd".
   */
  private static final List<Phrase> EXCEPT = java.util.stream.Stream.concat(TURNS.stream(),
      java.util.stream.Stream.of("wel", "alleen", "only", "behalve", "except", "uitgezonderd")
          .map(Phrase::of)).toList();

  /** Where the words come from: read on the first post classified, once. */
  private final Supplier<Vocabulary> source;
  private volatile Words loaded;

  /** The vocabulary, and a change's words: the category's and every impact class's. */
  private record Words(Vocabulary vocabulary, List<Phrase> changeWords, Spelling spelling) {}

  public Classifier(Vocabulary vocabulary) {
    this(() -> vocabulary);
  }

  /**
   * A classifier whose vocabulary is read only when the first post is classified: a command that
   * classifies nothing (a {@code poll} answered 304) does not pay for reading it. {@code source}
   * is asked once.
   */
  public Classifier(Supplier<Vocabulary> source) {
    this.source = source;
  }

  private Words words() {
    Words made = loaded;
    if (made == null) {
      synchronized (this) {
        made = loaded;
        if (made == null) {
          Vocabulary vocabulary = source.get();
          List<Phrase> change = new ArrayList<>(
              vocabulary.categories().getOrDefault(Category.CHANGE, List.of()));
          vocabulary.impacts().values().forEach(change::addAll);
          made = loaded = new Words(vocabulary, List.copyOf(change),
              Spelling.of(vocabulary.services()));
        }
      }
    }
    return made;
  }

  private Vocabulary vocabulary() {
    return words().vocabulary();
  }

  public Classification classify(Post post) {
    Reading reading = new Reading(post, words().spelling());
    reading.calendar = calendar(reading);
    Category category = reading.put("category", category(reading));
    reading.category = category;
    boolean maintenance = category == Category.PLANNED_MAINTENANCE
        || category == Category.EMERGENCY_MAINTENANCE;
    boolean incident = category == Category.INCIDENT;
    Optional<Found<Instant>> started = incident ? started(reading) : Optional.empty();
    return new Classification(
        category,
        maintenance || incident ? reading.put("downtime", downtime(reading, maintenance)) : null,
        reading.put("services", services(reading)),
        incident ? reading.put("priority", priority(reading)) : null,
        category == Category.CHANGE ? reading.put("impactClass", impact(reading)) : null,
        maintenance ? reading.put("window", window(reading)) : null,
        category == Category.CHANGE ? reading.put("effectiveDate", effectiveDate(reading)) : null,
        incident ? reading.put("started", started) : null,
        incident ? reading.put("resolved", resolved(reading, started)) : null,
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
    return first(vocabulary().cancelled(), Phrase.Text.of(newest.status()),
        Phrase.Text.of(newest.text())).isPresent();
  }

  /** A post's words, and the evidence gathered while reading them. */
  private static final class Reading {
    final Post post;
    final Stems.Language language;
    final Phrase.Text title;
    final Phrase.Text text;
    final List<Phrase.Text> updateTexts = new ArrayList<>();
    final List<Phrase.Text> statuses = new ArrayList<>();
    final Map<String, String> evidence = new LinkedHashMap<>();
    /** The words of a yearly maintenance calendar, if it is one. */
    Optional<String> calendar = Optional.empty();
    /** The category, once known. */
    Category category;
    /** The timeline, and each of its updates as the date grammar reads it, once asked for. */
    final List<PostUpdate> timeline;
    private final DateExpressions.Prepared[] dated;
    /** Where the text names a service, in order, once asked for. */
    private List<int[]> serviceSpans;
    /** The priority codes the title and text state, once asked for. */
    private List<String> priorityCodes;
    /** Where the text has words of {@code unavailable:}, once asked for. */
    private List<int[]> unavailableSpans;
    /** Where the text has words of {@code alternative:} with a gap, once asked for. */
    private List<int[]> alternativeSpans;

    /** The clock of the post's times without a zone ({@link DateGrammar#clockOf}). */
    final ZoneId zone;

    Reading(Post post, Spelling spelling) {
      this.post = post;
      String body = post.updates().isEmpty() ? post.body()
          : String.join(" ", post.updates().stream().map(PostUpdate::text).toList());
      List<Phrase.Text> titleAndText = Phrase.Text.inOneLanguage(spelling, post.title(), body);
      this.title = titleAndText.get(0);
      this.text = titleAndText.get(1);
      this.language = title.language();
      for (PostUpdate update : post.updates()) {
        updateTexts.add(Phrase.Text.of(update.text(), language, spelling));
        statuses.add(Phrase.Text.of(update.status(), language));
      }
      this.timeline = Classifier.timeline(post);
      this.dated = new DateExpressions.Prepared[timeline.size()];
      this.zone = DateGrammar.clockOf(post.title() + "\n" + body,
          timeline.isEmpty() || timeline.get(0).at() == null ? Instant.EPOCH
              : timeline.get(0).at());
    }

    /**
     * Update {@code i} of the timeline as the date grammar reads it: scanned once, though
     * window, since and until may each be asked of it more than once.
     */
    DateExpressions.Prepared dated(int i) {
      if (dated[i] == null) {
        PostUpdate update = timeline.get(i);
        dated[i] = new DateExpressions.Prepared(update.text(), update.at(), zone);
      }
      return dated[i];
    }

    /** Information other than a yearly calendar. */
    boolean information() {
      return category == Category.INFORMATION && calendar.isEmpty();
    }

    <T> T put(String field, Optional<Found<T>> found) {
      found.ifPresent(f -> evidence.put(field, f.evidence()));
      return found.map(Found::value).orElse(null);
    }
  }

  /**
   * The category, weighed: each category gets {@value #TITLE} for a word of it in the title,
   * {@value #TEXT} for each distinct word of it in the text (up to {@value #TEXT_MAX}), {@value
   * #STATUS} when two or more distinct status words of the updates are of its lifecycle
   * (Onderzoek, Opgelost mark an incident; Gepland, Voltooid maintenance), {@value #STATUS_WORD}
   * for one, {@value #VOID} towards information for a post that says it is a test or was sent by
   * mistake,
   * {@value #AHEAD} towards maintenance when the first update states a window after its own time,
   * {@value #TAKES_EFFECT} towards a change when it states a date something takes effect on ("per
   * 1 juli 2026"), {@value #CODE} towards an incident for a stated priority ("P1", "ernstig
   * verstoord"), and {@value #PLATFORM} when the platform files the post so (a scheduled window or
   * impact "maintenance"; an incident impact). The two date signals are asked for only when they
   * would change the winner. Planned and emergency maintenance weigh together as maintenance,
   * which is an emergency when any emergency word is there. The heaviest wins, ties in the
   * vocabulary's order; no evidence at all gives none.
   */
  private Optional<Found<Category>> category(Reading r) {
    if (r.calendar.isPresent()) {
      return Optional.of(new Found<>(Category.INFORMATION,
          "a yearly maintenance calendar: \"" + r.calendar.get() + "\""));
    }
    Map<Category, Integer> score = new EnumMap<>(Category.class);
    Map<Category, List<String>> why = new EnumMap<>(Category.class);
    Map<Category, int[]> inTitle = new EnumMap<>(Category.class);
    vocabulary().categories().forEach((category, listed) -> {
      List<Phrase> phrases = category == Category.CHANGE ? words().changeWords() : listed;
      for (Phrase phrase : phrases) {
        int[] at = phrase.locate(r.title);
        if (at != null) {
          inTitle.put(category, at);
          break;
        }
      }
    });
    vocabulary().categories().forEach((category, listed) -> {
      List<Phrase> phrases = category == Category.CHANGE ? words().changeWords() : listed;
      int[] at = inTitle.get(category);
      // a word inside another category's longer words is theirs: "Change" in "Change freeze"
      if (at != null && inTitle.values().stream().noneMatch(o -> o != at && o[0] <= at[0]
          && at[1] <= o[1] && o[1] - o[0] > at[1] - at[0])) {
        weigh(score, why, category, TITLE, "title \"" + r.title.words(at[0], at[1]) + "\"");
      }
      for (String w : textWords(phrases, r.text)) {
        weigh(score, why, category, TEXT, "text \"" + w + "\"");
      }
    });
    vocabulary().statuses().forEach((category, phrases) -> {
      Set<String> seen = new LinkedHashSet<>();
      for (Phrase.Text status : r.statuses) {
        first(phrases, status).ifPresent(seen::add);
      }
      if (!seen.isEmpty()) {
        weigh(score, why, category, seen.size() == 1 ? STATUS_WORD : STATUS,
            "status words \"" + String.join("\", \"", seen) + "\"");
      }
    });
    // not when it also says something is down: "Dit bericht is per abuis verstuurd. De API
    // Zoeken is nog steeds niet bereikbaar." voids an update, not the incident
    // ("U kunt het als niet verzonden beschouwen" is no interruption: phrases with a gap are not
    // asked)
    voidPost(r).filter(words -> first(vocabulary().unavailable().stream()
        .filter(phrase -> !phrase.hasGap()).toList(), r.title, r.text).isEmpty())
        .ifPresent(words -> weigh(score, why, Category.INFORMATION, VOID,
        "a test or a mistake \"" + words + "\""));
    statedPriority(r).ifPresent(code -> weigh(score, why, Category.INCIDENT, CODE,
        "a priority \"" + code + "\""));
    String impact = impact(r.post);
    if (r.post.hints().scheduled() != null || impact.equals("maintenance")) {
      weigh(score, why, Category.PLANNED_MAINTENANCE, PLATFORM, r.post.hints().scheduled() != null
          ? "platform: a scheduled window" : "platform impact: maintenance");
    } else if (vocabulary().platformPriorities().containsKey(impact)) {
      weigh(score, why, Category.INCIDENT, PLATFORM, "platform impact: " + impact);
    }
    if (couldDecide(score, Category.PLANNED_MAINTENANCE, AHEAD)) {
      ahead(r).ifPresent(window -> weigh(score, why, Category.PLANNED_MAINTENANCE, AHEAD,
          "a window after its announcement \"" + window + "\""));
    }
    if (couldDecide(score, Category.CHANGE, TAKES_EFFECT)) {
      takesEffect(r).ifPresent(date -> weigh(score, why, Category.CHANGE, TAKES_EFFECT,
          "a date it takes effect \"" + date + "\""));
    }
    return decide(score, why);
  }

  /**
   * Up to {@value #TEXT_MAX} distinct words of {@code phrases} in the text, as written: different
   * words, not two phrases on the same words ("planned maintenance" and "maintenance").
   */
  private static List<String> textWords(List<Phrase> phrases, Phrase.Text text) {
    List<String> words = new ArrayList<>(TEXT_MAX);
    List<int[]> spans = new ArrayList<>(TEXT_MAX);
    for (Phrase phrase : phrases) {
      int[] at = phrase.locate(text);
      if (at == null || spans.stream().anyMatch(s -> at[0] < s[1] && s[0] < at[1])) {
        continue;
      }
      String w = text.words(at[0], at[1]).toLowerCase(Locale.ROOT);
      if (!words.contains(w)) {
        words.add(w);
        spans.add(at);
      }
      if (words.size() == TEXT_MAX) {
        break;
      }
    }
    return words;
  }

  /**
   * Whether {@code points} more for {@code category} would change which category wins. The date
   * grammar is the dearest part of reading, so a date signal is asked for only when its answer
   * can matter.
   */
  private boolean couldDecide(Map<Category, Integer> score, Category category, int points) {
    Map<Category, Integer> more = new EnumMap<>(Category.class);
    more.putAll(score);
    more.merge(category, points, Integer::sum);
    return family(winner(score)) != family(winner(more));
  }

  /** Planned and emergency maintenance are one family when weighing. */
  private static Category family(Category c) {
    return c == Category.EMERGENCY_MAINTENANCE ? Category.PLANNED_MAINTENANCE : c;
  }

  /** Maintenance's two kinds weighed together. */
  private static int weight(Map<Category, Integer> score, Category category) {
    return family(category) == Category.PLANNED_MAINTENANCE
        ? score.getOrDefault(Category.PLANNED_MAINTENANCE, 0)
            + score.getOrDefault(Category.EMERGENCY_MAINTENANCE, 0)
        : score.getOrDefault(category, 0);
  }

  /** The heaviest category (of maintenance, its family), ties in the vocabulary's order. */
  private Category winner(Map<Category, Integer> score) {
    Category best = null;
    int bestScore = 0;
    for (Category category : vocabulary().categories().keySet()) {
      int s = weight(score, category);
      if (s > bestScore) {
        best = category;
        bestScore = s;
      }
    }
    return best;
  }

  /**
   * A date the first update says something takes effect on ("Per 10 juni 2025 krijgen …"); not
   * when it states a window, whose day is no date of taking effect.
   */
  private static Optional<String> takesEffect(Reading r) {
    List<PostUpdate> timeline = r.timeline;
    if (timeline.isEmpty()) {
      return Optional.empty();
    }
    PostUpdate first = timeline.get(0);
    if (r.dated(0).window().isPresent()) {
      return Optional.empty();
    }
    return r.dated(0).effectiveDate()
        .filter(f -> !f.value().isBefore(first.at().atZone(r.zone).toLocalDate()))
        .map(Found::evidence);
  }

  /** A window the first update states, starting after it was written: announced ahead. */
  private static Optional<String> ahead(Reading r) {
    List<PostUpdate> timeline = r.timeline;
    if (timeline.isEmpty()) {
      return Optional.empty();
    }
    PostUpdate first = timeline.get(0);
    return r.dated(0).window()
        .filter(w -> w.value().start() != null && w.value().start().isAfter(first.at()))
        .map(Found::evidence);
  }

  private static void weigh(Map<Category, Integer> score, Map<Category, List<String>> why,
      Category category, int weight, String evidence) {
    score.merge(category, weight, Integer::sum);
    why.computeIfAbsent(category, c -> new ArrayList<>()).add(evidence + " +" + weight);
  }

  private Optional<Found<Category>> decide(Map<Category, Integer> score,
      Map<Category, List<String>> why) {
    Category best = winner(score);
    if (best == null) {
      return Optional.empty();
    }
    int bestScore = weight(score, best);
    int emergency = score.getOrDefault(Category.EMERGENCY_MAINTENANCE, 0);
    boolean isMaintenance = family(best) == Category.PLANNED_MAINTENANCE;
    Category chosen = !isMaintenance ? best
        : emergency > 0 ? Category.EMERGENCY_MAINTENANCE : Category.PLANNED_MAINTENANCE;
    List<String> decided = new ArrayList<>();
    if (isMaintenance) {
      decided.addAll(why.getOrDefault(Category.EMERGENCY_MAINTENANCE, List.of()));
      decided.addAll(why.getOrDefault(Category.PLANNED_MAINTENANCE, List.of()));
    } else {
      decided.addAll(why.get(chosen));
    }
    StringBuilder evidence = new StringBuilder(String.join(", ", decided))
        .append(" = ").append(bestScore);
    List<String> others = new ArrayList<>();
    score.forEach((category, s) -> {
      boolean sameFamily = isMaintenance && (category == Category.PLANNED_MAINTENANCE
          || category == Category.EMERGENCY_MAINTENANCE);
      if (category != chosen && !sameFamily) {
        others.add(category + " " + s);
      }
    });
    if (!others.isEmpty()) {
      evidence.append(" (against ").append(String.join(", ", others)).append(')');
    }
    return Optional.of(new Found<>(chosen, evidence.toString()));
  }

  /**
   * Words that make a calendar only in a title ("2026 annual maintenance schedule of KVK API"):
   * in a text they may cite one ("as listed in our annual maintenance schedule").
   */
  private static final List<Phrase> CALENDAR_TITLE = List.of(
      Phrase.of("annual maintenance schedule"), Phrase.of("yearly maintenance schedule"),
      Phrase.of("jaarlijkse onderhoudsplanning"));

  /**
   * The words that make the post a yearly maintenance calendar: calendar words in its title
   * ("Onderhoudskalender 2027"), or in its text when the text lists at least {@value
   * #CALENDAR_DAYS} days. A notice of one window that mentions the calendar in passing ("the
   * first window of our 2026 maintenance calendar", "kan niet wachten tot het volgende
   * onderhoudsvenster") is no calendar.
   */
  private Optional<String> calendar(Reading r) {
    Optional<String> inTitle = first(vocabulary().calendar(), r.title)
        .or(() -> first(CALENDAR_TITLE, r.title));
    if (inTitle.isPresent()) {
      return inTitle;
    }
    Optional<String> inText = first(vocabulary().calendar(), r.text);
    if (inText.isEmpty() || r.timeline.isEmpty()) {
      return Optional.empty();
    }
    long days = DateExpressions.dates(r.text.original(), r.timeline.get(0).at(), r.zone)
        .stream().distinct().count();
    return days >= CALENDAR_DAYS ? inText : Optional.empty();
  }

  /**
   * The year a yearly maintenance calendar covers: a year in its title ("Jaarkalender onderhoud
   * 2025"), else the latest year of the dates it lists; none for a post that is no calendar.
   */
  private Optional<Found<Integer>> calendarYear(Reading r) {
    if (r.calendar.isEmpty()) {
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
    return DateExpressions.dates(r.text.original(), anchor, r.zone).stream()
        .map(LocalDate::getYear).max(Integer::compare)
        .map(y -> new Found<>(y, "the dates it lists"));
  }

  private Optional<Found<Boolean>> downtime(Reading r, boolean maintenance) {
    // "geen onderbreking van de dienstverlening": the words of an interruption inside words that
    // deny one say nothing is interrupted; only words without a gap deny ("blijft … beschikbaar"
    // would span "blijft tot 14:00 uur niet beschikbaar")
    Optional<String> down = firstOutside(vocabulary().unavailable(), vocabulary().available()
        .stream().filter(phrase -> !phrase.hasGap()).toList(), r.title, r.text);
    if (down.isPresent()) {
      return Optional.of(new Found<>(true, "\"" + down.get() + "\""));
    }
    if (maintenance) {
      Optional<String> up = first(vocabulary().available(), r.title, r.text);
      if (up.isPresent()) {
        return up.map(words -> new Found<>(false, "\"" + words + "\""));
      }
      // "geen enkele onderbreking van", "no service interruption": an interruption denied
      return firstWhere(vocabulary().unavailable(), (phrase, text, at) ->
          deniedInterruption(phrase, text, at), r.title, r.text)
          .map(words -> new Found<>(false, "\"" + words + "\" denied"));
    }
    return Optional.empty();
  }

  /**
   * Whether words of an interruption are denied right before ("geen enkele onderbreking"); never
   * words that are a negation themselves ("niet beschikbaar", "not available").
   */
  private static boolean deniedInterruption(Phrase phrase, Phrase.Text text, int[] at) {
    String words = phrase.text();
    boolean negation = words.startsWith("niet ") || words.startsWith("not ")
        || words.startsWith("geen ") || words.startsWith("no ");
    if (phrase.hasGap() && !NEGATION.matcher(words).find()) {
      String matched = text.words(at[0], at[1]);
      if (NEGATION.matcher(matched).find() && !TURN_OR_RELATIVE.matcher(matched).find()) {
        return true; // "worden geen verzoeken geweigerd", "worden tijdens het onderhoud niet …"
      }
    }
    return !negation && DateExpressions.deniedInterruption(text.clauseBefore(at[0]));
  }

  /**
   * Words that give a negation in a gap to something else: "niet alleen … maar ook", "geen
   * antwoord maar een foutmelding", "verzoeken die nog niet de nieuwe sleutel gebruiken".
   */
  private static final Pattern TURN_OR_RELATIVE = anyWord(
      "maar|but|die|dat|that|which|who|alleen|only");

  /** Any of {@code alternatives} (a regular expression), as whole words, in any case. */
  private static Pattern anyWord(String alternatives) {
    return Pattern.compile("(?<![\\p{L}])(?:" + alternatives + ")(?![\\p{L}])",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** The words of negation. */
  private static final String NEGATION_WORDS = "niet|geen|nooit|not|no|never|none";

  /** A word of negation, as a whole word. */
  private static final Pattern NEGATION = anyWord(NEGATION_WORDS);

  /** How far before words of an alternative a denial takes them back: a few words. */
  private static final int NEGATION_REACH = 16;

  /**
   * The services a post affects. A service named only as an alternative or a workaround ("haal de
   * gegevens zo nodig op via de KVK API") is not affected; nor is one named only as unaffected
   * ("de Dataservice is niet geraakt"), nor one said to stay available ("de KVK API blijft
   * beschikbaar") unless no other service is affected: then it is the one being maintained.
   * Information (other than a yearly calendar) affects no service. A post that names no service,
   * nor anything else KVK runs ({@code elsewhere:}), gives no signal which: empty (information
   * too: a season's greeting).
   */
  private Optional<Found<List<Service>>> services(Reading r) {
    Phrase.Text components = Phrase.Text.of(String.join(" ; ", r.post.hints().components()));
    if (r.information()) {
      if (namesNothingElse(r, components) && first(STATUS_PAGE, r.title, r.text).isEmpty()
          && vocabulary().services().values().stream()
              .allMatch(p -> first(p, r.title, r.text).isEmpty())) {
        return Optional.empty(); // a season's greeting names nothing at all
      }
      return Optional.of(new Found<>(List.of(Service.OTHER), "information affects no service"));
    }
    List<Service> affected = new ArrayList<>();
    List<Service> unaffected = new ArrayList<>();
    List<MentionKind> unaffectedKinds = new ArrayList<>();
    List<String> words = new ArrayList<>();
    List<String> unaffectedWords = new ArrayList<>();
    List<String> notAffected = new ArrayList<>();
    vocabulary().services().forEach((service, phrases) -> {
      Mention mention = mention(service, phrases, r, components);
      switch (mention.kind) {
        case AFFECTED -> {
          affected.add(service);
          words.add("\"" + mention.words + "\"");
        }
        case UNAFFECTED, STAYS_AVAILABLE -> {
          unaffected.add(service);
          unaffectedKinds.add(mention.kind);
          unaffectedWords.add("\"" + mention.words + "\"");
        }
        case ALTERNATIVE -> notAffected.add("\"" + mention.words + "\" (an alternative)");
        default -> { }
      }
    });
    boolean maintenance = family(r.category) == Category.PLANNED_MAINTENANCE;
    // "Mijn KVK zondag niet beschikbaar" over "De KVK API blijft gewoon werken": not the API's
    // maintenance (what the title names; a link to developers.kvk.nl in the text is no subject)
    if (affected.isEmpty() && !unaffected.isEmpty() && maintenance
        && first(vocabulary().elsewhere(), r.title, components).isEmpty()) {
      // "de Dataservice blijft beschikbaar": only said of the one service being maintained
      List<Service> staying = new ArrayList<>();
      List<String> stayingWords = new ArrayList<>();
      for (int i = 0; i < unaffected.size(); i++) {
        if (unaffectedKinds.get(i) == MentionKind.STAYS_AVAILABLE) {
          staying.add(unaffected.get(i));
          stayingWords.add(unaffectedWords.get(i));
        }
      }
      if (!staying.isEmpty()) {
        return Optional.of(new Found<>(staying, String.join(", ", stayingWords)));
      }
    }
    unaffectedWords.forEach(w -> notAffected.add(w + " (not affected)"));
    String aside = notAffected.isEmpty() ? "" : "; not " + String.join(", ", notAffected);
    if (affected.isEmpty() && notAffected.isEmpty() && namesNothingElse(r, components)) {
      return Optional.empty(); // "Verstoring: we onderzoeken een melding" names nothing at all
    }
    if (affected.isEmpty()) {
      return Optional.of(new Found<>(List.of(Service.OTHER), "names none of KVK's services"
          + (notAffected.isEmpty() ? "" : " as affected" + aside)));
    }
    return Optional.of(new Found<>(affected, String.join(", ", words) + aside));
  }

  /**
   * Whether the post names nothing else KVK runs ({@code elsewhere:}) in its title, text or
   * components; never for a vocabulary without {@code elsewhere:} (one written before it).
   */
  private boolean namesNothingElse(Reading r, Phrase.Text components) {
    return !vocabulary().elsewhere().isEmpty()
        && first(vocabulary().elsewhere(), r.title, r.text, components).isEmpty();
  }

  private enum MentionKind { NONE, AFFECTED, STAYS_AVAILABLE, UNAFFECTED, ALTERNATIVE }

  private record Mention(MentionKind kind, String words) {}

  /** How a service is mentioned: its strongest mention (affected before unaffected). */
  private Mention mention(Service service, List<Phrase> phrases, Reading r,
      Phrase.Text components) {
    Mention best = new Mention(MentionKind.NONE, "");
    for (Phrase phrase : phrases) { // "Storing Zoeken-API – gebruik tijdelijk de Dataservice"
      for (int[] at : phrase.locateAll(r.title)) {
        Phrase.Text before = Phrase.Text.of(r.title.clauseBefore(at[0]), r.title.language());
        if (first(WORKAROUND, before).isEmpty()) {
          return new Mention(MentionKind.AFFECTED, r.title.words(at[0], at[1]));
        }
      }
    }
    Optional<String> listed = first(phrases, components);
    if (listed.isPresent()) {
      return new Mention(MentionKind.AFFECTED, listed.get());
    }
    for (Phrase phrase : phrases) {
      for (int[] found : phrase.locateAll(r.text)) {
        int[] at = {found[0], found[1], service.ordinal()};
        String words = r.text.words(at[0], at[1]);
        int[][] together = namedTogether(r, at);
        int[] first = together[0];
        int[] last = together[1];
        MentionKind asked = askedAbout(r.text, first, last, service);
        MentionKind kind = namedBefore(vocabulary().alternative(), TURNS, r, first)
            || asked == MentionKind.ALTERNATIVE || insideAlternative(r, first, last)
            || underWorkaroundLabel(r, first)
            ? MentionKind.ALTERNATIVE
            : asked == MentionKind.UNAFFECTED || unaffectedAfter(r, last)
                || OPERATIONAL_STATE.matcher(r.text.folded()).region(last[1],
                    r.text.folded().length()).lookingAt()
                || namedBefore(vocabulary().unaffectedBefore(), EXCEPT, r, first)
                || UNAFFECTED_LABEL.matcher(r.text.folded())
                    .region(Math.max(0, first[0] - LABEL_REACH), first[0]).find()
            ? MentionKind.UNAFFECTED
            : after(vocabulary().available(), r.text, last) ? MentionKind.STAYS_AVAILABLE
            : MentionKind.AFFECTED;
        if (kind == MentionKind.AFFECTED) {
          return new Mention(kind, words);
        }
        if (kind.compareTo(best.kind) < 0 || best.kind == MentionKind.NONE) {
          best = new Mention(kind, words);
        }
      }
    }
    return best;
  }

  /**
   * How the services at {@code first} to {@code last} are named when they are named in a
   * question whether the reader has or uses them: as an alternative when the next sentence
   * answers with a way round ("Heeft u ook een abonnement op de KVK Dataservice? Dan kunt u die
   * in de tussentijd gebruiken"), as unaffected when it says they are ("Gebruikt u de KVK API of
   * de KVK Dataservice? Die werken normaal"); else {@code NONE} (the mention says nothing).
   */
  private MentionKind askedAbout(Phrase.Text text, int[] first, int[] last, Service asked) {
    if (!ASKS_IF_YOU_HAVE.matcher(text.clauseBefore(first[0])).find()) {
      return MentionKind.NONE;
    }
    if (!text.inQuestion(last[0])) {
      return MentionKind.NONE;
    }
    String answer = text.nextSentence(last[0]);
    Phrase.Text answered = Phrase.Text.of(answer, text.language());
    boolean namesAnother = vocabulary().services().entrySet().stream()
        .anyMatch(e -> e.getKey() != asked && first(e.getValue(), answered).isPresent());
    if (namesAnother || TURNS_BACK.matcher(answer).find()) {
      return MentionKind.NONE; // "Dan kunt u de KVK Dataservice gebruiken": that one is the way
    }
    if (YOU_CAN.matcher(answer).find() && WAY_ROUND.matcher(answer).find()
        && !NOT_ROUND.matcher(answer).find()) {
      return MentionKind.ALTERNATIVE;
    }
    return BACK_REFERENCE.matcher(answer).lookingAt()
        && first(vocabulary().unaffected(), answered).isPresent()
        ? MentionKind.UNAFFECTED : MentionKind.NONE;
  }

  /** Words that make an answer conditional or take it back: "Die werkt normaal zodra …". */
  private static final Pattern TURNS_BACK = anyWord(
      "maar|but|zodra|once|tot|until|daarna|afterwards|however|echter");

  /** An answer that refers back to what was asked about: "Die werken normaal", "Those are …". */
  private static final Pattern BACK_REFERENCE = Pattern.compile(
      "\\s*(?:die|deze|dat|dit|ze|zij|those|these|they|it|that)(?![\\p{L}])",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** The opening of a question whether the reader has or uses something. */
  private static final Pattern ASKS_IF_YOU_HAVE = Pattern.compile(
      "^\\s*(?:heeft|hebt|gebruikt|maakt|neemt|do|have)\\s+(?:u|you|jij|je)(?![\\p{L}])",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * The answer to such a question that offers a way round: "Dan kunt u die in de tussentijd
   * gebruiken", "U kunt die dan … opvragen", "Then you can request …"; not "Dan kunt u in die
   * periode geen bedrijfsgegevens opvragen", nor "Then you can expect your files later".
   */
  private static final Pattern YOU_CAN = anyWord(
      "kunt u|u kunt|kan u|kun je|je kunt|you can");
  private static final Pattern WAY_ROUND = anyWord(
      "gebruik\\p{L}*|opvragen|ophalen|halen|raadplegen|terugvallen|uitwijken"
      + "|use|retrieve|request|fall back|switch");
  private static final Pattern NOT_ROUND = anyWord(
      "geen|niet|not|no|pas|later|alsnog|herstel|vertraging|delay\\p{L}*");

  /** Where the text has words of {@code unavailable:}; once. */
  private List<int[]> unavailableSpans(Reading r) {
    if (r.unavailableSpans == null) {
      List<int[]> spans = new ArrayList<>();
      for (Phrase phrase : vocabulary().unavailable()) {
        spans.addAll(phrase.locateAll(r.text));
      }
      r.unavailableSpans = spans;
    }
    return r.unavailableSpans;
  }

  /**
   * Whether the services at {@code first} to {@code last} stand inside the words of an
   * alternative with a gap ("Vraag dan het actuele Basisprofiel op via de KVK API": what is asked
   * for is the way round too), in words that deny nothing and followed by no trouble in their
   * sentence: not "kunt u geen Basisprofiel opvragen via …", "haalt de Mutatieservice de
   * wijzigingen niet uit …", "Vraagt u een Vestigingsprofiel op via de KVK API, dan krijgt u een
   * foutmelding", "you can retrieve the Basisprofiel via the KVK API only with long delays".
   */
  private boolean insideAlternative(Reading r, int[] first, int[] last) {
    if (r.alternativeSpans == null) {
      List<int[]> spans = new ArrayList<>();
      for (Phrase phrase : vocabulary().alternative()) {
        if (phrase.hasGap()) {
          spans.addAll(phrase.locateAll(r.text));
        }
      }
      r.alternativeSpans = spans;
    }
    String folded = r.text.folded();
    for (int[] around : r.alternativeSpans) {
      if (around[0] < first[0] && last[1] < around[1]
          && unavailableSpans(r).stream().noneMatch(d -> d[0] < around[1] && around[0] < d[1])
          && !NEGATION.matcher(folded).region(around[0], around[1]).find()) {
        if (!namesTrouble(Phrase.Text.of(r.text.sentenceAfter(around[1]), r.text.language()))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A label that opens a sentence naming a way round: "Workaround: until this is fixed you can
   * pick up the missing changes from the daily delta file of the KVK Dataservice", or the words
   * that open it so ("Als tijdelijke oplossing raadplegen wij de gegevens uit het meest recente
   * bestand van de KVK Dataservice", "As a workaround, …").
   */
  private static final Pattern WORKAROUND_LABEL = Pattern.compile(
      "\\s*(?:(?:workaround|tijdelijke oplossing|alternatief)\\s*:"
          + "|(?:als|as an?)\\s+(?:(?:tijdelijke|temporary)\\s+"
          + "(?:oplossing|solution|workaround|fix)|workaround|alternatief|alternative)(?=[\\s,]))",
      Pattern.CASE_INSENSITIVE);

  /** Verbs of using a service instead: "raadplegen wij de gegevens uit", "use", "read from". */
  private static final Pattern USES = Pattern.compile("(?<![\\p{L}])(?:raadple\\p{L}*|gebruik"
      + "\\p{L}*|haal|haalt|halen|opvragen|vraag|vragen|lees|leest|lezen|use|uses|using|used|read"
      + "|reads|reading|retrieve\\p{L}*|fetch\\p{L}*|consult\\p{L}*|obtain\\p{L}*|switch\\p{L}*"
      + "|fall|falls|falling|uitwijk\\p{L}*|overstap\\p{L}*|terugvallen|valt|vallen)(?![\\p{L}])",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * Whether the service at {@code first} stands in a sentence that opens with {@link
   * #WORKAROUND_LABEL}, after another service was named (the one in trouble), in words that say
   * nothing is down: not "Tijdelijke oplossing: er is er geen, want ook de KVK Dataservice ligt
   * eruit", nor "Tijdelijke oplossing: probeer uw aanvraag aan de KVK API opnieuw" when no other
   * service was named (a retry of the one in trouble).
   */
  private boolean underWorkaroundLabel(Reading r, int[] first) {
    String sentence = r.text.sentenceBefore(first[0]);
    Matcher label = WORKAROUND_LABEL.matcher(sentence);
    int sentenceStart = first[0] - sentence.length();
    return label.lookingAt()
        // words that open a sentence so name a way round when it uses the service: not "Als
        // tijdelijke oplossing hebben wij de KVK Mutatieservice stilgezet"
        && (sentence.substring(label.start(), label.end()).contains(":")
            || USES.matcher(sentence.substring(label.end())).find())
        && serviceSpans(r).stream().anyMatch(o -> o[1] <= sentenceStart && o[2] != first[2])
        && !namesTrouble(Phrase.Text.of(sentence.substring(label.end()), r.text.language()))
        && !namesTrouble(Phrase.Text.of(r.text.sentenceAfter(first[1]), r.text.language()));
  }

  /** Whether {@code words} say something is down or wrong: words of unavailability or incidents. */
  private boolean namesTrouble(Phrase.Text words) {
    return first(vocabulary().unavailable(), words).isPresent()
        || first(vocabulary().categories().get(Category.INCIDENT), words).isPresent();
  }

  /** Where the text names a service: {start, end, service ordinal}, in order; once. */
  private List<int[]> serviceSpans(Reading r) {
    if (r.serviceSpans == null) {
      List<int[]> spans = new ArrayList<>();
      vocabulary().services().forEach((service, phrases) -> {
        for (Phrase phrase : phrases) {
          for (int[] at : phrase.locateAll(r.text)) {
            spans.add(new int[] {at[0], at[1], service.ordinal()});
          }
        }
      });
      spans.sort(Comparator.<int[]>comparingInt(a -> a[0]).thenComparingInt(a -> a[1]));
      r.serviceSpans = spans;
    }
    return r.serviceSpans;
  }

  /**
   * The first and the last service named together with the one at {@code at}: what is said
   * after "De KVK API en de Dataservice werken met API-sleutels en zijn niet geraakt" is said of
   * both, and what is said before "op via de KVK API (Basisprofiel)" too. "en", "of", "and", "or"
   * and a bracket join; a comma only within a list that one of them closes ("de KVK API, de
   * Dataservice of de Mutatieservice"), not a comma that starts a clause ("geen gevolgen voor de
   * KVK API, de Dataservice is wel onbereikbaar").
   */
  private int[][] namedTogether(Reading r, int[] at) {
    List<int[]> back = neighbours(r, at, false);
    List<int[]> ahead = neighbours(r, at, true);
    // the chain left to right, and whether the join after each element is a comma alone
    List<int[]> chain = new ArrayList<>();
    for (int i = back.size() - 1; i >= 0; i--) {
      chain.add(back.get(i));
    }
    int self = chain.size();
    chain.add(at);
    chain.addAll(ahead);
    String folded = r.text.folded();
    boolean[] comma = new boolean[chain.size()];
    for (int i = 0; i + 1 < chain.size(); i++) {
      int from = chain.get(i)[1];
      int to = chain.get(i + 1)[0];
      comma[i] = from < to && COMMA_ONLY.matcher(folded).region(from, to).matches();
    }
    boolean[] closedAfter = new boolean[chain.size() + 1]; // a word-join at or after i
    // a list that runs to the end of its line or sentence is closed too ("Unaffected: KVK API,
    // KVK Mutatieservice")
    String original = r.text.original();
    closedAfter[chain.size() - 1] = original.length() == folded.length() && LIST_END
        .matcher(original).region(chain.get(chain.size() - 1)[1], original.length()).lookingAt();
    for (int i = chain.size() - 2; i >= 0; i--) {
      closedAfter[i] = !comma[i] || closedAfter[i + 1];
    }
    int first = self;
    while (first > 0 && (!comma[first - 1] || closedAfter[first])) {
      first--;
    }
    int last = self;
    while (last + 1 < chain.size() && (!comma[last] || closedAfter[last + 1])) {
      last++;
    }
    return new int[][] {chain.get(first), chain.get(last)};
  }

  /** The services named starting at or after {@code from} and before {@code to}, in order. */
  private List<int[]> spansStarting(Reading r, int from, int to) {
    List<int[]> spans = serviceSpans(r);
    int lo = 0;
    int hi = spans.size();
    while (lo < hi) { // the first span starting at or after from
      int mid = (lo + hi) >>> 1;
      if (spans.get(mid)[0] < from) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    int end = lo;
    while (end < spans.size() && spans.get(end)[0] < to) {
      end++;
    }
    return spans.subList(lo, end);
  }

  /** The services joined one after another to the one at {@code at}, going on or going back. */
  private List<int[]> neighbours(Reading r, int[] at, boolean forward) {
    String folded = r.text.folded();
    List<int[]> found = new ArrayList<>();
    int[] end = at;
    while (true) {
      int[] next = null;
      // a neighbour starts within a phrase's length and a join's of this one
      for (int[] other : spansStarting(r, end[0] - NEAR, end[1] + GAP_MAX + 1)) {
        boolean beyond = forward ? other[1] > end[1] && other[0] >= end[0]
            : other[0] < end[0] && other[1] <= end[1];
        int from = forward ? end[1] : other[1];
        int to = forward ? other[0] : end[0];
        if (!beyond || from < to && (to - from > GAP_MAX
            || !COORDINATION.matcher(folded).region(from, to).matches())) {
          continue;
        }
        if (next == null || (forward ? other[0] < next[0] : other[1] > next[1])) {
          next = other;
        }
      }
      if (next == null) {
        return found;
      }
      found.add(next);
      end = next;
    }
  }

  /**
   * Whether the words after a mention, in its sentence, say it is not affected: not when another
   * service is named between them ("De storing in de KVK API heeft voor de Mutatieservice geen
   * gevolgen"), nor when they go on to say it of a service named after them ("Het onderhoud aan de
   * Dataservice heeft geen gevolgen (gehad) voor de KVK API").
   */
  private boolean unaffectedAfter(Reading r, int[] at) {
    String clause = beforeNextLabel(r.text.clauseAfter(at[1]));
    int clauseEnd = at[1] + clause.length();
    int offset = at[1] + clause.length() - clause.stripLeading().length(); // where `after` starts
    Phrase.Text after = Phrase.Text.of(clause, r.text.language());
    String folded = r.text.folded();
    return firstWhere(vocabulary().unaffected(), (phrase, in, found) -> {
      int start = offset + found[0];
      int end = offset + found[1];
      int said = clauseEnd; // what is said of this service: up to a turn or the next service
      Matcher turn = TURN_WORD.matcher(folded).region(end, clauseEnd);
      if (turn.find()) {
        said = turn.start();
        if (spansStarting(r, turn.end(), clauseEnd).isEmpty() && namesTrouble(
            Phrase.Text.of(folded.substring(turn.end(), clauseEnd), r.text.language()))) {
          return false; // "Je kunt de Mutatieservice gewoon blijven gebruiken, maar meldingen
          // komen later binnen": that is trouble with it
        }
      }
      for (int[] other : spansStarting(r, end, said)) {
        said = Math.min(said, other[0]);
      }
      Matcher next = NEW_CLAUSE.matcher(folded).region(end, said);
      if (next.find()) {
        said = next.start(); // "… kept working as normal and existing API keys were not affected"
      }
      if (DENIED_AFTER.matcher(folded).region(end, said).find()
          || AGAIN.matcher(folded).region(at[1], said).find()
          || UNTIL_THEN.matcher(folded).region(at[1], said).find()
          || UNTIL_THEN.matcher(r.text.clauseBefore(at[0]).toLowerCase(Locale.ROOT)).find()
          || NOT_RIGHT_BEFORE.matcher(folded).region(at[1], start).find()) {
        return false; // "werkt gewoon niet meer", "remains unchanged: files cannot be downloaded",
        // "De KVK API werkt weer normaal": it was affected; "de KVK API niet blijven gebruiken";
        // "Until then the KVK API v1 works as usual": it will be
      }
      for (int[] other : spansStarting(r, at[1], clauseEnd)) {
        if (other[0] < start && other[2] != at[2]) {
          return false; // another service between: the words are said of that one
        }
        if (other[0] >= end && other[1] <= clauseEnd
            && (OF_SOMETHING_ELSE.matcher(folded).region(end, other[0]).find()
                || LABEL_GAP.matcher(folded).region(end, other[0]).matches())) {
          return false; // "geen gevolgen voor de KVK API", "Unaffected: KVK API"
        }
      }
      return true;
    }, after).isPresent();
  }

  /**
   * Whether words of {@code phrases} before a mention, in its sentence, say what it is: an
   * alternative ("haal de gegevens zo nodig op via de KVK API"), not affected ("heeft geen
   * gevolgen voor de KVK API").
   */
  private boolean namedBefore(List<Phrase> phrases, List<Phrase> turns, Reading r, int[] at) {
    Phrase.Text text = r.text;
    String clause = text.clauseBefore(at[0]);
    Phrase.Text before = Phrase.Text.of(clause, text.language());
    // the words of an alternative count only when nothing turns the clause between them and the
    // service: not in "De KVK API is wel beschikbaar, maar de Mutatieservice …", nor in "Wel
    // beschikbaar: Zoeken. Niet beschikbaar: de Dataservice" (a list's lines are no sentences)
    int last = -1;
    int clauseStart = at[0] - clause.length();
    List<int[]> denied = unavailableSpans(r); // "kunt u geen gegevens opvragen via de KVK API"
    for (Phrase phrase : phrases) {
      for (int[] found : phrase.locateAll(before)) {
        int from = clauseStart + found[0];
        int to = clauseStart + found[1];
        // not denied right before: "Our system could not fall back on the KVK API"
        if (denied.stream().noneMatch(d -> d[0] < to && from < d[1])
            && !NEGATION.matcher(before.folded()).region(Math.max(0, found[0] - NEGATION_REACH),
                found[0]).find()) {
          last = Math.max(last, found[1]);
        }
      }
    }
    if (last < 0) {
      return false;
    }
    int restStart = clauseStart + last;
    for (int[] other : spansStarting(r, restStart, at[0])) {
      if (other[1] <= at[0] && other[2] != at[2]) {
        return false; // "geen gevolgen voor de KVK API, de Dataservice is …": said of the API
      }
    }
    Phrase.Text rest = Phrase.Text.of(before.words(last, before.folded().length()),
        text.language());
    return first(turns, rest).isEmpty() && first(vocabulary().unavailable(), rest).isEmpty();
  }

  /** Whether the words after a mention, in its sentence, have one of {@code phrases}. */
  private static boolean after(List<Phrase> phrases, Phrase.Text text, int[] at) {
    Phrase.Text after = Phrase.Text.of(beforeNextLabel(text.clauseAfter(at[1])),
        text.language());
    return first(phrases, after).isPresent();
  }

  /** The first priority the title or text states, by code or by its words, as written. */
  private Optional<String> statedPriority(Reading r) {
    List<String> codes = priorityCodes(r);
    if (!codes.isEmpty()) {
      return Optional.of(codes.get(0));
    }
    return statedByWords(r).map(f -> f.evidence().replace("\"", ""));
  }

  /** Every priority code the title and text state ("P1", "prioriteit 2"), as written. */
  private static List<String> priorityCodes(Reading r) {
    if (r.priorityCodes != null) {
      return r.priorityCodes;
    }
    List<String> codes = new ArrayList<>();
    for (Phrase.Text where : List.of(r.title, r.text)) {
      Matcher m = PRIORITY.matcher(where.folded());
      while (m.find()) {
        if (m.start() == 0 || !Character.isLetterOrDigit(where.folded().charAt(m.start() - 1))) {
          codes.add(where.words(m.start(), m.end()));
        }
      }
    }
    r.priorityCodes = codes;
    return codes;
  }

  /**
   * The highest priority the post states: an explicit code in the title or any update ("P1",
   * "prioriteit 2"), else the words ("ernstig verstoord"), else the platform's impact. An update
   * that raises the priority raises it for the whole incident; where several are stated, the
   * evidence names each once, in the order stated ({@link Classification#HIGHEST_OF}).
   */
  private Optional<Found<Priority>> priority(Reading r) {
    Priority highest = null;
    Map<Priority, String> stated = new LinkedHashMap<>(); // each priority as first written
    for (String code : priorityCodes(r)) {
      Priority p = Priority.valueOf("P" + code.charAt(code.length() - 1));
      stated.putIfAbsent(p, "\"" + code + "\"");
      if (highest == null || p.compareTo(highest) < 0) {
        highest = p;
      }
    }
    if (highest != null) {
      return Optional.of(new Found<>(highest, stated.size() == 1 ? stated.get(highest)
          : Classification.HIGHEST_OF + String.join(", ", stated.values())));
    }
    Optional<Found<Priority>> words = statedByWords(r);
    if (words.isPresent()) {
      return words;
    }
    String impact = impact(r.post);
    return Optional.ofNullable(vocabulary().platformPriorities().get(impact))
        .map(p -> new Found<>(p, "platform impact: " + impact));
  }

  /**
   * The first priority whose words the title or text state and do not deny: not "ernstige
   * storing" in "Er is geen sprake van een ernstige storing" ({@link
   * DateExpressions#deniedJustBefore}).
   */
  private Optional<Found<Priority>> statedByWords(Reading r) {
    for (Map.Entry<Priority, List<Phrase>> group : vocabulary().priorities().entrySet()) {
      Optional<String> words = firstWhere(group.getValue(), (phrase, text, at) ->
          !DateExpressions.deniedJustBefore(text.clauseBefore(at[0])), r.title, r.text);
      if (words.isPresent()) {
        return Optional.of(new Found<>(group.getKey(), "\"" + words.get() + "\""));
      }
    }
    return Optional.empty();
  }

  /**
   * The first impact class in the vocabulary's order; but {@code NONE} or {@code MAJOR} read from
   * what clients need (not) do ("hoeft u niets", "no action required", "moet u … aanpassen")
   * gives way to a degree the post states in words of impact, undenied and without a gap ("Een
   * wijziging met minimale impact. Koppelingen die onbekende velden negeren, hoeven niets aan te
   * passen": MINOR; "Dit heeft een kleine impact; alleen als uw software de tekst uitleest, moet u
   * die aanpassen": MINOR; what some clients need (not) do is no class; "geen grote impact" and
   * "the impact on small integrations" state none). A degree in words of impact counts only as
   * this change's, wherever it is read: "Dit heeft geen grote impact" alone states no class.
   */
  private Optional<Found<ImpactClass>> impact(Reading r) {
    // words of this change's impact: not denied, not an aim or an earlier word
    Occurrence ofThisChange = (phrase, text, at) ->
        !DateExpressions.deniedJustBefore(text.clauseBefore(at[0]))
            && !NOT_THIS_CHANGE.matcher(text.clauseBefore(at[0])).find();
    Optional<Found<ImpactClass>> read = firstGroup(vocabulary().impacts(), r.title, r.text);
    if (read.isPresent() && namesImpact(read.get().evidence())) {
      // a degree of impact in words counts only as this change's: "Dit heeft geen grote impact",
      // "no major impact" state no class
      read = Optional.empty();
      for (Map.Entry<ImpactClass, List<Phrase>> group : vocabulary().impacts().entrySet()) {
        Optional<String> words = firstWhere(group.getValue(), (phrase, text, at) ->
            !namesImpact(phrase.text()) || ofThisChange.test(phrase, text, at), r.title, r.text);
        if (words.isPresent()) {
          read = Optional.of(new Found<>(group.getKey(), "\"" + words.get() + "\""));
          break;
        }
      }
    }
    if (read.isEmpty() || !(read.get().value() == ImpactClass.NONE
        || (read.get().value() == ImpactClass.MAJOR && CLIENT_ACTION.matcher(read.get().evidence())
            .find())) || namesImpact(read.get().evidence())) {
      return read; // "breaking change", "not backwards compatible": the class itself
    }
    for (ImpactClass degree : List.of(ImpactClass.MAJOR, ImpactClass.MINOR)) {
      List<Phrase> stated = vocabulary().impacts().getOrDefault(degree, List.of()).stream()
          .filter(phrase -> !phrase.hasGap() && namesImpact(phrase.text())).toList();
      Optional<String> words = firstWhere(stated, ofThisChange, r.title, r.text);
      if (words.isPresent()) {
        return Optional.of(new Found<>(degree, "\"" + words.get() + "\""));
      }
    }
    if (read.get().value() == ImpactClass.NONE) {
      // what clients need not do gives way to what some must do, and to a new price: "If you use
      // the field you must adapt; otherwise you do not need to change anything", "De tarieven
      // worden geïndexeerd. Er zijn geen aanpassingen nodig in uw koppeling"
      for (ImpactClass heavier : List.of(ImpactClass.MAJOR, ImpactClass.TARIFF)) {
        Optional<String> words = firstWhere(
            vocabulary().impacts().getOrDefault(heavier, List.of()), ofThisChange, r.title,
            r.text);
        if (words.isPresent()) {
          return Optional.of(new Found<>(heavier, "\"" + words.get() + "\""));
        }
      }
    }
    return read;
  }

  /** What clients must do: "moet u … aanpassen", "moet een kleine aanpassing doen", "adapt". */
  private static final Pattern CLIENT_ACTION = anyWord(
      "aanpassen|aanpassing|aanpassingen|adapt|update|modify");

  /**
   * Words before a degree of impact that make it no statement of this change's: an aim ("Wij
   * streven naar een minimale impact"), an earlier word ("Eerder meldden wij een kleine impact").
   */
  private static final Pattern NOT_THIS_CHANGE = anyWord(
      "streven|streefden|streeft|aim|aimed|aiming|eerder|earlier|previously"
      + "|vorige|previous|hoped|hoopten");

  private static boolean namesImpact(String words) {
    return words.toLowerCase(Locale.ROOT).contains("impact");
  }

  /**
   * The platform's scheduled window, else the one the newest update states with a day: the day
   * with its times ({@link DateExpressions#window}), else, since this post is known to be
   * maintenance, times that stand apart from their one day ({@link
   * DateExpressions#looseWindow}), or when none states times, whole days ({@link
   * DateExpressions#wholeDays}: "het hele weekend van 14 en 15 maart"), with the end, start or
   * day a later update moves without times of its own ({@link #amended}); then the title's day
   * ({@link #withTheTitlesDay}); then a weekday alone as the next such day ({@link
   * DateExpressions.Prepared#windowOnTheNextWeekday}), oldest update first; only when no update
   * states a day, times on the day the newest update that has them was written ({@link
   * DateExpressions#todaysWindow}), so that "het onderhoud van 22:00 tot 02:00 uur is afgerond"
   * does not move a window that had its day; and when the text states none, the title's ("KVK
   * API maintenance – Sat 10 Oct 2026, 08:00–12:00 CEST").
   */
  private Optional<Found<Window>> window(Reading r) {
    Window scheduled = r.post.hints().scheduled();
    if (scheduled != null) {
      return Optional.of(new Found<>(scheduled, "platform: scheduled_for/scheduled_until"));
    }
    for (int i = r.timeline.size() - 1; i >= 0; i--) {
      DateExpressions.Prepared update = r.dated(i);
      Optional<Found<Window>> stated = update.window();
      stated = stated.isPresent() ? stated : update.looseWindow();
      if (stated.isPresent()) {
        return Optional.of(amended(r, i, stated.get()));
      }
    }
    for (int i = r.timeline.size() - 1; i >= 0; i--) {
      Optional<Found<Window>> whole = r.dated(i).wholeDays(); // no update states times
      if (whole.isPresent()) {
        return Optional.of(amended(r, i, whole.get()));
      }
    }
    Optional<Found<Window>> titlesDay = withTheTitlesDay(r);
    if (titlesDay.isPresent()) {
      return titlesDay;
    }
    // oldest first: a weekday is the next such day from the notice that announced it, not from
    // the update written in the night ("Het onderhoud van zaterdag 22.00 uur tot zondag 02.00 uur
    // loopt uit tot 03.00 uur", written on Sunday, moves that window's end)
    for (int i = 0; i < r.timeline.size(); i++) {
      Optional<Found<Window>> next = r.dated(i).windowOnTheNextWeekday();
      if (next.isPresent()) { // "between 10pm Saturday and 2am Sunday"
        return Optional.of(amended(r, i, next.get()));
      }
    }
    Optional<Found<Window>> today = newestFirst(r, DateExpressions.Prepared::todaysWindow);
    if (today.isPresent() || r.timeline.isEmpty()) {
      return today;
    }
    return DateExpressions.window(r.post.title(), r.timeline.get(0).at(), r.zone)
        .map(f -> new Found<>(f.value(), "\"" + f.evidence() + "\" in the title"));
  }

  /**
   * The window update {@code i} states, with the end or start a later update moves without
   * naming a day ("Correctie: de eindtijd is 11.00 uur in plaats van 12.00 uur"), or the day it
   * moves it to without naming times ("verplaatst naar zaterdag 1 augustus, zelfde tijden"), each
   * later update in turn.
   */
  private static Found<Window> amended(Reading r, int i, Found<Window> stated) {
    Window window = stated.value();
    String evidence = "\"" + stated.evidence() + "\"";
    for (int j = i + 1; j < r.timeline.size(); j++) {
      Optional<Found<Window>> moved = r.dated(j).amend(window);
      if (moved.isEmpty()) {
        moved = onTheDayMovedTo(
            r.dated(j).movedTo(window.start().atZone(r.zone).toLocalTime()), window, r.zone);
      }
      if (moved.isPresent()) {
        window = moved.get().value();
        evidence += ", then \"" + moved.get().evidence() + "\"";
      }
    }
    return new Found<>(window, evidence);
  }

  /**
   * {@code window} on the day a later update moved it to without naming times ("verplaatst naar
   * zaterdag 1 augustus, zelfde tijden"): the same start on {@code zone}'s clock and the same
   * length.
   */
  private static Optional<Found<Window>> onTheDayMovedTo(Optional<Found<LocalDate>> day,
      Window window, ZoneId zone) {
    if (day.isEmpty()) {
      return Optional.empty();
    }
    ZonedDateTime start = window.start().atZone(zone);
    if (day.get().value().equals(start.toLocalDate())) {
      return Optional.empty();
    }
    ZonedDateTime moved = ZonedDateTime.of(day.get().value(), start.toLocalTime(), zone);
    Instant end = window.end() == null ? null
        : moved.toInstant().plus(Duration.between(window.start(), window.end()));
    return Optional.of(new Found<>(new Window(moved.toInstant(), end), day.get().evidence()));
  }

  /**
   * A window whose day only the title gives: "Onderhoud KVK Dataservice za 8-3" over "de KVK
   * Dataservice is zaterdag tussen 08.00 en 12.00 uur niet beschikbaar". The title is read as
   * the sentence before the newest update that has times, so a bare weekday there takes the
   * title's date of that weekday, and times with no day at all take the title's day ("Onderhoud
   * Mutatieservice za 14-3" over "van 08.00 tot 12.00 uur niet beschikbaar"). A title that states
   * a whole window is read on its own, last.
   */
  private static Optional<Found<Window>> withTheTitlesDay(Reading r) {
    if (r.timeline.isEmpty()) {
      return Optional.empty();
    }
    Instant first = r.timeline.get(0).at();
    if (DateExpressions.dates(r.post.title(), first, r.zone).isEmpty()
        || DateExpressions.window(r.post.title(), first, r.zone).isPresent()) {
      return Optional.empty();
    }
    for (int i = r.timeline.size() - 1; i >= 0; i--) {
      PostUpdate update = r.timeline.get(i);
      String withTitle = r.post.title() + ". " + update.text();
      Optional<Found<Window>> found = DateExpressions.window(withTitle, update.at(), r.zone);
      if (found.isEmpty()) { // "van 08.00 tot 12.00 uur" under "Onderhoud Mutatieservice za 14-3"
        found = DateExpressions.looseWindow(withTitle, update.at(), r.zone);
      }
      if (found.isPresent()) {
        return found.map(f -> new Found<>(f.value(),
            "\"" + f.evidence() + "\" on the title's day"));
      }
    }
    return Optional.empty();
  }

  private Optional<Found<LocalDate>> effectiveDate(Reading r) {
    Optional<Found<LocalDate>> inTitle = r.timeline.isEmpty() ? Optional.empty()
        : DateExpressions.effectiveDate(r.post.title(), r.timeline.get(0).at(), r.zone);
    Optional<Found<LocalDate>> inText = newestFirst(r, DateExpressions.Prepared::effectiveDate);
    return inText.isPresent() ? inText
        : inTitle.map(f -> new Found<>(f.value(), "\"" + f.evidence() + "\" in the title"));
  }

  /**
   * The start an update states, else the first update; the newest update that says it corrects
   * an earlier one and states a start wins. A stated start after the first update is
   * no start of the incident ("sinds 10:00 ook vertraging bij …"); in a resolving update only a
   * start before the end it states counts ("tussen 12:58 en 13:51 CET"), since "sinds 10:40 werkt
   * alles weer" tells its end.
   */
  private Optional<Found<Instant>> started(Reading r) {
    List<PostUpdate> timeline = r.timeline;
    for (int i = timeline.size() - 1; i > 0; i--) { // "Correctie: de storing begon om 09:15"
      int update = i;
      if (DateExpressions.corrects(timeline.get(i).text())) {
        Optional<Found<Instant>> corrected = r.dated(update).began() // "begon om 09:15"
            .or(() -> r.dated(update).firstTrouble()) // "the first failures at 07:50"
            .filter(f -> !f.value().isAfter(timeline.get(0).at()));
        if (corrected.isPresent()) {
          return corrected.map(f -> new Found<>(f.value(), "\"" + f.evidence() + "\" (corrected)"));
        }
      }
    }
    for (int i = 0; i < timeline.size(); i++) {
      Optional<Found<Instant>> began = r.dated(i).began()
          .filter(f -> !f.value().isAfter(timeline.get(0).at()));
      if (began.isPresent()) { // "Om 14.10 uur viel de verbinding weg": a start, even in the end
        return began.map(f -> new Found<>(f.value(), "\"" + f.evidence() + "\""));
      }
      Optional<Found<Instant>> since = statedStart(r, i);
      if (since.isPresent() && i < r.updateTexts.size() && resolves(r, i)) {
        // "sinds 10:40 werkt alles weer" is its end; "tussen 12:58 en 13:51" has a start too;
        // "operating normally since 08:45 CEST" is the end, though read against the update
        // before (the day before) as a start
        Optional<Found<Instant>> end = r.dated(i).until();
        if (end.isEmpty() || !since.get().value().isBefore(end.get().value())
            || end.get().evidence().contains(since.get().evidence())
                && since.get().value().atZone(r.zone).toLocalTime()
                    .equals(end.get().value().atZone(r.zone).toLocalTime())) {
          continue;
        }
      }
      if (since.isPresent()) {
        return since.map(f -> new Found<>(f.value(), "\"" + f.evidence() + "\""));
      }
    }
    if (!timeline.isEmpty()) {
      return Optional.of(new Found<>(timeline.get(0).at(), "its first update"));
    }
    return Optional.empty();
  }

  /**
   * The start an update states, no later than the first update: read against the update's own
   * time, else — for a later update on another day, such as a post-mortem days later that names
   * only times ("between 12:02 and 12:47 UTC") — against the update before it. A time on the
   * same day as the update before, after the first update, is no start ("Beginning 10:20 CET
   * error rates returned to normal"), not the day before.
   */
  private static Optional<Found<Instant>> statedStart(Reading r, int i) {
    PostUpdate update = r.timeline.get(i);
    Instant first = r.timeline.get(0).at();
    Instant previous = r.timeline.get(Math.max(0, i - 1)).at();
    Optional<Found<Instant>> own = r.dated(i).since().filter(f -> !f.value().isAfter(first));
    if (own.isPresent() || !update.at().isAfter(previous)
        || update.at().atZone(r.zone).toLocalDate()
            .equals(previous.atZone(r.zone).toLocalDate())) {
      return own;
    }
    return DateExpressions.since(update.text(), previous, r.zone)
        .filter(f -> !f.value().isAfter(first));
  }

  /**
   * When the incident was resolved: the first update that resolves it after the last one that
   * reopens it ("de storing is teruggekeerd"), at the time that update states ("om 10.20 uur
   * verholpen") or else at its publication. An update that resolves by its status word, or that
   * shows none, may state that time as any moment it names ({@link DateExpressions#resolvedAt});
   * one whose status word is something else ("Update") must tie it to a resolution word ({@link
   * DateExpressions#until}). A stated time before the incident's start is no end of it. An update
   * that resolves by its text alone gives way to a later one that resolves by its status word and
   * states a moment ("Update: de stroomvoorziening is hersteld", then "Opgelost: Om 14.20 uur is
   * de storing verholpen"). An update whose status resolves it reopens nothing, whatever its
   * words ("De index is opnieuw opgebouwd en de storing is om 12.45 uur verholpen").
   */
  private Optional<Found<Instant>> resolved(Reading r, Optional<Found<Instant>> started) {
    Optional<Found<Instant>> resolved = Optional.empty();
    boolean byTextAlone = false;
    List<PostUpdate> updates = r.post.updates();
    for (int i = 0; i < updates.size(); i++) {
      PostUpdate update = updates.get(i);
      // an update whose text alone resolved it ("Update: de stroomvoorziening is hersteld") gives
      // way to a later one whose status does and that states when ("Opgelost: Om 14.20 uur …")
      boolean overrides = resolved.isPresent() && byTextAlone && resolvesByStatus(r, i);
      String words = resolved.isEmpty() || overrides ? resolvingWords(r, i) : null;
      Optional<Found<Instant>> stated = words == null ? Optional.empty()
          : statedEnd(r, i, started);
      if (words != null && !(overrides && stated.isEmpty())) {
        byTextAlone = !resolvesByStatus(r, i);
        resolved = Optional.of(stated.isPresent()
            ? new Found<>(stated.get().value(), "the update \"" + words + "\": \""
                + stated.get().evidence() + "\"")
            : new Found<>(update.at(), "the update \"" + words + "\""));
      }
      if (resolved.isPresent() && !resolvesByStatus(r, i) // "Opgelost: … opnieuw opgebouwd"
          && (reopens(r.updateTexts.get(i)) || reopens(r.statuses.get(i))
              || OPENING_STATUS.matcher(r.statuses.get(i).folded().strip()).matches())
          && !AFTERWORD_STATUS.matcher(r.statuses.get(i).folded().strip()).matches()) {
        resolved = Optional.empty();
      } else if (resolved.isPresent() && words == null // an update after the resolving one
          && DateExpressions.corrects(update.text())) {
        // "Correctie op ons vorige bericht: de levering was om 09.30 uur hersteld"; posted a day
        // later, its times without a day are of the day it corrects ("Correction to yesterday's
        // post: the backlog was only fully cleared at 16:10 CEST, not at 15:30"), never after it
        Instant before = resolved.get().value();
        int index = i;
        Instant endOfDay = endOfItsDay(before, r.zone);
        Instant anchor = endOfDay.isBefore(update.at()) ? endOfDay : update.at();
        // read against its own time only when that differs ("pas op vrijdag om 08:00 hersteld")
        Optional<Found<Instant>> corrected = DateExpressions.correctedEnd(update.text(), anchor,
                r.zone, before)
            .or(() -> DateExpressions.resolvedAt(update.text(), anchor, r.zone)
                .filter(f -> RESOLUTION_WORD.matcher(f.evidence()).find())) // not "opgemerkt om"
            .or(() -> anchor.equals(update.at()) ? Optional.empty() : r.dated(index).resolvedAt()
                .filter(f -> RESOLUTION_WORD.matcher(f.evidence()).find()))
            .filter(f -> started.isEmpty() || !f.value().isBefore(started.get().value()));
        if (corrected.isPresent()) {
          resolved = Optional.of(new Found<>(corrected.get().value(), "the correction \""
              + corrected.get().evidence() + "\""));
        }
      }
    }
    return resolved;
  }

  /**
   * Whether {@code text} says the trouble is back ({@link Vocabulary#reopened}), not denied or
   * warded off in the words right before ("has not resurfaced", "om te voorkomen dat de dienst
   * weer verstoord raakt", "to prevent the API from going down again") nor told as past
   * ("briefly resurfaced").
   */
  private boolean reopens(Phrase.Text text) {
    String folded = text.folded();
    for (Phrase phrase : vocabulary().reopened()) {
      for (int[] at : phrase.locateAll(text)) {
        // within its sentence or clause: "komen er toch weer geen mutaties binnen. De storing
        // is dus teruggekeerd" denies nothing of the reopening
        int sentence = at[0] - text.sentenceBefore(at[0]).length();
        int from = Math.max(Math.max(0, at[0] - REOPEN_DENIAL_REACH), sentence);
        if (!NOT_REOPENED.matcher(folded).region(from, at[1]).find()) {
          return true;
        }
      }
    }
    return false;
  }

  /** How far before the words of a reopening a denial or prevention takes them back. */
  private static final int REOPEN_DENIAL_REACH = 48;

  /** Words that take a reopening back: a denial, a prevention, a past told in passing. */
  private static final Pattern NOT_REOPENED = anyWord(NEGATION_WORDS
      + "|voorkomen|vermijden|prevent|avoid|briefly");

  /** A status after the fact: a post-mortem reopens nothing, whatever it tells. */
  private static final Pattern AFTERWORD_STATUS = Pattern.compile(
      "post-?mortem|root cause|rca|evaluatie|terugblik", Pattern.CASE_INSENSITIVE);

  /**
   * A status that opens an incident, as the whole status: after one that resolved it, the
   * incident is open again ("Resolved", then "Investigating").
   */
  private static final Pattern OPENING_STATUS = Pattern.compile(
      "investigating|identified|onderzoek|in onderzoek|ge[iï]dentificeerd",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** The last moment of the day {@code at} falls on, on {@code zone}'s clock. */
  private static Instant endOfItsDay(Instant at, ZoneId zone) {
    return at.atZone(zone).toLocalDate().plusDays(1).atStartOfDay(zone).toInstant()
        .minusSeconds(1);
  }

  /** When resolving update {@code i} says the incident ended, if it says so, after its start. */
  private Optional<Found<Instant>> statedEnd(Reading r, int i,
      Optional<Found<Instant>> started) {
    Optional<Found<Instant>> stated = resolvesByStatus(r, i)
        || r.statuses.get(i).original().isEmpty()
        ? r.dated(i).resolvedAt() : r.dated(i).until();
    if (stated.isPresent() && started.isPresent()
        && !stated.get().value().isAfter(started.get().value())) {
      // "Vanaf maandag 08:00 uur worden de bestellingen verwerkt"; "Alle gemiste mutaties zijn
      // weer beschikbaar vanaf 08:00", the incident's start: the data's, not the end
      stated = Optional.empty();
    }
    return stated.isPresent() ? stated : afterItsStart(r.post.updates().get(i), started);
  }

  /**
   * Whether update {@code i} resolves the incident: its status word says so, or its text says so
   * and it has no lifecycle status word ("Monitoring" says it is not resolved yet; "Update" says
   * nothing either way).
   */
  private boolean resolves(Reading r, int i) {
    return resolvingWords(r, i) != null;
  }

  /**
   * The end an update states as a time after the incident's start ("Om 14.10 uur viel de
   * verbinding weg. … Na 45 minuten was alles hersteld."): that start plus that duration.
   */
  private static Optional<Found<Instant>> afterItsStart(PostUpdate update,
      Optional<Found<Instant>> start) {
    Optional<Found<Duration>> after = DateExpressions.recoveredAfter(update.text());
    if (after.isEmpty()) {
      return Optional.empty();
    }
    return start.map(s -> new Found<>(s.value().plus(after.get().value()),
        after.get().evidence() + "\" after the start \"" + s.evidence().replace("\"", "")));
  }

  /**
   * Whether update {@code i}'s status word says it resolves the incident: not a partial one
   * ("Gedeeltelijk hersteld", "Partially resolved").
   */
  private boolean resolvesByStatus(Reading r, int i) {
    return first(vocabulary().resolved(), r.statuses.get(i)).isPresent()
        && !PARTIAL_STATUS.matcher(r.statuses.get(i).folded()).find()
        || CLOSED_STATUS.matcher(r.statuses.get(i).folded().strip()).matches();
  }

  /**
   * A status that closes a ticket: "Closed", "Gesloten", "Incident closed", "Recovered", "Solved"
   * as the whole status; not in a text ("De servicedesk is gesloten" resolves nothing, nor "We
   * recovered the lost messages", nor "once this is solved").
   */
  private static final Pattern CLOSED_STATUS = Pattern.compile(
      "(?:incident\\s+)?(?:closed|gesloten|recovered|solved)", Pattern.CASE_INSENSITIVE);

  /**
   * A status that says the work is done, as the whole status ("Afgerond", "Voltooid",
   * "Completed"): unlike "Monitoring", it leaves the update's words to say whether an incident
   * was resolved, when they say it is solved ({@link #SOLVED}: "Afgerond: KVK heeft het probleem
   * nu structureel opgelost").
   */
  private static final Pattern COMPLETED_STATUS = Pattern.compile(
      "afgerond|voltooid|uitgevoerd|completed?|done|finished", Pattern.CASE_INSENSITIVE);

  /**
   * Resolution words that say the trouble is solved, which a completion status needs: not "werkt
   * weer" or "available again", which after "Afgerond" may tell of one step of the work ("Eerste
   * deel van het herstel afgerond: Basisprofiel werkt weer").
   */
  private static final Pattern SOLVED = Pattern.compile(
      "(?iu)opgelost|verholpen|resolved|fixed|afgehandeld");

  /** A word that says something ended: a correction's moment is a resolution only with one. */
  private static final Pattern RESOLUTION_WORD = anyWord(
      "hersteld|opgelost|verholpen|resolved|restored|fixed|recovered");

  /** A status word that says only a part is resolved: "Gedeeltelijk hersteld". */
  private static final Pattern PARTIAL_STATUS = anyWord(
      "(?:gedeeltelijk|deels|grotendeels|partially|partly|mostly)\\s+"
      + "(?:hersteld|opgelost|verholpen|resolved|restored|recovered|fixed)");

  private String resolvingWords(Reading r, int i) {
    Phrase.Text status = r.statuses.get(i);
    Optional<String> byStatus = first(vocabulary().resolved(), status);
    if (byStatus.isPresent()) {
      return PARTIAL_STATUS.matcher(status.folded()).find() ? null : byStatus.get();
    }
    if (CLOSED_STATUS.matcher(status.folded().strip()).matches()) {
      return status.original().strip(); // a ticket's "Closed"
    }
    if (COMPLETED_STATUS.matcher(status.folded().strip()).matches()) {
      // only words that it is solved: "Afgerond: … nu structureel opgelost"
      String words = resolvedInText(r.updateTexts.get(i));
      return words != null && SOLVED.matcher(words).find() ? words : null;
    }
    for (Map.Entry<Category, List<Phrase>> lifecycle : vocabulary().statuses().entrySet()) {
      boolean ofIncidentOrMaintenance = lifecycle.getKey() != Category.CHANGE
          && lifecycle.getKey() != Category.INFORMATION;
      if (ofIncidentOrMaintenance && first(lifecycle.getValue(), status).isPresent()) {
        return null; // "Monitoring", "Onderzoek": the page says it is not resolved yet
      }
    }
    return resolvedInText(r.updateTexts.get(i));
  }

  /**
   * The words of the first phrase of {@code resolved:} in an update's text that is neither denied
   * ("De storing is nog niet verholpen", "not yet resolved": then the whole update resolves
   * nothing, whatever else it says), expected ("wij verwachten de dienst maandag weer
   * beschikbaar te hebben", "We verwachten nu dat de Dataservice zaterdag in de loop van de dag
   * weer beschikbaar is"), a condition ("Wanneer het
   * Basisprofiel weer beschikbaar is, kunnen wij nog niet zeggen") nor taken back in part ("weer
   * bereikbaar, maar Naamgeving geeft nog af en toe foutmeldingen"; "werkt voor de meeste
   * inschrijvingen weer"), or null; null too when the
   * update says something is still down ("Basisprofiel is nog steeds niet beschikbaar").
   */
  private String resolvedInText(Phrase.Text text) {
    if (DateExpressions.stillDown(text.folded())) {
      return null; // "Naamgeving werkt weer. Basisprofiel is nog steeds niet beschikbaar."
    }
    String found = null;
    for (Phrase phrase : vocabulary().resolved()) {
      for (int[] at : phrase.locateAll(text)) {
        String before = text.clauseBefore(at[0]);
        if (DateExpressions.denied(before)) {
          return null; // "nog niet volledig opgelost" anywhere: this update does not resolve
        }
        if (found == null && !DateExpressions.noReport(before)
            && !DateExpressions.expectsThat(text.sentenceBefore(at[0]))
            && !ADJECTIVE.matcher(text.words(at[0], at[1])).matches()
            && !WORKING_ON.matcher(text.words(at[0], at[1]).toLowerCase(Locale.ROOT)).lookingAt()
            && !DateExpressions.partlyWithin(text.words(at[0], at[1]).toLowerCase(Locale.ROOT))
            && !DateExpressions.partly(text.clauseAfter(at[1]))) {
          found = text.words(at[0], at[1]);
        }
      }
    }
    return found;
  }


  /**
   * A resolution word in the form that stands before a noun: "een herstelde levering wordt
   * klaargezet", "de opgeloste storing" name a thing, and say nothing is resolved.
   */
  private static final Pattern ADJECTIVE = Pattern.compile(
      "(?iu)herstelde|opgeloste|afgehandelde");

  /** "We werken door en melden ons morgenochtend weer": working on, not working again. */
  private static final Pattern WORKING_ON = Pattern.compile("werk(?:t|en|te|ten)\\s+door\\b");

  /** The timeline, or the body dated at publication when the post has none. */
  private static List<PostUpdate> timeline(Post post) {
    if (!post.updates().isEmpty()) {
      return post.updates();
    }
    return post.published() == null ? List.of()
        : List.of(new PostUpdate(post.published(), "", post.body()));
  }

  private static <T> Optional<Found<T>> newestFirst(Reading r,
      Function<DateExpressions.Prepared, Optional<Found<T>>> read) {
    for (int i = r.timeline.size() - 1; i >= 0; i--) {
      Optional<Found<T>> found = read.apply(r.dated(i));
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

  /**
   * The first of {@code phrases} found in {@code texts}, as written, that overlaps none of {@code
   * unless} there and is not denied right before it ("geen enkele onderbreking", "no service
   * interruption").
   */
  private static Optional<String> firstOutside(List<Phrase> phrases, List<Phrase> unless,
      Phrase.Text... texts) {
    for (Phrase.Text text : texts) {
      List<int[]> denied = unless.stream().flatMap(other -> other.locateAll(text).stream())
          .toList();
      Optional<String> found = firstWhere(phrases, (phrase, in, at) -> denied.stream()
          .noneMatch(d -> d[0] < at[1] && at[0] < d[1]) && !deniedInterruption(phrase, in, at)
          && !in.inQuestion(at[0]) // not "Kun je na afloop geen verbinding maken?"
          && !averted(in, at)
          && !PEOPLE_WORKING.matcher(in.words(at[0], at[1])).find(), text);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /**
   * People at work, not a service that works: "Tijdens het onderhoud werken we niet met een
   * wachtrij" (the stems make "werkt … niet" match "werken we niet").
   */
  private static final Pattern PEOPLE_WORKING = Pattern.compile(
      "(?iu)(?<![\\p{L}])werk\\p{L}*\\s+(?:we|wij|ze|zij|jullie|ik|u|je)(?![\\p{L}])");

  /**
   * Words before an interruption that make it one to prevent or a risk, not one that happens: "om
   * volledige uitval in de toekomst te voorkomen", "to reduce the risk of a full outage", "in the
   * unlikely event of a full outage".
   */
  private static final Pattern AVERTED_BEFORE = Pattern.compile("(?<![\\p{L}])(?:to prevent|to"
      + " avoid|risk of|chance of|in the event of|in the unlikely event of|in case of|risico op"
      + "|kans op|in het geval van|in het onwaarschijnlijke geval van)(?:\\s+[\\p{L}-]+)?\\s*$");

  /** Words after an interruption that make it one to prevent: "uitval … te voorkomen". */
  private static final Pattern AVERTED_AFTER = Pattern.compile("^(?:\\s+[\\p{L}-]+){0,4}?\\s+te"
      + "\\s+(?:voorkomen|vermijden)(?![\\p{L}])");

  /** Whether the interruption at {@code at} is one to prevent or a risk (see above). */
  private static boolean averted(Phrase.Text text, int[] at) {
    return AVERTED_BEFORE.matcher(text.clauseBefore(at[0])).find()
        || AVERTED_AFTER.matcher(text.clauseAfter(at[1])).find();
  }

  /** Where a phrase was found: {@code at} = [start, end) in {@code text}. */
  @FunctionalInterface
  private interface Occurrence {
    boolean test(Phrase phrase, Phrase.Text text, int[] at);
  }

  /**
   * The words, as written, of the first place one of {@code phrases} is found in {@code texts}
   * (text by text, phrase by phrase) that passes {@code keep}.
   */
  private static Optional<String> firstWhere(List<Phrase> phrases, Occurrence keep,
      Phrase.Text... texts) {
    for (Phrase.Text text : texts) {
      for (Phrase phrase : phrases) {
        for (int[] at : phrase.locateAll(text)) {
          if (keep.test(phrase, text, at)) {
            return Optional.of(text.words(at[0], at[1]));
          }
        }
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
