package nl.statuswacht.schedule;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TimeZone;
import javax.sql.DataSource;
import nl.statuswacht.config.DigestSettings;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.SimpleTrigger;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.impl.jdbcjobstore.JobStoreTX;
import org.quartz.impl.jdbcjobstore.PostgreSQLDelegate;
import org.quartz.simpl.RAMJobStore;
import org.quartz.spi.JobFactory;
import org.quartz.utils.ConnectionProvider;
import org.quartz.utils.DBConnectionManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Quartz: the poll job at the poll interval, the digest job on a cron expression read in its zone
 * (so Monday 08:00 stays 08:00 local across DST), and the send job, which has no schedule of its
 * own: it runs once at the moment {@link #sendAt} names (the outbox's next retry), so that an
 * outbox with nothing waiting costs nothing between polls. (Mail a poll or a digest queues goes
 * out in that job, right after it.)
 *
 * <p>Where the schedule lives is the {@link Store}: in memory for the embedded H2 file (one daemon
 * per file), or in Quartz's own tables for a cluster of daemons on one PostgreSQL database. There
 * Quartz runs each job on exactly one instance at a time; an instance that stops checking in is
 * taken for dead by the others, and the job it was running is run again by one of them (every job
 * asks for recovery: a poll, a drain and a digest are each safe to run twice).
 *
 * <p>No job runs twice at once, in the whole cluster. Runs missed while the previous one was busy,
 * or while every daemon was down, are never replayed as a backlog: the poll job runs once at once
 * and then keeps its interval, the send job once; the digest runs once (it also catches up by
 * itself: see {@link nl.statuswacht.digestqueue.Digester}). {@link #close()} lets a running job
 * finish.
 */
public final class Schedule implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(Schedule.class);
  static final JobKey POLL = JobKey.jobKey("poll", "statuswacht");
  static final JobKey SEND = JobKey.jobKey("send", "statuswacht");
  static final JobKey DIGEST = JobKey.jobKey("digest", "statuswacht");
  /** How much earlier than its time Quartz may fire a trigger, and a little more. */
  private static final Duration EARLY_FIRE = Duration.ofMillis(3);
  /** The send job's one trigger: the next wake-up, when there is one. */
  static final TriggerKey SEND_WAKE = TriggerKey.triggerKey(SEND.getName(), SEND.getGroup());

  private final Scheduler scheduler;
  private final Store store;

  /** Where the schedule is kept. */
  public sealed interface Store {
    /** In memory: the one daemon of an H2 file. */
    record InMemory() implements Store {}

    /**
     * In Quartz's tables (migration V14) of the database behind {@code dataSource}, shared with
     * the other daemons on it.
     *
     * @param instanceId this daemon's id in the cluster, unique per start
     * @param checkIn how often it checks in (and looks for dead instances)
     */
    record Clustered(DataSource dataSource, String instanceId, Duration checkIn)
        implements Store {}
  }

  /**
   * @param poll what the poll job runs
   * @param send what the send job runs, when {@link #sendAt} says
   * @param digestTimes when the digest job runs
   * @param digest what the digest job runs
   */
  public Schedule(Store store, Duration pollInterval, Runnable poll, Runnable send,
      DigestSettings digestTimes, Runnable digest) {
    this.store = store;
    try {
      scheduler = new StdSchedulerFactory(properties(store)).getScheduler();
      Map<Class<? extends Job>, Job> jobs = Map.of(PollJob.class, new PollJob(poll),
          SendJob.class, new SendJob(send), DigestJob.class, new DigestJob(digest));
      JobFactory factory = (bundle, s) -> jobs.get(bundle.getJobDetail().getJobClass());
      scheduler.setJobFactory(factory);
      ensure(job(PollJob.class, POLL), intervalTrigger(POLL, pollInterval));
      ensureSendJob();
      ensure(job(DigestJob.class, DIGEST), digestTrigger(digestTimes));
    } catch (SchedulerException e) {
      throw new IllegalStateException("schedule: cannot set up Quartz: " + e.getMessage(), e);
    }
  }

  private static JobDetail job(Class<? extends Job> type, JobKey key) {
    // run again by another instance when this one dies running it
    return JobBuilder.newJob(type).withIdentity(key).requestRecovery(true).build();
  }

  /**
   * Keeps the send job in the store without a trigger (durable: it stays when its one-shot trigger
   * is done). A repeating trigger left by an earlier version, which queried the outbox every 30 s,
   * is removed; a wake-up already set (by another daemon of the cluster) stays.
   */
  private void ensureSendJob() throws SchedulerException {
    Trigger existing = scheduler.getTrigger(SEND_WAKE);
    if (existing instanceof SimpleTrigger simple && simple.getRepeatCount() != 0) {
      scheduler.unscheduleJob(SEND_WAKE);
    }
    scheduler.addJob(JobBuilder.newJob(SendJob.class).withIdentity(SEND).requestRecovery(true)
        .storeDurably().build(), true);
  }

  /**
   * Runs the send job once at {@code when} (at once when that has passed), unless it is due to run
   * sooner already: a wake-up is never put off, so one daemon's drain cannot postpone what
   * another's asked for (a wake-up too early only runs a drain that finds nothing due, and sets the
   * next). Called after every drain with the outbox's next retry.
   *
   * <p>Quartz fires a trigger up to 2 ms before its time, and keeps milliseconds; a drain that
   * early would find the mail not due yet (and set the wake-up again), so the trigger is set a
   * few milliseconds after {@code when}, rounded up.
   *
   * @param now the present, by the system clock Quartz fires by
   */
  public void sendAt(Instant when, Instant now) {
    Instant after = (when.isBefore(now) ? now : when).plus(EARLY_FIRE);
    Date at = new Date(after.toEpochMilli() + (after.getNano() % 1_000_000 == 0 ? 0 : 1));
    Trigger wake = TriggerBuilder.newTrigger().withIdentity(SEND_WAKE).forJob(SEND).startAt(at)
        .withSchedule(SimpleScheduleBuilder.simpleSchedule()
            .withMisfireHandlingInstructionFireNow())
        .build();
    try {
      for (int tries = 0; tries < 3; tries++) {
        Trigger existing = scheduler.getTrigger(SEND_WAKE);
        Date next = existing == null ? null : existing.getNextFireTime();
        if (next != null && !next.after(at) && next.toInstant().isAfter(now)) {
          return;
        }
        if (existing != null) {
          if (scheduler.rescheduleJob(SEND_WAKE, wake) != null) {
            return;
          }
        } else {
          try {
            scheduler.scheduleJob(wake);
            return;
          } catch (org.quartz.ObjectAlreadyExistsException raced) {
            // another daemon of the cluster set one meanwhile: look again
          }
        }
      }
    } catch (SchedulerException e) {
      throw new IllegalStateException("schedule: cannot set the send job's wake-up: "
          + e.getMessage(), e);
    }
  }

  /** When the send job runs next, or null when nothing waits for it. */
  public Instant nextSend() {
    try {
      Trigger wake = scheduler.getTrigger(SEND_WAKE);
      Date next = wake == null ? null : wake.getNextFireTime();
      return next == null ? null : next.toInstant();
    } catch (SchedulerException e) {
      throw new IllegalStateException("schedule: " + e.getMessage(), e);
    }
  }

  /**
   * Schedules {@code job} with {@code trigger}, unless the cluster already has them so (another
   * instance, or this one before a restart, put them there): replacing an equal trigger would move
   * its next run. A trigger that differs (the interval or the digest's time was changed) replaces
   * the old one: the configuration of the daemon that started last wins.
   */
  private void ensure(JobDetail job, Trigger trigger) throws SchedulerException {
    Trigger existing = scheduler.getTrigger(trigger.getKey());
    JobDetail existingJob = scheduler.getJobDetail(job.getKey());
    if (existing != null && existingJob != null && existingJob.getJobClass() == job.getJobClass()
        && sameSchedule(existing, trigger)) {
      return;
    }
    scheduler.scheduleJob(job, Set.of(trigger), true);
  }

  static boolean sameSchedule(Trigger a, Trigger b) {
    if (a.getMisfireInstruction() != b.getMisfireInstruction()) {
      return false;
    }
    if (a instanceof SimpleTrigger x && b instanceof SimpleTrigger y) {
      return x.getRepeatInterval() == y.getRepeatInterval()
          && x.getRepeatCount() == y.getRepeatCount();
    }
    if (a instanceof CronTrigger x && b instanceof CronTrigger y) {
      return x.getCronExpression().equals(y.getCronExpression())
          && x.getTimeZone().getID().equals(y.getTimeZone().getID());
    }
    return false;
  }

  /**
   * Every {@code interval} from now on; a run missed (the job still busy, or every daemon down)
   * runs once as soon as it can, and the interval goes on from there: no backlog.
   */
  static Trigger intervalTrigger(JobKey key, Duration interval) {
    return TriggerBuilder.newTrigger()
        .withIdentity(key.getName(), key.getGroup())
        .forJob(key)
        .startNow()
        .withSchedule(
            SimpleScheduleBuilder.simpleSchedule()
                .withIntervalInMilliseconds(interval.toMillis())
                .repeatForever()
                .withMisfireHandlingInstructionNowWithRemainingCount())
        .build();
  }

  /**
   * The digest's cron trigger in its zone. A fire missed while the job was busy runs once when it
   * can (the Digester makes a second run harmless).
   */
  static Trigger digestTrigger(DigestSettings digest) {
    return TriggerBuilder.newTrigger()
        .withIdentity(DIGEST.getName(), DIGEST.getGroup())
        .forJob(DIGEST)
        .withSchedule(CronScheduleBuilder.cronSchedule(digest.cron())
            .inTimeZone(TimeZone.getTimeZone(digest.zone()))
            .withMisfireHandlingInstructionFireAndProceed())
        .build();
  }

  /** When the digest job runs next, or null when it never will. */
  public Instant nextDigest() {
    try {
      Date next = scheduler.getTrigger(TriggerKey.triggerKey(DIGEST.getName(), DIGEST.getGroup()))
          .getNextFireTime();
      return next == null ? null : next.toInstant();
    } catch (SchedulerException e) {
      throw new IllegalStateException("schedule: " + e.getMessage(), e);
    }
  }

  /** This daemon's id in the cluster, or {@code null} when its schedule is its own. */
  public String instanceId() {
    return store instanceof Store.Clustered clustered ? clustered.instanceId() : null;
  }

  static Properties properties(Store store) {
    Properties properties = new Properties();
    // the scheduler's name is the cluster's: every instance on one database shares it
    properties.setProperty("org.quartz.scheduler.instanceName", "statuswacht");
    properties.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
    // workers that wait for a job without looking for one twice a second, as Quartz's own do
    properties.setProperty("org.quartz.threadPool.class", WaitingThreadPool.class.getName());
    properties.setProperty("org.quartz.threadPool.threadCount", "3");
    properties.setProperty("org.quartz.jobStore.misfireThreshold", "1000");
    if (store instanceof Store.Clustered clustered) {
      String dataSource = dataSourceName(clustered);
      DBConnectionManager.getInstance().addConnectionProvider(dataSource,
          new Connections(clustered.dataSource()));
      properties.setProperty("org.quartz.scheduler.instanceId", clustered.instanceId());
      properties.setProperty("org.quartz.jobStore.class", JobStoreTX.class.getName());
      // reads the job data with getBytes, which PostgreSQL's bytea (and H2's) answer
      properties.setProperty("org.quartz.jobStore.driverDelegateClass",
          PostgreSQLDelegate.class.getName());
      properties.setProperty("org.quartz.jobStore.dataSource", dataSource);
      properties.setProperty("org.quartz.jobStore.tablePrefix", "qrtz_");
      properties.setProperty("org.quartz.jobStore.isClustered", "true");
      properties.setProperty("org.quartz.jobStore.clusterCheckinInterval",
          Long.toString(clustered.checkIn().toMillis()));
    } else {
      properties.setProperty("org.quartz.jobStore.class", RAMJobStore.class.getName());
    }
    return properties;
  }

  private static String dataSourceName(Store.Clustered clustered) {
    // one per scheduler: Quartz keeps its connection providers in a JVM-wide registry
    return "statuswacht-" + clustered.instanceId();
  }

  /**
   * Quartz's connections, from the database's pool. Quartz shuts this provider down with the
   * scheduler; the pool itself is the database's, which closes it.
   */
  private record Connections(DataSource dataSource) implements ConnectionProvider {
    @Override
    public Connection getConnection() throws SQLException {
      return dataSource.getConnection();
    }

    @Override
    public void shutdown() {
      // the pool is closed with the database
    }

    @Override
    public void initialize() {
      // the pool is open already
    }
  }

  public void start() {
    try {
      scheduler.start();
    } catch (SchedulerException e) {
      throw new IllegalStateException("schedule: cannot start Quartz: " + e.getMessage(), e);
    }
  }

  /** Stops the triggers, waits for a running job to finish, and shuts Quartz down. */
  @Override
  public void close() {
    try {
      scheduler.shutdown(true);
    } catch (SchedulerException e) {
      log.warn("schedule: Quartz did not shut down cleanly: {}", e.getMessage());
    }
  }

  /** Runs a poll; never two at once. */
  @DisallowConcurrentExecution
  static final class PollJob extends GuardedJob {
    PollJob(Runnable work) {
      super("poll", work);
    }
  }

  /** Drains the outbox, when a retry is due; never two at once. */
  @DisallowConcurrentExecution
  static final class SendJob extends GuardedJob {
    SendJob(Runnable work) {
      super("send", work);
    }
  }

  /** Queues the weekly digest and sends it; never two at once. */
  @DisallowConcurrentExecution
  static final class DigestJob extends GuardedJob {
    DigestJob(Runnable work) {
      super("digest", work);
    }
  }

  /**
   * The instance whose job a recovering run takes over: Quartz names the trigger of a recovered job
   * {@code recover_<instance id>_<n>}.
   */
  static String recoveredFrom(JobExecutionContext context) {
    String trigger = context.getTrigger().getKey().getName();
    return trigger.replaceFirst("^recover_", "").replaceFirst("_\\d+$", "");
  }

  /**
   * A job that logs what escaped its work instead of letting Quartz swallow it, and says when it
   * runs a dead instance's job again.
   */
  abstract static class GuardedJob implements Job {
    private final String name;
    private final Runnable work;

    GuardedJob(String name, Runnable work) {
      this.name = name;
      this.work = work;
    }

    @Override
    public void execute(JobExecutionContext context) {
      if (context.isRecovering()) {
        log.warn("schedule: {} job taken over from instance {}, which stopped checking in while"
            + " it ran the job: running it again here", name, recoveredFrom(context));
      }
      try {
        work.run();
      } catch (RuntimeException e) {
        log.error("schedule: {} job failed: {}", name, e.toString(), e);
      }
    }
  }
}
