package nl.statuswacht.poll;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.statuswacht.change.Change;
import nl.statuswacht.config.Config;
import nl.statuswacht.config.Subscriber;
import nl.statuswacht.model.Category;
import nl.statuswacht.model.Classification;
import nl.statuswacht.model.Outcome;
import nl.statuswacht.model.PlatformHints;
import nl.statuswacht.model.Post;
import nl.statuswacht.model.Rule;
import nl.statuswacht.model.Verdict;
import nl.statuswacht.notify.Alert;
import nl.statuswacht.notify.AlertTemplates;
import nl.statuswacht.notify.IcsInvites;
import nl.statuswacht.notify.MessageIds;
import nl.statuswacht.rules.Restoration;
import nl.statuswacht.rules.Rules;
import nl.statuswacht.store.EventKey;
import nl.statuswacht.store.EventKind;
import nl.statuswacht.store.HealthRepository;
import nl.statuswacht.store.OutboxRepository;
import nl.statuswacht.store.PostRepository;
import nl.statuswacht.store.PostRepository.OpenIncident;
import nl.statuswacht.store.SubscriberRepository;
import nl.statuswacht.words.VerdictWords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns what a poll found into mail, in the poll's transaction: an event per new post, material
 * update, passed restoration deadline and due reminder, and one outbox row per subscriber who
 * wants it, rendered in their language, threaded, with a calendar invitation for a downtime
 * window, held until their quiet hours end.
 */
public final class Alerting {
  private static final Logger log = LoggerFactory.getLogger(Alerting.class);

  private final Config config;
  private final Rules rules;
  private final AlertTemplates templates = new AlertTemplates();

  public Alerting(Config config, Rules rules) {
    this.config = config;
    this.rules = rules;
  }

  /**
   * Raises, once per post and target, an event for each restoration deadline an open incident
   * has passed, and mails it to the subscribers who want the incident; returns the mails queued.
   * Once the longest deadline has passed, the stored {@code PENDING} verdict of the incident's
   * current version becomes the {@code VIOLATION} it now is (decided case 1). Only a deadline
   * that passes while statuswacht watches is news: one that had passed before it first saw the
   * incident (an old open incident found by the first poll, or a post dated long ago) is recorded
   * and logged, never mailed.
   */
  int deadlines(Connection c, Instant now, NextDue next) throws SQLException {
    int raised = 0;
    for (OpenIncident open : PostRepository.openIncidents(c, source())) {
      settle(c, open, now);
      for (Restoration.TargetResult target : Restoration.targets(config.policy(),
          rules.calendar(), open.priority(), open.started(), null)) {
        EventKey kind = EventKey.deadline(open.priority(), target.target());
        if (!now.isAfter(target.deadline())) {
          // passed (and the verdict settled, at the longest) from the instant after it
          next.at(target.deadline().plusNanos(1));
          continue;
        }
        if (PostRepository.hasEvent(c, open.postId(), kind)) {
          continue;
        }
        if (!target.deadline().isAfter(open.firstSeen())) {
          PostRepository.insertEvent(c, open.postId(), open.version(), kind,
              List.of("deadline " + target.deadline() + " had passed before statuswacht first"
                  + " saw the incident at " + open.firstSeen() + "; not mailed"), now);
          log.info("deadline passed before first seen post={} target=\"{}\" deadline={}"
              + " first_seen={}: not mailed", open.key(), target.target().describe(),
              target.deadline(), open.firstSeen());
          continue;
        }
        long eventId = PostRepository.insertEvent(c, open.postId(), open.version(), kind,
            List.of("deadline " + target.deadline() + " passed unresolved"), now);
        log.warn("deadline passed post={} target=\"{}\" deadline={} started={}",
            open.key(), target.target().describe(), target.deadline(), open.started());
        Post post = new Post(open.key(), open.title(), open.link(), null, null, "", List.of(),
            PlatformHints.NONE);
        Alert alert = Alert.deadlinePassed(post, open.classification(),
            rules.judge(open.classification(), open.started(), now), target.target());
        raised += enqueue(c, eventId, open.postId(), open.version(), kind,
            subscribers(c).stream().filter(s -> s.wants(open.classification())).toList(),
            alert, now);
      }
    }
    return raised;
  }

  /**
   * The earliest instant at which time alone makes something of {@link #deadlines} or {@link
   * #reminders} due (a deadline passes, a reminder's lead begins), of the posts they looked at;
   * {@link Instant#MAX} when nothing will.
   */
  static final class NextDue {
    private Instant earliest = Instant.MAX;

    void at(Instant instant) {
      if (instant.isBefore(earliest)) {
        earliest = instant;
      }
    }

    Instant earliest() {
      return earliest;
    }
  }

