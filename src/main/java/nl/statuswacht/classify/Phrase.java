package nl.statuswacht.classify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One entry of the vocabulary, matched as whole words, case-insensitively, in any inflected form:
 * {@code "storing"} matches "storingen", {@code "mislukken"} matches "mislukte", {@code "error"}
 * matches "errors" (see {@link Stems}). {@code "niet beschikbaar"} matches "is de API niet
 * beschikbaar" but not "nietbeschikbaar". An ellipsis stands for up to six words within a
 * sentence ({@code "blijft … beschikbaar"} matches "blijft de KVK API gewoon beschikbaar"); a
 * trailing {@code *} on the last word matches any word that starts so ({@code "uitfaser*"}); a
 * leading {@code *} on a word matches any word that ends so, a Dutch compound ({@code "*storing"}
 * matches "netwerkstoringen"). A word written with a capital is a name: it matches only a word
 * written with a capital that does not open its sentence, a label's value or a list item ({@code
 * "Zoeken"} matches "de respons van Zoeken", not "zoeken", "Zoeken lukt niet" nor "Let op: Zoeken
 * …").
 *
 * <p>Phrases are matched against a {@link Text}: its words, their stems in the text's language,
 * and an index from stem to position, made once per text.
 *
 * <p>Over 300 lines: a phrase and the indexed text it is matched against ({@code Text}) are one
 * matcher: the stem index, the bit filter and the word gaps are written for each other.
 */
public final class Phrase {
  /** How many words an ellipsis may stand for. */
  static final int GAP = 6;

  /** How far before or after a word its clause is read ("zo nodig via …"). */
  static final int CLAUSE = 10;

  /** Compiled once: a vocabulary has hundreds of phrases ({@link #of}). */
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  /** One word of a phrase, or a gap. */
  /**
   * One word of a phrase; {@code ends}, for a compound's head ("*storing"), the last letters of
   * its keys as bits ({@link #lastLetters}): a word none of whose keys ends in one of them cannot
   * end with the head, and is passed over without comparing its keys.
   */
  private record Item(Stems.Keys keys, boolean prefix, boolean suffix, boolean gap, long ends,
      boolean name) {}

  /** One word of a phrase as written (not yet stemmed), or a gap. */
  private record Word(String word, boolean prefix, boolean suffix, boolean gap, boolean name) {}

  /**
   * A phrase's words stemmed, and the hash codes of the first word's keys (word, three Dutch,
   * English), kept so that a text's filter is asked without reaching for the strings themselves.
   */
  private record Compiled(Item[] items, int[] firstHashes) {}

  private final String text;
  private final Word[] words;
  /**
   * Stemmed when the phrase is first matched, not when the vocabulary is loaded: a command that
   * classifies nothing (a poll of an unchanged page, {@code report}) runs no stemmer.
   */
  private volatile Compiled compiled;

  private Phrase(String text, Word[] words) {
    this.text = text;
    this.words = words;
  }

  private Compiled compiled() {
    Compiled known = compiled;
    if (known == null) {
      Item[] items = new Item[words.length];
      for (int i = 0; i < words.length; i++) {
        Word word = words[i];
        Stems.Keys keys = word.gap ? null : Stems.of(word.word);
        items[i] = new Item(keys, word.prefix, word.suffix, word.gap,
            word.suffix ? lastLetters(keys, false) : 0L, word.name);
      }
      known = compiled = new Compiled(items, Index.hashes(items[0].keys));
    }
    return known;
  }

  /**
   * The last letters of {@code k}'s keys as bits (a letter's code modulo 64), and for a word of a
   * text ({@code ofText}) also the letter before an ending "-en" or "-s" (Stems.Keys#endsWith
   * compares a compound's head there too). Two words whose sets share no bit cannot end alike.
   */
  private static long lastLetters(Stems.Keys k, boolean ofText) {
    long bits = bit(k.word(), 1) | bit(k.snowballNl(), 1) | bit(k.kp(), 1)
        | bit(k.kpPresent(), 1) | bit(k.english(), 1);
    if (ofText) {
      String w = k.word();
      if (w.endsWith("en")) {
        bits |= bit(w, 3);
      }
      if (w.endsWith("s")) {
        bits |= bit(w, 2);
      }
    }
    return bits;
  }

