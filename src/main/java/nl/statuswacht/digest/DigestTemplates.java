package nl.statuswacht.digest;

import nl.statuswacht.notify.AlertTemplates.Language;

/** STUB until the content lands. */
public final class DigestTemplates {
  public record Rendered(String subject, String text, String html, String ics) {}

  public Rendered render(DigestReport report, Language language, String from) {
    StringBuilder text = new StringBuilder("week " + report.week().label() + "\n");
    report.weekPosts().forEach(p -> text.append(p.judged().title()).append('\n'));
    return new Rendered("[statuswacht] digest " + report.week().label(), text.toString(),
        "<html><body><pre>" + text + "</pre></body></html>", null);
  }
}