  /** Stores the restoration verdict of an open incident that time has decided. */
  private void settle(Connection c, OpenIncident open, Instant now) throws SQLException {
    for (Verdict verdict : rules.judge(open.classification(), open.started(), now)) {
      if (verdict.rule() == Rule.RESTORATION && verdict.outcome() == Outcome.VIOLATION
          && PostRepository.settleVerdict(c, open.postId(), open.version(), verdict, now)) {
        log.warn("verdict post={} rule={} outcome=VIOLATION reason={}", open.key(),
            verdict.rule(), VerdictWords.ENGLISH.reason(verdict));
      }
    }
  }

  /**
   * Queues, once per window, the reminder whose lead time has come: of the configured leads (24 h
   * and 1 h by default) the shortest that has begun; longer ones that were missed (a window
   * announced at short notice) are recorded as done without a mail. When {@code announce} is
   * false (the first poll, which mails nothing about the posts it finds) the due reminder is
   * recorded as done without a mail too.
   */
  int reminders(Connection c, Instant now, boolean announce, NextDue next)
      throws SQLException {
    int queued = 0;
    List<Duration> leads = config.mail().reminders();
    for (PostRepository.Upcoming window : PostRepository.upcomingWindows(c, source(), now)) {
      Instant start = window.classification().window().start();
      leads.stream().map(start::minus).filter(now::isBefore).forEach(next::at);
      Optional<Duration> due = leads.stream()
          .filter(lead -> !now.isBefore(start.minus(lead))).findFirst();
      if (due.isEmpty()
          || PostRepository.hasEvent(c, window.postId(), EventKey.reminder(due.get()))) {
        continue;
      }
      for (Duration lead : leads) {
        if (lead.compareTo(due.get()) > 0
            && !PostRepository.hasEvent(c, window.postId(), EventKey.reminder(lead))) {
          PostRepository.insertEvent(c, window.postId(), window.version(),
              EventKey.reminder(lead),
              List.of("missed: the window was announced at shorter notice"), now);
        }
      }
      if (!announce) {
        PostRepository.insertEvent(c, window.postId(), window.version(),
            EventKey.reminder(due.get()), List.of("window starts " + start
                + "; found by the first poll, not mailed"), now);
        continue;
      }
      long eventId = PostRepository.insertEvent(c, window.postId(), window.version(),
          EventKey.reminder(due.get()), List.of("window starts " + start), now);
      Post post = new Post(window.key(), window.title(), window.link(), null, null, "",
          List.of(), PlatformHints.NONE);
      Alert alert = Alert.reminder(post, window.classification(), List.of(), due.get());
      queued += enqueue(c, eventId, window.postId(), window.version(),
          EventKey.reminder(due.get()), subscribers(c).stream()
              .filter(s -> s.reminders() && s.wants(window.classification())).toList(),
          alert, now);
    }
    return queued;
  }

  /**
   * One outbox row per subscriber: the alert in their language, text and HTML, threaded under the
   * first mail about the post, held until the end of their quiet hours; returns the rows added.
   * Rendered once per language, the rows queued in one batch ({@link
   * OutboxRepository#enqueueAll}): an event for many subscribers is one read and one batched
   * insert, not a few statements each.
   */
  private int enqueue(Connection c, long eventId, long postId, int version, EventKey kind,
      List<Subscriber> subscribers, Alert alert, Instant now) throws SQLException {
    if (subscribers.isEmpty()) {
      return 0;
    }
    String from = config.mail().from();
    String domain = from.substring(from.indexOf('@') + 1);
    Map<String, String> roots = OutboxRepository.threadRoots(c, postId);
    Map<AlertTemplates.Language, AlertTemplates.Content> rendered =
        new EnumMap<>(AlertTemplates.Language.class);
    String invitation = invitation(alert, version, now);
    List<OutboxRepository.Queued> mails = new ArrayList<>(subscribers.size());
    for (Subscriber subscriber : subscribers) {
      String address = subscriber.address();
      String messageId =
          MessageIds.of(source(), alert.post().id(), version, kind.messageIdPart(), address,
              domain);
      AlertTemplates.Content content = rendered.computeIfAbsent(
          subscriber.language().equals("en") ? AlertTemplates.Language.EN
              : AlertTemplates.Language.NL, language -> templates.render(alert, language, from));
      mails.add(new OutboxRepository.Queued(new OutboxRepository.NewMail(address, messageId,
          roots.get(address), from, content.subject(), content.text(), content.html(),
          invitation, from), subscriber.deliverAfter(now, alert.classification())));
    }
    return OutboxRepository.enqueueAll(c, eventId, mails, now);
  }