  /** The bit of the letter {@code back} places from the end of {@code s}; 0 when there is none. */
  private static long bit(String s, int back) {
    return s.length() < back ? 0L : 1L << (s.charAt(s.length() - back) & 63);
  }

  /** A text prepared for matching: its words, their stems and an index of both. */
  public static final class Text {
    private final String original;
    private final String folded;
    private final int[] starts;
    private final int[] ends;
    private final String[] words;
    /** Whether a sentence break (. ! ? ;) lies between word i-1 and word i. */
    private final boolean[] breakBefore;
    /** Whether word i is joined to word i-1 by a hyphen, slash or apostrophe ("KVK-API"). */
    private final boolean[] joined;
    /** Null until asked for when not given: see {@link #language()}. */
    private Stems.Language language;
    private Stems.Keys[] keys;
    private long[] lastLetters;
    private Index index;

    private Text(String original, Stems.Language language, Spelling spelling) {
      this.original = original;
      this.folded = Stems.lower(original);
      int n = folded.length();
      int[] from = new int[16];
      int[] to = new int[16];
      int size = 0;
      int i = 0;
      while (i < n) {
        int cp = folded.codePointAt(i);
        if (!Character.isLetterOrDigit(cp)) {
          i += Character.charCount(cp);
          continue;
        }
        int start = i;
        while (i < n && Character.isLetterOrDigit(cp = folded.codePointAt(i))) {
          i += Character.charCount(cp);
        }
        if (size == from.length) {
          from = Arrays.copyOf(from, size * 2);
          to = Arrays.copyOf(to, size * 2);
        }
        from[size] = start;
        to[size] = i;
        size++;
      }
      starts = Arrays.copyOf(from, size);
      ends = Arrays.copyOf(to, size);
      words = new String[size];
      breakBefore = new boolean[size];
      joined = new boolean[size];
      for (int w = 0; w < size; w++) {
        words[w] = spelling.read(folded.substring(starts[w], ends[w]));
        breakBefore[w] = w > 0 && isBreak(folded, ends[w - 1], starts[w],
            original.length() == folded.length() ? original : null);
        joined[w] = w > 0 && starts[w] - ends[w - 1] == 1
            && "-/'\u2019".indexOf(folded.charAt(ends[w - 1])) >= 0;
      }
      this.language = language;
    }

    /** The same words compared in another language: shares the words, not the index. */
    private Text(Text words, Stems.Language language) {
      this.original = words.original;
      this.folded = words.folded;
      this.starts = words.starts;
      this.ends = words.ends;
      this.words = words.words;
      this.breakBefore = words.breakBefore;
      this.joined = words.joined;
      this.language = language;
    }

    /** The text, with the language told from its own words. */
    public static Text of(String text) {
      return of(text, null);
    }

    /** The text, its words compared in {@code language} (null: told from its own words). */
    static Text of(String text, Stems.Language language) {
      return of(text, language, Spelling.NONE);
    }

    /**
     * The text, its words compared in {@code language} (null: told from its own words), each long
     * name written with a slip compared as the name ({@link Spelling}).
     */
    static Text of(String text, Stems.Language language, Spelling spelling) {
      return new Text(text == null ? "" : foldSpace(text), language, spelling);
    }

    /**
     * The texts, their words compared in the one language told from all their words together:
     * the language {@code of(a + " " + b)} tells, without reading the words a second time. (A
     * null text is read as empty; joined it would be the word "null", which tells no language.)
     */
    static List<Text> inOneLanguage(Spelling spelling, String... texts) {
      List<Text> read = new ArrayList<>(texts.length);
      String[][] words = new String[texts.length][];
      for (int t = 0; t < texts.length; t++) {
        read.add(of(texts[t], null, spelling));
        words[t] = read.get(t).words;
      }
      Stems.Language language = Stems.language(words);
      read.replaceAll(t -> new Text(t, language));
      return read;
    }

