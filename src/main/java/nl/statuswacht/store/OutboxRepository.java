package nl.statuswacht.store;

import static nl.statuswacht.store.Database.instant;
import static nl.statuswacht.store.Database.setInstant;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The outbox and the sent log. A row is {@code PENDING} until it is tried; {@code SENDING} while
 * one attempt, named by its id, hands it to the transport; then {@code SENT} when the transport
 * took it, {@code PENDING} again to be retried, or {@code DEAD} when retrying is given up. A row
 * found {@code SENDING} when no attempt is running was cut short by a crash: it is due again.
 *
 * <p>Over 300 lines: every statement on the outbox and sent log (queue, claim, mark sending, mark
 * sent, retry, dead letters, hold and release), one short method each.
 */
public final class OutboxRepository {
  private OutboxRepository() {}

  /** A mail to queue; the outbox row gets its id and state. */
  public record NewMail(
      String recipient,
      String messageId,
      String inReplyTo,
      String from,
      String subject,
      String body,
      String html,
      String ics,
      String unsubscribe) {

    /** A plain-text mail. */
    public NewMail(String recipient, String messageId, String inReplyTo, String from,
        String subject, String body) {
      this(recipient, messageId, inReplyTo, from, subject, body, null, null, null);
    }
  }

  /**
   * Queues a mail for an event, unless one for the same event and recipient is queued already.
   *
   * @return true when a row was added
   */
  public static boolean enqueue(Connection c, long eventId, NewMail mail, Instant now)
      throws SQLException {
    return enqueue(c, eventId, mail, now, now);
  }

  /**
   * Queues a mail that may not go out before {@code notBefore} (the end of the recipient's quiet
   * hours), unless one for the same event and recipient is queued already: {@link #enqueueAll}
   * of one. Its text goes in {@code mail_content} and the outbox row names it: the row's
   * state changes (claimed, sent, retried) then rewrite a row of a few hundred bytes, not a
   * weekly digest of a megabyte (which H2 would write again, whole, at every one of them).
   *
   * @return true when a row was added
   */
  public static boolean enqueue(Connection c, long eventId, NewMail mail, Instant now,
      Instant notBefore) throws SQLException {
    return enqueueAll(c, eventId, List.of(new Queued(mail, notBefore)), now) == 1;
  }

  /** A mail to queue for an event, and the moment it may go out (the end of quiet hours). */
  public record Queued(NewMail mail, Instant notBefore) {}

