package nl.statuswacht.web;

import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import nl.statuswacht.config.Config;
import nl.statuswacht.digest.DigestPost;
import nl.statuswacht.model.Category;
import nl.statuswacht.model.Classification;
import nl.statuswacht.model.Verdict;
import nl.statuswacht.notify.IcsInvites;
import nl.statuswacht.rules.Scoreboard;
import nl.statuswacht.words.VerdictWords;

/** The Atom feed of classified posts and the calendar of announced downtime windows. */
final class Feeds {
  private static final String PRODID = "-//statuswacht//statuswacht//NL";
  private Feeds() {}

  /**
   * Every post's current version, newest announcement first: category and priority in the
   * title, the verdicts in the content.
   */
  static String atom(List<DigestPost> posts, Config config, Map<String, Long> ids,
      Instant now) {
    String base = base(config);
    SyndFeed feed = new SyndFeedImpl();
    feed.setFeedType("atom_1.0");
    feed.setTitle("statuswacht: " + config.source());
    feed.setLink(base + "/");
    feed.setUri(base + "/feed.atom");
    feed.setDescription("Posts of " + config.source() + " as statuswacht classified and judged"
        + " them");
    feed.setPublishedDate(Date.from(now));
    List<SyndEntry> entries = new ArrayList<>();
    for (DigestPost post : posts.stream().sorted(Comparator.comparing(
        (DigestPost p) -> when(p.judged()), Comparator.nullsLast(Comparator.reverseOrder())))
        .toList()) {
      Scoreboard.Judged j = post.judged();
      Classification c = j.classification();
      SyndEntry entry = new SyndEntryImpl();
      String category = c == null || c.category() == null ? "UNKNOWN" : c.category().name();
      String priority = c == null || c.priority() == null ? "" : " " + c.priority().name();
      entry.setTitle("[" + category + priority + "] " + j.title());
      Long id = ids.get(j.key());
      entry.setUri("urn:statuswacht:post:" + j.key() + ":" + post.version());
      entry.setLink(id == null ? j.link() : base + "/posts/" + id);
      Instant when = when(j);
      entry.setPublishedDate(when == null ? null : Date.from(when));
      entry.setUpdatedDate(when == null ? Date.from(now) : Date.from(when));
      SyndCategoryImpl term = new SyndCategoryImpl();
      term.setName(category);
      entry.setCategories(List.of(term));
      StringBuilder text = new StringBuilder();
      if (j.link() != null) {
        text.append("Post: ").append(j.link()).append('\n');
      }
      if (j.verdicts().isEmpty()) {
        text.append("No service level applies.\n");
      }
      for (Verdict v : j.verdicts()) {
        text.append(v.rule()).append(": ").append(v.outcome()).append(" — ")
            .append(VerdictWords.ENGLISH.reason(v)).append('\n');
      }
      SyndContent content = new SyndContentImpl();
      content.setType("text");
      content.setValue(text.toString());
      entry.setContents(List.of(content));
      entries.add(entry);
    }
    feed.setEntries(entries);
    try {
      return new SyndFeedOutput().outputString(feed);
    } catch (FeedException e) {
      throw new IllegalStateException("feed: cannot write Atom: " + e.getMessage(), e);
    }
  }

  private static Instant when(Scoreboard.Judged j) {
    return j.announced() != null ? j.announced() : j.firstSeen();
  }

  /**
   * Every announced downtime window (planned or emergency maintenance with a start and an end,
   * not called off) as one published calendar: the UID and SEQUENCE of the mail invitations, so
   * a calendar that has both keeps one event.
   */
  static String calendar(List<DigestPost> posts, Config config, Instant now) {
    String from = config.mail().from();
    List<IcsInvites.Invite> invites = new ArrayList<>();
    for (DigestPost post : posts) {
      Classification c = post.judged().classification();
      boolean maintenance = c != null && (c.category() == Category.PLANNED_MAINTENANCE
          || c.category() == Category.EMERGENCY_MAINTENANCE);
      if (!maintenance || !Boolean.TRUE.equals(c.downtime()) || c.window() == null
          || c.window().start() == null || c.window().end() == null || post.cancelled()) {
        continue;
      }
      String title = oneLine(post.judged().title());
      String link = post.judged().link();
      invites.add(new IcsInvites.Invite(IcsInvites.uid(post.judged().key(), from),
          post.version(), now, c.window().start(), c.window().end(), title,
          link == null ? title : title + "\n" + link,
          link != null && link.startsWith("http") ? link : null, from));
    }
    if (invites.isEmpty()) {
      // no window: a calendar with no event (ical4j writes none without one)
      return "BEGIN:VCALENDAR\r\nPRODID:" + PRODID + "\r\nVERSION:2.0\r\nCALSCALE:GREGORIAN\r\n"
          + "METHOD:PUBLISH\r\nEND:VCALENDAR\r\n";
    }
    return IcsInvites.publish(invites);
  }

  private static String oneLine(String text) {
    return text == null ? "" : text.replaceAll("\\s+", " ").strip();
  }

  /** Where links point: {@code web.public-url}, else the address the server listens on. */
  static String base(Config config) {
    if (config.web().publicUrl() != null) {
      String url = config.web().publicUrl().toString();
      return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
    String host = config.web().host() == null ? "localhost" : config.web().host();
    return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":"
        + config.web().port();
  }
}