    /**
     * Each run of white space (as the regular expression {@code [\s\u00A0]+}: space, tab, line
     * breaks, form feed, no-break space) as one space, then stripped; without a regular
     * expression, and without a copy when there is nothing to fold.
     */
    static String foldSpace(String text) {
      int n = text.length();
      int i = 0;
      while (i < n && !(isSpace(text.charAt(i))
          && (text.charAt(i) != ' ' || (i + 1 < n && isSpace(text.charAt(i + 1)))))) {
        i++;
      }
      if (i == n) {
        return text.strip();
      }
      StringBuilder folded = new StringBuilder(n).append(text, 0, i);
      while (i < n) {
        if (isSpace(text.charAt(i))) {
          folded.append(' ');
          while (i < n && isSpace(text.charAt(i))) {
            i++;
          }
        } else {
          folded.append(text.charAt(i++));
        }
      }
      return folded.toString().strip();
    }

    private static boolean isSpace(char c) {
      return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r'
          || c == '\u00A0';
    }

    /**
     * Whether word {@code w} is written as a name: with a capital, and not the first word of its
     * sentence, of a label's value or of a list item ("de respons van Zoeken", not "Zoeken lukt
     * niet", "Let op: Zoeken …", "- Zoeken …", nor "zoeken"). The text's line breaks are folded
     * into spaces, so a word that opens a line after no full stop counts as a name.
     */
    boolean namedAt(int w) {
      if (w == 0 || breakBefore[w] || original.length() != folded.length()
          || !Character.isUpperCase(original.charAt(starts[w]))) {
        return false;
      }
      int i = starts[w] - 1;
      while (i > ends[w - 1] && Character.isWhitespace(original.charAt(i))) {
        i--;
      }
      return ":-\u2022*|".indexOf(original.charAt(i)) < 0;
    }

    /** The text as written, white space folded. */
    public String original() {
      return original;
    }

    /** The text lower-cased. */
    public String folded() {
      return folded;
    }

    /** The language its words are compared in; told from its own words if not given. */
    Stems.Language language() {
      if (language == null) {
        language = Stems.language(words);
      }
      return language;
    }

    /** The words at [start, end) of the folded text, as they stand in the original. */
    String words(int start, int end) {
      return folded.length() == original.length() ? original.substring(start, end)
          : folded.substring(start, end);
    }

    /** The words before {@code at} in its sentence: at most {@value #CLAUSE} words back. */
    String clauseBefore(int at) {
      return before(at, CLAUSE);
    }

    /** The words before {@code at} from the start of its sentence, however many. */
    String sentenceBefore(int at) {
      return before(at, Integer.MAX_VALUE);
    }

    /** The words before {@code at} in its sentence, at most {@code most} words back. */
    private String before(int at, int most) {
      int w = 0;
      while (w < words.length && ends[w] <= at) {
        w++;
      }
      int from = w;
      while (from > 0 && w - from < most && !breakBefore[from]) {
        from--;
      }
      return from >= w ? "" : words(starts[from], Math.min(at, folded.length()));
    }

    /** The words after {@code at} in its sentence: at most {@value #CLAUSE} words on. */
    String clauseAfter(int at) {
      int w = 0;
      while (w < words.length && starts[w] < at) {
        w++;
      }
      int to = w;
      while (to < words.length && to - w < CLAUSE && (to == w || !breakBefore[to])) {
        to++;
      }
      if (w < words.length && breakBefore[w]) {
        return "";
      }
      return to <= w ? "" : words(at, ends[to - 1]);
    }

