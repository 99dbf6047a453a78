package nl.statuswacht.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import nl.statuswacht.config.DigestSettings;
import nl.statuswacht.store.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.JobKey;
import org.quartz.spi.OperableTrigger;

/**
 * The schedule's triggers, and its clustered job store on a real database (an H2 file, which takes
 * Quartz's PostgreSQL tables of migration V14 as they are; the cluster itself, two processes, is
 * {@code PostgresFailoverIT}).
 */
class ScheduleTest {
  private static final DigestSettings MONDAY =
      new DigestSettings("0 0 8 ? * MON", ZoneId.of("Europe/Amsterdam"));
  private static final Duration MINUTE = Duration.ofMinutes(1);

  @TempDir Path dir;
  private Database database;

  @BeforeEach
  void open() {
    database = Database.openH2(dir.resolve("statuswacht"));
  }

  @AfterEach
  void close() {
    database.close();
  }

  private Schedule clustered(String instanceId, Duration poll, Runnable pollJob) {
    return new Schedule(
        new Schedule.Store.Clustered(database.dataSource(), instanceId, Duration.ofSeconds(1)),
        poll, pollJob, () -> { }, MONDAY, () -> { });
  }

  private long column(String column) {
    return database.inTransaction(c -> {
      try (Statement s = c.createStatement(); ResultSet row = s.executeQuery("select " + column
          + " from qrtz_triggers t join qrtz_simple_triggers s on s.trigger_name = t.trigger_name"
          + " and s.trigger_group = t.trigger_group where t.trigger_name = 'poll'")) {
        assertThat(row.next()).as("the poll trigger is in the tables").isTrue();
        return row.getLong(1);
      }
    });
  }

  @Test
  void aPollMissedWhileEveryDaemonWasDownRunsOnceAndNotAsABacklog() {
    Instant before = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    OperableTrigger trigger =
        (OperableTrigger) Schedule.intervalTrigger(Schedule.POLL, Duration.ofMinutes(5));
    trigger.setStartTime(Date.from(before.minus(Duration.ofHours(1)))); // 12 polls ago
    trigger.computeFirstFireTime(null);

    trigger.updateAfterMisfire(null);

    Instant next = trigger.getNextFireTime().toInstant();
    assertThat(next).as("once, now: not the 12 missed ones").isAfterOrEqualTo(before);
    assertThat(trigger.getFireTimeAfter(Date.from(next)).toInstant())
        .as("then the interval again").isEqualTo(next.plus(Duration.ofMinutes(5)));
  }

  @Test
  void aDaemonJoiningTheClusterLeavesTheSameScheduleAsItIsAndReplacesAChangedOne() {
    Schedule first = clustered("a-1", MINUTE, () -> { });
    long startedAt = column("t.start_time");
    first.close();

    Schedule same = clustered("b-2", MINUTE, () -> { });
    assertThat(column("t.start_time")).as("the next poll did not move").isEqualTo(startedAt);
    same.close();

    Schedule changed = clustered("c-3", Duration.ofMinutes(2), () -> { });
    assertThat(column("s.repeat_interval")).isEqualTo(Duration.ofMinutes(2).toMillis());
    changed.close();
  }

  @Test
  void aClusteredScheduleRunsItsJobsFromTheDatabaseAndChecksIn() throws Exception {
    CountDownLatch polled = new CountDownLatch(1);
    Schedule schedule = clustered("a-1", MINUTE, polled::countDown);
    try {
      schedule.start();
      assertThat(polled.await(30, TimeUnit.SECONDS)).as("the poll job ran").isTrue();
      assertThat(schedule.instanceId()).isEqualTo("a-1");
      long checkedIn = database.inTransaction(c -> {
        try (Statement s = c.createStatement(); ResultSet row = s.executeQuery(
            "select count(*) from qrtz_scheduler_state where sched_name = 'statuswacht'"
                + " and instance_name = 'a-1'")) {
          row.next();
          return row.getLong(1);
        }
      });
      assertThat(checkedIn).isEqualTo(1);
    } finally {
      schedule.close();
    }
  }

