package nl.statuswacht.words;

import java.util.Map;
import nl.statuswacht.change.Change;
import nl.statuswacht.model.Window;

/**
 * A change to a post as one line of the update mails' "what changed" part, in Dutch or English,
 * times spelled out in Europe/Amsterdam: "tijdvak verplaatst van zaterdag 28 maart 2026 21:00 –
 * zondag 29 maart 2026 07:30 naar zaterdag 4 april 2026 21:00 – 23:00". Sentences from the
 * bundle's {@code change.*} keys.
 */
public final class ChangeWords {
  public static final ChangeWords ENGLISH = new ChangeWords(Bundle.EN);
  public static final ChangeWords DUTCH = new ChangeWords(Bundle.NL);

  private final Bundle words;

  private ChangeWords(Bundle words) {
    this.words = words;
  }

  public static ChangeWords of(boolean dutch) {
    return dutch ? DUTCH : ENGLISH;
  }

  /** The line for {@code change}. */
  public String line(Change change) {
    if (change instanceof Change.Status s) {
      return words.text("change.status", Map.of("before", dash(s.before()),
          "after", dash(s.after())));
    }
    if (change instanceof Change.NewUpdates u) {
      return words.text(u.count() == 1 ? "change.updates.one" : "change.updates.many",
          Map.of("n", Integer.toString(u.count())));
    }
    if (change instanceof Change.Title t) {
      return words.text("change.title", Map.of("title", t.title()));
    }
    if (change instanceof Change.WindowMoved w) {
      String key = w.after() == null ? "change.window.dropped"
          : w.before() == null ? "change.window.set" : "change.window.moved";
      return words.text(key, Map.of("before", window(w.before()), "after", window(w.after())));
    }
    if (change instanceof Change.EffectiveDate e) {
      return words.text("change.effective", Map.of("before", words.date(e.before()),
          "after", words.date(e.after())));
    }
    if (change instanceof Change.PriorityChanged p) {
      return words.text("change.priority", Map.of("before", words.orUnknown(p.before()),
          "after", words.orUnknown(p.after())));
    }
    if (change instanceof Change.CategoryChanged c) {
      return words.text("change.category", Map.of(
          "before", c.before() == null ? words.text("unknown")
              : words.text("category." + c.before().name()),
          "after", c.after() == null ? words.text("unknown")
              : words.text("category." + c.after().name())));
    }
    return words.text("change.text");
  }

  private String window(Window window) {
    return window == null ? words.text("none") : words.stretch(window.start(), window.end());
  }

  private static String dash(String status) {
    return status.isEmpty() ? "—" : status;
  }
}