    /** Whether the sentence holding the words at {@code at} ends in a question mark. */
    boolean inQuestion(int at) {
      int w = 0;
      while (w < words.length && ends[w] <= at) {
        w++;
      }
      if (w >= words.length) {
        return false;
      }
      int last = lastOfSentence(w);
      if (original.length() == folded.length()) {
        for (int k = w + 1; k <= last; k++) {
          if ((QUESTION_WORDS.contains(words[k]) || LIST_QUESTION_WORDS.contains(words[k])
              && bulleted(starts[k])) && Character.isUpperCase(original.charAt(starts[k]))) {
            // "- Naamgeving: niet beschikbaar Wat moet u doen?": lines run together, and the
            // question begins after the words asked about
            return false;
          }
        }
      }
      int e = ends[last];
      while (e < folded.length() && (folded.charAt(e) == ' ' || folded.charAt(e) == ')'
          || folded.charAt(e) == '"')) {
        e++;
      }
      return e < folded.length() && folded.charAt(e) == '?';
    }

    /**
     * Words a question may begin with: written with a capital after the words {@link #inQuestion}
     * asks about, in the same sentence, they begin the question there (lines run together).
     */
    private static final Set<String> QUESTION_WORDS = Set.of("wat", "wie",
        "waar", "wanneer", "hoe", "waarom", "welke", "welk", "hebt", "heeft", "kunt", "kan",
        "moet", "bent", "what", "when", "where", "how", "why", "which", "who", "do", "does",
        "can", "should");

    /**
     * Words that begin a question of their own only as a list's item: "- KVK API niet
     * beschikbaar - Vragen? Mail de servicedesk" (not "zie Veelgestelde Vragen").
     */
    private static final Set<String> LIST_QUESTION_WORDS = Set.of("vragen", "questions");

    /** Whether a list's bullet ("-", "•", "*") stands right before {@code at}. */
    private boolean bulleted(int at) {
      int i = at - 1;
      while (i >= 0 && Character.isWhitespace(original.charAt(i))) {
        i--;
      }
      return i >= 0 && "-\u2022*\u2013".indexOf(original.charAt(i)) >= 0;
    }

    /** The words after {@code at} to the end of its sentence, however many. */
    String sentenceAfter(int at) {
      int w = 0;
      while (w < words.length && starts[w] < at) {
        w++;
      }
      if (w >= words.length || breakBefore[w]) {
        return "";
      }
      return words(at, ends[lastOfSentence(w)]);
    }

    /** The words of the sentence after the one holding the words at {@code at}; "" if none. */
    String nextSentence(int at) {
      int w = 0;
      while (w < words.length && ends[w] <= at) {
        w++;
      }
      int next = w >= words.length ? words.length : lastOfSentence(w) + 1;
      return next >= words.length ? "" : words(starts[next], ends[lastOfSentence(next)]);
    }

    /** The index of the last word of the sentence that holds word {@code w}. */
    private int lastOfSentence(int w) {
      int to = w + 1;
      while (to < words.length && !breakBefore[to]) {
        to++;
      }
      return to - 1;
    }

    /**
     * Whether the characters between two words end a clause. {@code cased}, the text as written
     * (or null when its case cannot be told), tells a full stop after an abbreviation from one
     * that ends a sentence.
     */
    private static boolean isBreak(String text, int from, int to, String cased) {
      for (int i = from; i < to; i++) {
        char c = text.charAt(i);
        if (c == '!' || c == '?' || c == ';'
            || (c == '.' && endsAfter(text, i + 1) && !abbreviation(text, i, to, cased))) {
          return true;
        }
      }
      return false;
    }

    /**
     * Whether the text ends at {@code at} or white space follows, perhaps after a closing quote:
     * "… wegens gepland onderhoud.' De meesten" ends a sentence quoted (not "etc.) werkt": a
     * bracket closes a list more often than a sentence).
     */
    private static boolean endsAfter(String text, int at) {
      int i = at;
      if (i < text.length() && "'\"\u2019\u201D".indexOf(text.charAt(i)) >= 0) {
        i++;
      }
      return i >= text.length() || Character.isWhitespace(text.charAt(i));
    }

