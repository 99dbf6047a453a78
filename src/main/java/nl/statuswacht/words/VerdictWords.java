package nl.statuswacht.words;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.statuswacht.calendar.BusinessCalendar;
import nl.statuswacht.calendar.WindowCheck;
import nl.statuswacht.model.Verdict;
import nl.statuswacht.model.VerdictDetail;
import nl.statuswacht.model.VerdictDetail.AllowedHours;
import nl.statuswacht.model.VerdictDetail.Target;
import nl.statuswacht.model.VerdictDetail.TargetResult;

/**
 * A verdict in words, Dutch or English: what the rule required, what happened, and why. The
 * sentences are those of the bundle under the key of the verdict's detail type ({@code
 * ChangeNotice.required}, {@code ChangeNotice.reason.VIOLATION}, ...); this class only fills in
 * the detail's values, formatted for the language (times to the minute in Europe/Amsterdam).
 */
public final class VerdictWords {
  public static final VerdictWords ENGLISH = new VerdictWords(Bundle.EN, false);
  public static final VerdictWords DUTCH = new VerdictWords(Bundle.NL, true);

  private final Bundle words;
  private final boolean dutch;

  private VerdictWords(Bundle words, boolean dutch) {
    this.words = words;
    this.dutch = dutch;
  }

  public static VerdictWords of(boolean dutch) {
    return dutch ? DUTCH : ENGLISH;
  }

  /** What the rule required: "announced by 2026-03-02 (10 business days before 2026-03-16)". */
  public String required(Verdict verdict) {
    return sentence(verdict, "required");
  }

  /** What happened: "announced 2026-03-05". */
  public String actual(Verdict verdict) {
    return sentence(verdict, "actual");
  }

  /** Why the outcome is what it is, one or two sentences. */
  public String reason(Verdict verdict) {
    String reason = sentence(verdict, "reason");
    String stated = verdict.detail() instanceof VerdictDetail.RestorationOpen open
        ? open.statedPriorities()
        : verdict.detail() instanceof VerdictDetail.RestorationDone done
            ? done.statedPriorities() : null;
    if (stated == null) {
      return reason;
    }
    return reason + " " + words.text("highestOf", Map.of("stated", stated,
        "priority", words.orUnknown(priority(verdict.detail()))));
  }

  /** A restoration target: "95% within 4 hours", "100% binnen 2 werkdagen". */
  public String target(Target target) {
    String key = (target.businessDays() ? "target.days" : "target.hours")
        + (target.amount() == 1 ? ".one" : ".many");
    return words.text(key, Map.of("percent", Integer.toString(target.percent()),
        "amount", Integer.toString(target.amount())));
  }

  private String sentence(Verdict verdict, String part) {
    String type = verdict.detail().getClass().getSimpleName();
    String key = type + "." + part;
    String specific = key + "." + verdict.outcome().name();
    return words.text(words.has(specific) ? specific : key, values(verdict.detail()));
  }