  /**
   * Queues the mails of one event, in one batch of statements: one read of the recipients the
   * event has mail for already (they get none again, nor does a recipient twice in {@code mails}),
   * then each distinct content once ({@code mail_content}: the mails in one language share it) and
   * one batched insert of the outbox rows that name it. The fan-out of an event to many
   * subscribers writes its text once per language, not once per subscriber.
   *
   * @return how many rows were added
   */
  public static int enqueueAll(Connection c, long eventId, List<Queued> mails, Instant now)
      throws SQLException {
    java.util.Set<String> queued = new java.util.HashSet<>();
    try (PreparedStatement find =
        c.prepareStatement("select recipient from outbox where event_id = ?")) {
      find.setLong(1, eventId);
      try (ResultSet row = find.executeQuery()) {
        while (row.next()) {
          queued.add(row.getString(1));
        }
      }
    }
    java.util.Map<List<String>, Long> contents = new java.util.HashMap<>();
    String sql =
        "insert into outbox (event_id, recipient, message_id, in_reply_to, mail_from,"
            + " content_id, state, attempts, next_attempt_at, created_at, list_unsubscribe)"
            + " values (?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?, ?)";
    int added = 0;
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      for (Queued queue : mails) {
        NewMail mail = queue.mail();
        if (!queued.add(mail.recipient())) {
          continue;
        }
        List<String> content =
            java.util.Arrays.asList(mail.subject(), mail.body(), mail.html(), mail.ics());
        Long contentId = contents.get(content);
        if (contentId == null) {
          contentId = insertContent(c, mail);
          contents.put(content, contentId);
        }
        statement.setLong(1, eventId);
        statement.setString(2, mail.recipient());
        statement.setString(3, mail.messageId());
        statement.setString(4, mail.inReplyTo());
        statement.setString(5, mail.from());
        statement.setLong(6, contentId);
        setInstant(statement, 7, queue.notBefore());
        setInstant(statement, 8, now);
        statement.setString(9, mail.unsubscribe());
        statement.addBatch();
        added++;
        if (added % 1000 == 0) {
          statement.executeBatch();
        }
      }
      if (added % 1000 != 0) {
        statement.executeBatch();
      }
    }
    return added;
  }

  private static long insertContent(Connection c, NewMail mail) throws SQLException {
    try (PreparedStatement statement = c.prepareStatement(
        "insert into mail_content (subject, body, html, ics) values (?, ?, ?, ?)",
        new String[] {"id"})) {
      statement.setString(1, mail.subject());
      statement.setString(2, mail.body());
      statement.setString(3, mail.html());
      statement.setString(4, mail.ics());
      statement.executeUpdate();
      try (ResultSet key = statement.getGeneratedKeys()) {
        key.next();
        return key.getLong(1);
      }
    }
  }

  /**
   * The Message-ID of the first mail queued to each recipient about the post {@code postId}, so
   * that later mails about it can thread under it.
   */
  public static java.util.Map<String, String> threadRoots(Connection c, long postId)
      throws SQLException {
    String sql =
        "select o.recipient, o.message_id from outbox o join event e on e.id = o.event_id"
            + " where e.post_id = ? order by o.id";
    java.util.Map<String, String> roots = new java.util.HashMap<>();
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      statement.setLong(1, postId);
      try (ResultSet row = statement.executeQuery()) {
        while (row.next()) {
          roots.putIfAbsent(row.getString(1), row.getString(2));
        }
      }
    }
    return roots;
  }

  /**
   * Pending mails whose next attempt is due, oldest first, with any whose attempt was cut short
   * (still {@code SENDING}: call this only when no attempt is running); a mail waits while an older
   * one to the same recipient is still waiting for its retry, so that order is kept. A mail held
   * for quiet hours (not yet tried) holds up nothing: a P1 that may go out does.
   */
  public static List<QueuedMail> due(Connection c, Instant now, int limit) throws SQLException {
    return due(c, now, now, limit);
  }

  /**
   * How long a mail may be {@code SENDING} on PostgreSQL before it counts as cut short: there
   * several processes may deliver at once, so a fresh {@code SENDING} is another one's attempt.
   * A mail claimed by a daemon of the cluster counts as cut short as soon as the cluster has
   * dropped that daemon (see {@link #due(Connection, Instant, Instant, int)}).
   */
  public static final java.time.Duration SHARED_IN_DOUBT_AFTER = java.time.Duration.ofMinutes(15);

  /**
   * Like {@link #due(Connection, Instant, int)}, with a mail still {@code SENDING} counted as cut
   * short only when its attempt began at or before {@code inDoubtBefore}, or when the daemon that
   * claimed it is no longer in the cluster: Quartz deletes a dead instance's row from {@code
   * qrtz_scheduler_state} once another instance has recovered its jobs, and a restarted daemon is a
   * new instance. (A mail claimed by a command, not a daemon, has no {@code claimed_by}.)
   */
  public static List<QueuedMail> due(Connection c, Instant now, Instant inDoubtBefore, int limit)
      throws SQLException {
    // Read in steps that each use the index on (state, next_attempt_at), so that the cost does not
    // grow with the mails sent long ago nor, per mail, with the mails waiting: the recipients that
    // wait for a retry (few), then the ids of due mails a page at a time in the order of queueing
    // (from the index alone), then those rows, less the ones a retry holds back. With nothing
    // due (most drains: the one after every poll) the recipients that wait are not read.
    java.util.Map<String, Long> waiting = null;
    List<QueuedMail> mails = new ArrayList<>();
    long after = 0;
    while (mails.size() < limit) {
      List<Long> ids = dueIds(c, now, inDoubtBefore, after, limit);
      if (ids.isEmpty()) {
        break;
      }
      if (waiting == null) {
        waiting = waitingForRetry(c, now);
      }
      after = ids.get(ids.size() - 1);
      for (QueuedMail mail : rows(c, ids, now, inDoubtBefore)) {
        Long first = waiting.get(mail.recipient());
        if ((first == null || first >= mail.id()) && mails.size() < limit) {
          mails.add(mail);
        }
      }
    }
    return mails;
  }

  /**
   * Each recipient with a mail that waits for its retry, and the first such mail: a later mail to
   * that recipient waits for it.
   */
  private static java.util.Map<String, Long> waitingForRetry(Connection c, Instant now)
      throws SQLException {
    java.util.Map<String, Long> first = new java.util.HashMap<>();
    for (String state : new String[] {"PENDING", "SENDING"}) {
      try (PreparedStatement statement = c.prepareStatement("select recipient, id from outbox"
          + " where state = ? and next_attempt_at > ? and attempts > 0")) {
        statement.setString(1, state);
        setInstant(statement, 2, now);
        try (ResultSet row = statement.executeQuery()) {
          while (row.next()) {
            first.merge(row.getString(1), row.getLong(2), Math::min);
          }
        }
      }
    }
    return first;
  }

  /**
   * The ids after {@code after}, at most {@code limit}, in order, of pending mails due at {@code
   * now} and of mails whose attempt was cut short (see {@link #due(Connection, Instant, Instant,
   * int)}).
   */
  private static List<Long> dueIds(Connection c, Instant now, Instant inDoubtBefore, long after,
      int limit) throws SQLException {
    List<Long> ids = new ArrayList<>();
    try (PreparedStatement statement = c.prepareStatement("select id from outbox"
        + " where state = 'PENDING' and next_attempt_at <= ? and id > ?"
        + " order by id fetch first ? rows only")) {
      setInstant(statement, 1, now);
      statement.setLong(2, after);
      statement.setInt(3, limit);
      try (ResultSet row = statement.executeQuery()) {
        while (row.next()) {
          ids.add(row.getLong(1));
        }
      }
    }
    try (PreparedStatement statement = c.prepareStatement("select id from outbox"
        + " where state = 'SENDING' and next_attempt_at <= ? and id > ?"
        + "   and (sending_since <= ? or claimed_by is not null and claimed_by not in"
        + "     (select instance_name from qrtz_scheduler_state"
        + "       where sched_name = 'statuswacht'))"
        + " order by id fetch first ? rows only")) {
      setInstant(statement, 1, now);
      statement.setLong(2, after);
      setInstant(statement, 3, inDoubtBefore);
      statement.setInt(4, limit);
      try (ResultSet row = statement.executeQuery()) {
        while (row.next()) {
          ids.add(row.getLong(1));
        }
      }
    }
    java.util.Collections.sort(ids);
    return ids.size() > limit ? ids.subList(0, limit) : ids;
  }

  /**
   * The outbox rows with these ids, in the order of the ids, that are still due as {@link
   * #dueIds} found them: another process may have claimed one since (on PostgreSQL), and its fresh
   * {@code SENDING} must not be read as cut short.
   */
  private static List<QueuedMail> rows(Connection c, List<Long> ids, Instant now,
      Instant inDoubtBefore) throws SQLException {
    String sql = "select o.id, o.recipient, o.message_id, o.in_reply_to, o.mail_from,"
        + " coalesce(o.subject, m.subject) as subject, coalesce(o.body, m.body) as body,"
        + " o.attempts, o.created_at, coalesce(o.html, m.html) as html,"
        + " coalesce(o.ics, m.ics) as ics, o.list_unsubscribe, o.state, o.attempt_id,"
        + " o.sending_since from outbox o left join mail_content m on m.id = o.content_id"
        + " where o.id in (" + String.join(", ", java.util.Collections.nCopies(ids.size(), "?"))
        + ") and o.next_attempt_at <= ? and (o.state = 'PENDING' or o.state = 'SENDING'"
        + "   and (o.sending_since <= ? or o.claimed_by is not null and o.claimed_by not in"
        + "     (select instance_name from qrtz_scheduler_state"
        + "       where sched_name = 'statuswacht')))"
        + " order by o.id";
    List<QueuedMail> mails = new ArrayList<>();
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      for (int i = 0; i < ids.size(); i++) {
        statement.setLong(i + 1, ids.get(i));
      }
      setInstant(statement, ids.size() + 1, now);
      setInstant(statement, ids.size() + 2, inDoubtBefore);
      try (ResultSet row = statement.executeQuery()) {
        while (row.next()) {
          boolean inDoubt = row.getString("state").equals("SENDING");
          mails.add(
              new QueuedMail(
                  row.getLong("id"),
                  row.getString("recipient"),
                  row.getString("message_id"),
                  row.getString("in_reply_to"),
                  row.getString("mail_from"),
                  row.getString("subject"),
                  row.getString("body"),
                  row.getInt("attempts"),
                  instant(row, "created_at"),
                  row.getString("html"),
                  row.getString("ics"),
                  row.getString("list_unsubscribe"),
                  inDoubt ? row.getString("attempt_id") : null,
                  inDoubt ? instant(row, "sending_since") : null));
        }
      }
      return mails;
    }
  }

  /**
   * When the next mail that waits for a time becomes due: the earliest {@code next_attempt_at}
   * after {@code now} of a pending mail (a retry after its backoff, or a mail held for its
   * recipient's quiet hours); with {@code sharedInDoubtAfter} (PostgreSQL) also the moment a mail a
   * command left {@code SENDING} counts as cut short. A mail due already, or blocked only by an
   * earlier mail to its recipient, adds nothing: it goes with the next drain, or when the earlier
   * one does. Empty when nothing waits.
   */
  public static Optional<Instant> nextDue(Connection c, Instant now,
      java.time.Duration sharedInDoubtAfter) throws SQLException {
    Instant next = null;
    try (PreparedStatement statement = c.prepareStatement("select min(next_attempt_at) from outbox"
        + " where state = 'PENDING' and next_attempt_at > ?")) {
      setInstant(statement, 1, now);
      try (ResultSet row = statement.executeQuery()) {
        if (row.next()) {
          next = instant(row, 1);
        }
      }
    }
    if (sharedInDoubtAfter != null) {
      try (PreparedStatement statement = c.prepareStatement("select min(sending_since) from outbox"
          + " where state = 'SENDING' and claimed_by is null")) {
        try (ResultSet row = statement.executeQuery()) {
          Instant since = row.next() ? instant(row, 1) : null;
          Instant inDoubt = since == null ? null : since.plus(sharedInDoubtAfter);
          if (inDoubt != null && inDoubt.isAfter(now) && (next == null || inDoubt.isBefore(next))) {
            next = inDoubt;
          }
        }
      }
    }
    return Optional.ofNullable(next);
  }

  /**
   * Claims {@code mail} for attempt {@code attemptId}: marks it {@code SENDING} when it is still as
   * {@link #due} read it (pending, or cut short by that same attempt), and returns false when
   * another dispatcher took it meanwhile. The row is locked first: on PostgreSQL with {@code FOR
   * UPDATE SKIP LOCKED}, so a row another process is claiming is passed over at once; on H2 with
   * {@code FOR UPDATE}, which waits for that claim and then sees it. Commit it durably before
   * calling the transport.
   */
  public static boolean claim(Connection c, QueuedMail mail, String attemptId, String claimant,
      Instant now) throws SQLException {
    boolean postgres = c.getMetaData().getDatabaseProductName().equals("PostgreSQL");
    String state;
    String attempt;
    try (PreparedStatement statement = c.prepareStatement(
        "select state, attempt_id from outbox where id = ? for update"
            + (postgres ? " skip locked" : ""))) {
      statement.setLong(1, mail.id());
      try (ResultSet row = statement.executeQuery()) {
        if (!row.next()) {
          return false;
        }
        state = row.getString("state");
        attempt = row.getString("attempt_id");
      }
    }
    boolean asRead = mail.inDoubt()
        ? state.equals("SENDING") && mail.interruptedAttempt().equals(attempt)
        : state.equals("PENDING");
    if (!asRead) {
      return false;
    }
    markSending(c, mail.id(), attemptId, claimant, now);
    return true;
  }

  /**
   * Marks a pending mail (or one whose attempt was cut short) as being handed to the transport by
   * attempt {@code attemptId}. Commit it durably before calling the transport: after a crash the
   * row then says which mail may have been in flight.
   */
  public static void markSending(Connection c, long id, String attemptId, Instant now)
      throws SQLException {
    markSending(c, id, attemptId, null, now);
  }

  /**
   * Like {@link #markSending(Connection, long, String, Instant)}, claimed by {@code claimant}: the
   * cluster instance id of the daemon sending it, or {@code null} for a command.
   */
  public static void markSending(Connection c, long id, String attemptId, String claimant,
      Instant now) throws SQLException {
    try (PreparedStatement statement =
        c.prepareStatement(
            "update outbox set state = 'SENDING', attempt_id = ?, sending_since = ?,"
                + " claimed_by = ? where id = ? and state in ('PENDING', 'SENDING')")) {
      statement.setString(1, attemptId);
      setInstant(statement, 2, now);
      statement.setString(3, claimant);
      statement.setLong(4, id);
      if (statement.executeUpdate() != 1) {
        throw new SQLException("outbox row " + id + " is neither pending nor sending");
      }
    }
  }

  /**
   * Marks a mail delivered by attempt {@code attemptId} and writes the sent log, in the caller's
   * transaction. Fails when the row is not that attempt's any more.
   */
  public static void markSent(Connection c, QueuedMail mail, String attemptId, String transport,
      Instant now) throws SQLException {
    try (PreparedStatement statement =
        c.prepareStatement(
            "update outbox set state = 'SENT', attempts = attempts + 1, last_error = null,"
                + " sending_since = null where id = ? and state = 'SENDING' and attempt_id = ?")) {
      statement.setLong(1, mail.id());
      statement.setString(2, attemptId);
      if (statement.executeUpdate() != 1) {
        throw new SQLException("outbox row " + mail.id() + " is not being sent by attempt "
            + attemptId);
      }
    }
    String sql =
        "insert into sent_log (outbox_id, sent_at, transport, message_id, recipient, attempt_id)"
            + " values (?, ?, ?, ?, ?, ?)";
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      statement.setLong(1, mail.id());
      setInstant(statement, 2, now);
      statement.setString(3, transport);
      statement.setString(4, mail.messageId());
      statement.setString(5, mail.recipient());
      statement.setString(6, attemptId);
      statement.executeUpdate();
    }
  }

  /** Records a failed attempt; the mail is pending again, to be tried at {@code nextAttempt}. */
  public static void markRetry(Connection c, long id, Instant nextAttempt, String error)
      throws SQLException {
    try (PreparedStatement statement =
        c.prepareStatement(
            "update outbox set state = 'PENDING', attempts = attempts + 1, next_attempt_at = ?,"
                + " last_error = ?, sending_since = null where id = ?")) {
      setInstant(statement, 1, nextAttempt);
      statement.setString(2, truncate(error));
      statement.setLong(3, id);
      statement.executeUpdate();
    }
  }

  /**
   * Gives up on a mail: it stays in the outbox as a dead letter with its last error, for {@link
   * #requeue} and for the operator to be told of once ({@link #untoldDeadLetters}).
   */
  public static void markDead(Connection c, long id, String error, Instant now)
      throws SQLException {
    try (PreparedStatement statement =
        c.prepareStatement(
            "update outbox set state = 'DEAD', attempts = attempts + 1, last_error = ?,"
                + " sending_since = null, dead_at = ?, operator_told = false where id = ?")) {
      statement.setString(1, truncate(error));
      setInstant(statement, 2, now);
      statement.setLong(3, id);
      statement.executeUpdate();
    }
  }

  /**
   * A mail that needs a person's eye: a dead letter, or one whose attempt was cut short.
   *
   * @param state {@code DEAD} or {@code SENDING}
   * @param since when it died, or when the cut-short attempt began
   * @param lastError the last failure, or {@code null}
   */
  public record Letter(long id, String state, String recipient, String messageId,
      String subject, int attempts, Instant since, String lastError) {}

  private static final String LETTER_COLUMNS =
      "o.id, o.state, o.recipient, o.message_id,"
          + " coalesce(o.subject, (select m.subject from mail_content m where m.id = o.content_id))"
          + " as subject, o.attempts, o.last_error, coalesce(o.dead_at, o.sending_since) as since";

  /** Every dead letter and every mail whose attempt was cut short, oldest first. */
  public static List<Letter> stuck(Connection c) throws SQLException {
    return letters(c, "select " + LETTER_COLUMNS + " from outbox o"
        + " where o.state in ('DEAD', 'SENDING') order by o.id");
  }

  /**
   * The dead letters the operator has not been told of, oldest first, except those that were
   * themselves telling the operator of dead letters (event kind {@code noticeKind}): those would
   * go to the same address that just failed.
   */
  public static List<Letter> untoldDeadLetters(Connection c, EventKind noticeKind)
      throws SQLException {
    String sql = "select " + LETTER_COLUMNS + " from outbox o join event e on e.id = o.event_id"
        + " where o.state = 'DEAD' and not o.operator_told and e.kind <> ? order by o.id";
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      statement.setString(1, noticeKind.name());
      return letters(statement);
    }
  }

  /** Records that the operator has been told of these dead letters. */
  public static void markTold(Connection c, List<Long> ids) throws SQLException {
    try (PreparedStatement statement =
        c.prepareStatement("update outbox set operator_told = true where id = ?")) {
      for (long id : ids) {
        statement.setLong(1, id);
        statement.addBatch();
      }
      statement.executeBatch();
    }
  }

  /**
   * Makes a dead letter pending again, due at {@code now}, with its tries counted afresh; the
   * operator will be told again should it die again.
   *
   * @return false when the row is not a dead letter (see {@link #state})
   */
  public static boolean requeue(Connection c, long id, Instant now) throws SQLException {
    try (PreparedStatement statement =
        c.prepareStatement(
            "update outbox set state = 'PENDING', attempts = 0, next_attempt_at = ?,"
                + " dead_at = null, operator_told = false where id = ? and state = 'DEAD'")) {
      setInstant(statement, 1, now);
      statement.setLong(2, id);
      return statement.executeUpdate() == 1;
    }
  }

  private static List<Letter> letters(Connection c, String sql) throws SQLException {
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      return letters(statement);
    }
  }

  private static List<Letter> letters(PreparedStatement statement) throws SQLException {
    List<Letter> letters = new ArrayList<>();
    try (ResultSet row = statement.executeQuery()) {
      while (row.next()) {
        letters.add(new Letter(row.getLong("id"), row.getString("state"),
            row.getString("recipient"), row.getString("message_id"), row.getString("subject"),
            row.getInt("attempts"), instant(row, "since"), row.getString("last_error")));
      }
    }
    return letters;
  }

  /** The id of the outbox row with this Message-ID, if there is one. */
  public static Optional<Long> idOf(Connection c, String messageId) throws SQLException {
    try (PreparedStatement statement =
        c.prepareStatement("select id from outbox where message_id = ?")) {
      statement.setString(1, messageId);
      try (ResultSet row = statement.executeQuery()) {
        return row.next() ? Optional.of(row.getLong(1)) : Optional.empty();
      }
    }
  }

  /** The state of one outbox row (PENDING, HELD, SENDING, SENT or DEAD), if there is that row. */
  public static Optional<String> stateOf(Connection c, long id) throws SQLException {
    try (PreparedStatement statement =
        c.prepareStatement("select state from outbox where id = ?")) {
      statement.setLong(1, id);
      try (ResultSet row = statement.executeQuery()) {
        return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
      }
    }
  }

  /** The state of one outbox row: PENDING, HELD, SENDING, SENT or DEAD. */
  public static String state(Connection c, long id) throws SQLException {
    return stateOf(c, id).orElseThrow(() -> new SQLException("no outbox row " + id));
  }

  /** The number of outbox rows in {@code state} (PENDING, HELD, SENDING, SENT, DEAD). */
  public static int count(Connection c, String state) throws SQLException {
    try (PreparedStatement statement =
        c.prepareStatement("select count(*) from outbox where state = ?")) {
      statement.setString(1, state);
      try (ResultSet row = statement.executeQuery()) {
        row.next();
        return row.getInt(1);
      }
    }
  }

  /**
   * Holds the announcements of these new posts (the PENDING mails of their first versions' NEW
   * events): the circuit breaker of a poll that would announce too many at once. Returns the rows
   * held.
   */
  public static int holdNew(Connection c, List<Long> postIds) throws SQLException {
    int held = 0;
    try (PreparedStatement statement = c.prepareStatement("update outbox set state = 'HELD'"
        + " where state = 'PENDING' and event_id in (select id from event where post_id = ?"
        + " and version = 1 and kind = 'NEW')")) {
      for (long postId : postIds) {
        statement.setLong(1, postId);
        held += statement.executeUpdate();
      }
    }
    return held;
  }

  /** Releases every held mail to be delivered; returns how many. */
  public static int release(Connection c) throws SQLException {
    try (PreparedStatement statement =
        c.prepareStatement("update outbox set state = 'PENDING' where state = 'HELD'")) {
      return statement.executeUpdate();
    }
  }

  private static String truncate(String error) {
    return error == null || error.length() <= 2000 ? error : error.substring(0, 1997) + "...";
  }
}