    /**
     * Whether the full stop at {@code dot} ends an abbreviation rather than a sentence: "kunt u
     * i.v.m. onderhoud geen", "o.a. de", "ca. 10 minuten" (a single letter or a word of {@link
     * #ABBREVIATIONS}, and the next word starts with a small letter or a digit, as {@code cased}
     * shows: "since 9:10 a.m. Other services" is two sentences).
     */
    private static boolean abbreviation(String text, int dot, int next, String cased) {
      if (cased == null || next >= cased.length()
          || !(Character.isLowerCase(cased.charAt(next)) || Character.isDigit(cased.charAt(next)))) {
        return false;
      }
      int start = dot;
      while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
        start--;
      }
      return dot - start == 1 || ABBREVIATIONS.contains(text.substring(start, dot));
    }

    private static final Set<String> ABBREVIATIONS = Set.of("ca", "bijv",
        "incl", "excl", "evt", "nr", "resp", "vgl", "zgn", "approx", "vs", "mr", "dhr", "mevr",
        "ing", "drs");

    private Stems.Keys keys(int w) {
      if (keys == null) {
        keys = new Stems.Keys[words.length];
      }
      if (keys[w] == null) {
        keys[w] = Stems.of(words[w]);
      }
      return keys[w];
    }

    /** As {@link Phrase#lastLetters}, for word {@code w}; made on first use. */
    private long lastLetters(int w) {
      if (lastLetters == null) {
        lastLetters = new long[words.length];
      }
      if (lastLetters[w] == 0L) {
        lastLetters[w] = Phrase.lastLetters(keys(w), true) | 1L; // never 0 once made
      }
      return lastLetters[w];
    }