  /** The values of a detail, formatted for the language, by the names the sentences use. */
  private Map<String, String> values(VerdictDetail detail) {
    Map<String, String> v = new HashMap<>();
    if (detail instanceof VerdictDetail.CalendarPublication d) {
      v.put("year", Integer.toString(d.year()));
      v.put("published", words.orUnknown(d.published()));
    } else if (detail instanceof VerdictDetail.CalendarMissing d) {
      v.put("year", Integer.toString(d.year()));
    } else if (detail instanceof VerdictDetail.ChangeNoNoticeNeeded d) {
      v.put("class", words.orUnknown(d.impactClass()));
      v.put("announced", words.orUnknown(d.announced()));
      v.put("effective", words.orUnknown(d.effective()));
    } else if (detail instanceof VerdictDetail.ChangeUnstated d) {
      v.put("class", words.orUnknown(d.impactClass()));
      v.put("effective", words.orUnknown(d.effective()));
      v.put("announced", words.time(d.announced()));
      String missing = d.impactClass() == null ? "class"
          : d.effective() == null ? "effective" : "announced";
      v.put("missing", words.text("ChangeUnstated.missing." + missing));
    } else if (detail instanceof VerdictDetail.ChangeNotice d) {
      v.put("class", d.impactClass().toString());
      v.put("months", Integer.toString(d.months()));
      v.put("announced", d.announced().toString());
      v.put("effective", d.effective().toString());
      v.put("earliest", d.earliest().toString());
    } else if (detail instanceof VerdictDetail.NoticeDowntimeUnknown d) {
      v.put("days", Integer.toString(d.businessDays()));
    } else if (detail instanceof VerdictDetail.NoticeNoStart d) {
      v.put("days", Integer.toString(d.businessDays()));
    } else if (detail instanceof VerdictDetail.MaintenanceNotice d) {
      v.put("days", Integer.toString(d.businessDays()));
      v.put("start", d.start().toString());
      v.put("latest", d.latest().toString());
      v.put("announced", d.announced().toString());
    } else if (detail instanceof VerdictDetail.WindowDowntimeUnknown d) {
      v.put("allowed", allowed(d.allowed()));
    } else if (detail instanceof VerdictDetail.WindowIncomplete d) {
      v.put("allowed", allowed(d.allowed()));
    } else if (detail instanceof VerdictDetail.WindowChecked d) {
      v.put("allowed", allowed(d.allowed()));
      v.put("start", words.time(d.start()));
      v.put("end", words.time(d.end()));
      v.put("outside", String.join(", ", d.outside().stream().map(p -> {
        WindowCheck.Outside part = new WindowCheck.Outside(p.start(), p.end());
        return dutch ? part.describeNl() : part.describe();
      }).toList()));
    } else if (detail instanceof VerdictDetail.RestorationBackwards d) {
      v.put("started", words.time(d.started()));
      v.put("resolved", words.time(d.resolved()));
    } else if (detail instanceof VerdictDetail.RestorationUnstated d) {
      v.put("priority", words.orUnknown(d.priority()));
      v.put("started", words.time(d.started()));
      v.put("missing", words.text("RestorationUnstated.missing."
          + (d.priority() == null ? "priority" : "started")));
    } else if (detail instanceof VerdictDetail.RestorationOpen d) {
      restoration(v, d.priority(), d.targets(), d.longest());
      v.put("started", words.time(d.started()));
      v.put("deadline", words.time(d.longest().deadline()));
    } else if (detail instanceof VerdictDetail.RestorationDone d) {
      restoration(v, d.priority(), d.targets(), d.longest());
      v.put("took", words.span(d.took()));
      v.put("results", String.join("; ", d.targets().stream()
          .map(r -> words.text(Boolean.TRUE.equals(r.met()) ? "target.met" : "target.missed",
              Map.of("target", target(r.target()))))
          .toList()));
    }
    return v;
  }

  private void restoration(Map<String, String> v, Object priority, List<TargetResult> targets,
      TargetResult longest) {
    v.put("priority", words.orUnknown(priority));
    v.put("targets", String.join("; ", targets.stream().map(r -> target(r.target())).toList()));
    v.put("longest", target(longest.target()));
  }

  private String allowed(AllowedHours allowed) {
    String key = allowed.holidaysAsWeekend() ? "allowed.holidays"
        : allowed.weekends() ? "allowed.weekends" : "allowed.nights";
    return words.text(key, Map.of("from", allowed.nightStart().toString(),
        "to", allowed.nightEnd().toString(), "zone", BusinessCalendar.AMSTERDAM.getId()));
  }

  private static Object priority(VerdictDetail detail) {
    return detail instanceof VerdictDetail.RestorationOpen open ? open.priority()
        : detail instanceof VerdictDetail.RestorationDone done ? done.priority() : null;
  }
}