  /**
   * A calendar invitation for a downtime window (planned or emergency): UID stable per post,
   * SEQUENCE the version, so a moved window replaces the old one; CANCEL when it is called off.
   * {@code null} for any other post and for reminders.
   */
  private String invitation(Alert alert, int version, Instant now) {
    Classification c = alert.classification();
    boolean maintenance = c.category() == Category.PLANNED_MAINTENANCE
        || c.category() == Category.EMERGENCY_MAINTENANCE;
    if (!maintenance || !Boolean.TRUE.equals(c.downtime()) || c.window() == null
        || c.window().start() == null || c.window().end() == null
        || alert.kind() == Alert.Kind.REMINDER) {
      return null;
    }
    String from = config.mail().from();
    String link = alert.post().link();
    IcsInvites.Invite invite = new IcsInvites.Invite(
        IcsInvites.uid(alert.post().id(), from),
        version, now, c.window().start(), c.window().end(), alert.post().title(),
        link == null ? alert.post().title() : alert.post().title() + "\n" + link,
        link != null && link.startsWith("http") ? link : null, from);
    return alert.kind() == Alert.Kind.CANCELLED ? IcsInvites.cancel(invite)
        : IcsInvites.request(invite);
  }

  /** Records the event and one outbox row per subscriber who wants it; returns the rows added. */
  int queue(Connection c, long postId, int version, Alert alert, Instant now)
      throws SQLException {
    EventKey kind =
        EventKey.of(alert.kind() == Alert.Kind.NEW ? EventKind.NEW : EventKind.UPDATED);
    long eventId = PostRepository.insertEvent(c, postId, version, kind,
        Change.describe(alert.changes()), now);
    return enqueue(c, eventId, postId, version, kind,
        subscribers(c).stream().filter(s -> s.wants(alert.classification())).toList(), alert,
        now);
  }

  private List<Subscriber> subscribers(Connection c) throws SQLException {
    return SubscriberRepository.everyone(c, config.subscribers());
  }

  /**
   * Counts a failed poll; when it makes {@code alert-after-failures} in a row, tells the operator
   * once. Returns the mails queued.
   */
  int sourceFailed(Connection c, String detail, Instant now) throws SQLException {
    HealthRepository.Health health = HealthRepository.health(c, source());
    int failures = health.failures() + 1;
    boolean alert = !health.alerted() && failures >= config.mail().alertAfterFailures()
        && config.mail().operator() != null;
    HealthRepository.save(c, source(),
        new HealthRepository.Health(failures, health.alerted() || alert));
    if (!alert) {
      return 0;
    }
    log.error("source unreadable source={} failures={} operator={}: {}", source(), failures,
        config.mail().operator(), detail);
    return operator(c, Alert.sourceUnreadable(source() + ": " + detail),
        EventKind.SOURCE_UNREADABLE, now);
  }

  /** A readable poll: after an alert, tells the operator once that the page reads again. */
  int sourceRead(Connection c, Instant now) throws SQLException {
    HealthRepository.Health health = HealthRepository.health(c, source());
    if (health.failures() == 0 && !health.alerted()) {
      return 0;
    }
    HealthRepository.save(c, source(), new HealthRepository.Health(0, false));
    if (!health.alerted() || config.mail().operator() == null) {
      return 0;
    }
    log.info("source readable again source={}", source());
    return operator(c, Alert.sourceReadable(source()), EventKind.SOURCE_READABLE, now);
  }

  /**
   * The circuit breaker: a poll of a page with history that would announce more new posts at
   * once than {@code poll.max-new-posts} (a site that moved every link, a feed that replays its
   * history) holds their mails and tells the operator once, until {@code statuswacht release}
   * lets them go. Returns the operator mails queued.
   */
  int holdNew(Connection c, List<Long> postIds, Instant now) throws SQLException {
    boolean alreadyHolding = OutboxRepository.count(c, "HELD") > 0;
    int held = OutboxRepository.holdNew(c, postIds);
    log.warn("poll held new posts source={} posts={} mails={} limit={}: more new posts at once"
        + " than poll.max-new-posts; run `statuswacht release` to send them", source(),
        postIds.size(), held, config.maxNewPosts());
    if (alreadyHolding || config.mail().operator() == null) {
      return 0;
    }
    return operator(c, Alert.newPostsHeld(postIds.size() + " new posts at once (more than"
        + " poll.max-new-posts = " + config.maxNewPosts() + "); their " + held + " mails are held"
        + " until `statuswacht release`"), EventKind.NEW_POSTS_HELD, now);
  }

  private int operator(Connection c, Alert alert, EventKind kind, Instant now)
      throws SQLException {
    long eventId = PostRepository.insertEventWithoutPost(c, kind, String.valueOf(alert.detail()),
        now);
    String from = config.mail().from();
    String address = config.mail().operator();
    String messageId = MessageIds.of(source(), "source", 0, kind + " " + now, address,
        from.substring(from.indexOf('@') + 1));
    AlertTemplates.Content content = templates.render(alert, AlertTemplates.Language.NL, from);
    return OutboxRepository.enqueue(c, eventId, new OutboxRepository.NewMail(address, messageId,
        null, from, content.subject(), content.text(), content.html(), null, from), now) ? 1 : 0;
  }

  private String source() {
    return config.source().toString();
  }
}