  @Test
  void theSendJobRunsOnceAtItsWakeUpAndAnEarlierWakeUpIsNeverPutOff() throws Exception {
    AtomicInteger sends = new AtomicInteger();
    CountDownLatch sent = new CountDownLatch(1);
    Schedule schedule = new Schedule(new Schedule.Store.InMemory(), Duration.ofHours(1),
        () -> { }, () -> {
          sends.incrementAndGet();
          sent.countDown();
        }, MONDAY, () -> { });
    try {
      schedule.start();
      Instant now = Instant.now();
      assertThat(schedule.nextSend()).as("nothing waits").isNull();
      schedule.sendAt(now.plus(Duration.ofHours(1)), now);
      schedule.sendAt(now.plus(Duration.ofHours(2)), now);
      assertThat(schedule.nextSend()).as("an earlier wake-up stands")
          .isBetween(now.plus(Duration.ofHours(1)), now.plus(Duration.ofHours(1)).plusMillis(10));
      schedule.sendAt(now.plusMillis(300), now);
      assertThat(sent.await(30, TimeUnit.SECONDS)).as("the send job ran").isTrue();
      org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10))
          .until(() -> schedule.nextSend() == null);
      assertThat(sends.get()).as("once").isEqualTo(1);
    } finally {
      schedule.close();
    }
  }

  @Test
  void aWakeUpSetFromInsideTheSendJobRunsItAgain() throws Exception {
    AtomicInteger sends = new AtomicInteger();
    CountDownLatch twice = new CountDownLatch(2);
    Schedule[] holder = new Schedule[1];
    Schedule schedule = new Schedule(new Schedule.Store.InMemory(), Duration.ofHours(1),
        () -> { }, () -> {
          if (sends.incrementAndGet() == 1) {
            // as a drain that woke a little early, found nothing due, and asks again
            Instant now = Instant.now();
            holder[0].sendAt(now.plusMillis(1), now);
          }
          twice.countDown();
        }, MONDAY, () -> { });
    holder[0] = schedule;
    try {
      schedule.start();
      Instant now = Instant.now();
      schedule.sendAt(now.plusMillis(100), now);
      assertThat(twice.await(30, TimeUnit.SECONDS)).as("ran again: %s", sends).isTrue();
    } finally {
      schedule.close();
    }
  }

  @Test
  void inTheClusterTheSendJobWaitsWithoutATriggerAndTheIntervalOfAnEarlierVersionIsRemoved()
      throws Exception {
    // a daemon of the version before left the send job on a 30 s interval in Quartz's tables
    org.quartz.Scheduler earlier = new org.quartz.impl.StdSchedulerFactory(Schedule.properties(
        new Schedule.Store.Clustered(database.dataSource(), "old-1", Duration.ofSeconds(1))))
        .getScheduler();
    earlier.scheduleJob(org.quartz.JobBuilder.newJob(Schedule.SendJob.class)
        .withIdentity(Schedule.SEND).requestRecovery(true).build(),
        Schedule.intervalTrigger(Schedule.SEND, Duration.ofSeconds(30)));
    earlier.shutdown();
    AtomicInteger sends = new AtomicInteger();
    Schedule schedule = new Schedule(
        new Schedule.Store.Clustered(database.dataSource(), "b-2", Duration.ofSeconds(1)),
        MINUTE, () -> { }, sends::incrementAndGet, MONDAY, () -> { });
    try {
      assertThat(schedule.nextSend()).as("the interval is gone").isNull();
      schedule.start();
      Instant now = Instant.now();
      schedule.sendAt(now, now);
      org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30))
          .until(() -> sends.get() == 1 && schedule.nextSend() == null);
      now = Instant.now();
      schedule.sendAt(now, now);
      org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30))
          .alias("the job outlived its one-shot trigger").until(() -> sends.get() == 2);
    } finally {
      schedule.close();
    }
  }

  @Test
  void theRecoveringRunNamesTheInstanceItTakesOverFrom() {
    org.quartz.Trigger recovering = org.quartz.TriggerBuilder.newTrigger()
        .withIdentity("recover_a-1764512000123_3", "RECOVERING_JOBS")
        .forJob(JobKey.jobKey("poll", "statuswacht")).build();
    org.quartz.JobExecutionContext context =
        new org.quartz.impl.JobExecutionContextImpl(null, bundle(recovering), null);
    assertThat(Schedule.recoveredFrom(context)).isEqualTo("a-1764512000123");
  }

  private static org.quartz.spi.TriggerFiredBundle bundle(org.quartz.Trigger trigger) {
    return new org.quartz.spi.TriggerFiredBundle(
        org.quartz.JobBuilder.newJob(Schedule.PollJob.class).withIdentity(Schedule.POLL).build(),
        (OperableTrigger) trigger, null, true, new Date(), new Date(), null, null);
  }
}
