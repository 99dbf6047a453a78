package nl.statuswacht.read;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.statuswacht.model.PostUpdate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads an incident.io feed item: {@code <b>Status: Resolved</b><br/><br/>text<br/><br/><b>Affected
 * components</b><ul><li>Search (Operational)</li></ul>}. Such an item holds only the incident's
 * latest state, so its timeline is that one update, dated at the item's own date.
 */
final class IncidentIoItem {
  private static final Pattern STATUS = Pattern.compile("Status:\\s*(.+)");
  private static final Pattern COMPONENT = Pattern.compile("(.+?)\\s*\\(([^()]*)\\)\\s*");

  private IncidentIoItem() {}

  /** The latest state and the affected components, if {@code html} is such an item. */
  record State(PostUpdate update, List<String> components) {}

  static Optional<State> parse(String html, Instant dated) {
    if (html == null || dated == null || !html.contains("Status:")) {
      return Optional.empty();
    }
    Document document = Jsoup.parseBodyFragment(html);
    Element status = document.selectFirst("b, strong");
    Matcher m = status == null ? null : STATUS.matcher(Texts.collapse(status.text()));
    if (m == null || !m.matches()) {
      return Optional.empty();
    }
    List<String> components = document.select("ul li").stream()
        .map(li -> Texts.collapse(li.text()))
        .map(text -> {
          Matcher c = COMPONENT.matcher(text);
          return c.matches() ? c.group(1) : text;
        })
        .toList();
    Element body = document.body().clone();
    body.select("b, strong").forEach(Element::remove);
    body.select("ul").remove();
    return Optional.of(new State(
        new PostUpdate(dated, Texts.collapse(m.group(1)), Texts.ofHtml(body.html())),
        components));
  }
}