    /**
     * The positions of each word and of each of its keys, made on first use. Words, Dutch keys
     * and English keys each have a map of their own, since keys of different kinds are never
     * compared; the maps are keyed by the keys themselves (long-lived strings of the stem cache
     * and of the vocabulary, whose hash codes are computed once) rather than by prefixed copies
     * made again for every lookup.
     */
    private Index index() {
      if (index == null) {
        index = new Index(words.length, language());
        for (int w = 0; w < words.length; w++) {
          index.add(keys(w), w);
        }
      }
      return index;
    }
  }

  /**
   * The positions of a text's words per key, each list ascending and without repeats; and a bit
   * filter of the keys' hash codes. Most words of the vocabulary are in no given text, and the
   * filter says so without a lookup in the maps (a set bit only says the key may be there).
   */
  private static final class Index {
    /** Bits of filter per key of the text: few enough false hits, small enough to stay in cache. */
    private static final int FILTER_BITS_PER_KEY = 8;
    private static final int MAX_FILTER_BITS = 1 << 14;

    private final Stems.Language language;
    private final Map<String, Positions> words;
    private final Map<String, Positions> dutch;
    private final Map<String, Positions> english;
    private final long[] filter;
    private final int filterMask;

    Index(int size, Stems.Language language) {
      this.language = language;
      this.words = new HashMap<>(size * 2);
      this.dutch = language.dutch() ? new HashMap<>(size * 4) : Map.of();
      this.english = language.english() ? new HashMap<>(size * 2) : Map.of();
      int bits = Math.min(MAX_FILTER_BITS,
          Integer.highestOneBit(Math.max(64, size * 5 * FILTER_BITS_PER_KEY) - 1) << 1);
      this.filter = new long[bits / 64];
      this.filterMask = bits - 1;
    }

    /** The hash codes of the keys, in the order word, the three Dutch keys, the English key. */
    static int[] hashes(Stems.Keys k) {
      return new int[] {k.word().hashCode(), k.snowballNl().hashCode(),
          k.kp().hashCode(), k.kpPresent().hashCode(), k.english().hashCode()};
    }

    private int bit(int hash) {
      return (hash ^ (hash >>> 16)) & filterMask;
    }

    private boolean mayHave(int hash) {
      int b = bit(hash);
      return (filter[b >>> 6] & 1L << b) != 0;
    }

    void add(Stems.Keys k, int w) {
      add(words, k.word(), w);
      if (language.dutch()) {
        add(dutch, k.snowballNl(), w);
        add(dutch, k.kp(), w);
        add(dutch, k.kpPresent(), w);
      }
      if (language.english()) {
        add(english, k.english(), w);
      }
    }

    private void add(Map<String, Positions> map, String key, int w) {
      int b = bit(key.hashCode());
      filter[b >>> 6] |= 1L << b;
      Positions at = map.get(key);
      if (at == null) {
        at = new Positions();
        map.put(key, at);
      }
      at.add(w);
    }

    /**
     * The positions of the words sharing a key with {@code k} (whose hash codes are
     * {@code hashes}): one list per key of {@code k}, in the order word, the three Dutch keys,
     * the English key; null where no word has it.
     */
    Positions[] candidates(Stems.Keys k, int[] hashes) {
      Positions[] out = new Positions[5];
      out[0] = mayHave(hashes[0]) ? words.get(k.word()) : null;
      if (language.dutch()) {
        out[1] = mayHave(hashes[1]) ? dutch.get(k.snowballNl()) : null;
        out[2] = mayHave(hashes[2]) ? dutch.get(k.kp()) : null;
        out[3] = mayHave(hashes[3]) ? dutch.get(k.kpPresent()) : null;
      }
      if (language.english() && k.englishTrims()) { // see Stems.Keys#matches
        out[4] = mayHave(hashes[4]) ? english.get(k.english()) : null;
      }
      return out;
    }
  }

  /** A growing list of word positions without boxing; a repeat of the last one is dropped. */
  private static final class Positions {
    private int[] at = new int[2];
    private int size;

    void add(int w) {
      if (size > 0 && at[size - 1] == w) {
        return;
      }
      if (size == at.length) {
        at = Arrays.copyOf(at, size * 2);
      }
      at[size++] = w;
    }
  }

  /** Compiles a vocabulary entry; blank entries are refused. */
  public static Phrase of(String entry) {
    String text = SPACES.matcher(Stems.lower(entry.strip())).replaceAll(" ");
    if (text.isEmpty() || text.equals("*")) {
      throw new IllegalArgumentException("an empty phrase matches everything");
    }
    List<Word> items = new ArrayList<>();
    String[] parts = text.split(" ");
    String[] written = SPACES.matcher(entry.strip()).replaceAll(" ").split(" ");
    for (int p = 0; p < parts.length; p++) {
      String part = parts[p];
      if (part.equals("…") || part.equals("...")) {
        if (items.isEmpty() || p == parts.length - 1) {
          throw new IllegalArgumentException("an ellipsis stands between words, not at an end");
        }
        items.add(new Word(null, false, false, true, false));
        continue;
      }
      boolean suffix = part.startsWith("*");
      boolean prefix = p == parts.length - 1 && part.endsWith("*");
      String[] subwords = NOT_WORD.split(part.replace("*", " ").strip());
      List<String> kept = new ArrayList<>(Arrays.asList(subwords));
      kept.removeIf(String::isEmpty);
      if (kept.isEmpty()) {
        throw new IllegalArgumentException("'" + part + "' has no word in it");
      }
      boolean name = Character.isUpperCase(written[p].charAt(0));
      for (int s = 0; s < kept.size(); s++) {
        items.add(new Word(kept.get(s), prefix && s == kept.size() - 1, suffix && s == 0,
            false, name));
      }
    }
    return new Phrase(text, items.toArray(new Word[0]));
  }

  /** The words of {@code text} this phrase matches, as they stand there. */
  public Optional<String> find(String text) {
    return find(Text.of(text));
  }

  /** The words of {@code text} this phrase matches (the first place), as they stand there. */
  public Optional<String> find(Text text) {
    int[] at = locate(text);
    return at == null ? Optional.empty() : Optional.of(text.words(at[0], at[1]));
  }

  /** The [start, end) of the first match in the folded text, or null. */
  int[] locate(Text text) {
    if (text.words.length == 0) {
      return null;
    }
    Compiled phrase = compiled();
    Item[] items = phrase.items;
    int[] firstHashes = phrase.firstHashes;
    Item first = items[0];
    if (first.prefix || first.suffix) {
      for (int w = 0; w < text.words.length; w++) {
        int end = match(items, text, 0, w);
        if (end >= 0) {
          return new int[] {text.starts[w], text.ends[end]};
        }
      }
      return null;
    }
    int best = -1;
    int bestEnd = -1;
    for (Positions candidates : text.index().candidates(first.keys, firstHashes)) {
      if (candidates == null) {
        continue;
      }
      for (int c = 0; c < candidates.size; c++) {
        int w = candidates.at[c];
        if (best >= 0 && w >= best) {
          break;
        }
        int end = match(items, text, 0, w);
        if (end >= 0) {
          best = w;
          bestEnd = end;
          break;
        }
      }
    }
    return best < 0 ? null : new int[] {text.starts[best], text.ends[bestEnd]};
  }

  /** Every place this phrase matches, in order, without overlaps: [start, end) each. */
  List<int[]> locateAll(Text text) {
    List<int[]> out = new ArrayList<>();
    if (text.words.length == 0) {
      return out;
    }
    Compiled phrase = compiled();
    Item[] items = phrase.items;
    int[] firstHashes = phrase.firstHashes;
    Item first = items[0];
    boolean[] candidate = new boolean[text.words.length];
    if (first.prefix || first.suffix) {
      Arrays.fill(candidate, true);
    } else {
      for (Positions at : text.index().candidates(first.keys, firstHashes)) {
        for (int c = 0; at != null && c < at.size; c++) {
          candidate[at.at[c]] = true;
        }
      }
    }
    int next = 0;
    for (int w = 0; w < candidate.length; w++) {
      if (!candidate[w] || w < next) {
        continue;
      }
      int end = match(items, text, 0, w);
      if (end >= 0) {
        out.add(new int[] {text.starts[w], text.ends[end]});
        next = end + 1;
      }
    }
    return out;
  }

  /** Matches items[i..] from word w on; the index of the last word matched, or -1. */
  private static int match(Item[] items, Text text, int i, int w) {
    if (i == items.length) {
      return w - 1;
    }
    Item item = items[i];
    if (item.gap) {
      if (w < text.words.length && text.breakBefore[w]) {
        return -1; // a gap does not reach into the next sentence
      }
      int skipped = 0; // words, a hyphenated compound ("Handelsregister-extract") counting once
      for (int at = w; at <= text.words.length && skipped <= GAP; at++) {
        if (at > w && at < text.words.length && text.breakBefore[at]) {
          break;
        }
        int end = match(items, text, i + 1, at);
        if (end >= 0) {
          return end;
        }
        if (at < text.words.length && !text.joined[at]) {
          skipped++;
        }
      }
      return -1;
    }
    if (w >= text.words.length || (i > 0 && text.breakBefore[w])) {
      return -1;
    }
    if (!matches(item, text, w)) {
      return -1;
    }
    return match(items, text, i + 1, w + 1);
  }

  private static boolean matches(Item item, Text text, int w) {
    if (item.name && !text.namedAt(w)) {
      return false;
    }
    String word = text.words[w];
    if (item.prefix) {
      return word.startsWith(item.keys.word());
    }
    Stems.Keys keys = text.keys(w);
    if (item.suffix) {
      return (text.lastLetters(w) & item.ends) != 0 && keys.endsWith(item.keys, text.language());
    }
    return keys.matches(item.keys, text.language());
  }

  /** Whether the phrase has an ellipsis: words between its words ("blijft … beschikbaar"). */
  boolean hasGap() {
    for (Word word : words) {
      if (word.gap) {
        return true;
      }
    }
    return false;
  }

  /** The entry as written in the vocabulary, lower-cased. */
  public String text() {
    return text;
  }

  @Override
  public String toString() {
    return text;
  }
}
