package nl.statuswacht.schedule;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Properties;
import java.util.TimeZone;
import nl.statuswacht.config.DigestSettings;
import org.quartz.CronScheduleBuilder;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.spi.JobFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Quartz, in-memory job store: the poll job at the poll interval, the send job that retries the
 * outbox, and the digest job on a cron expression read in its zone (so Monday 08:00 stays 08:00
 * local across DST). No job runs twice at once; a run missed while the previous one was still busy,
 * or while the daemon was down, is not replayed (the digest catches up by itself: see {@link
 * nl.statuswacht.digestqueue.Digester}). {@link #close()} lets a running job finish.
 */
public final class Schedule implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(Schedule.class);
  static final JobKey POLL = JobKey.jobKey("poll", "statuswacht");
  static final JobKey SEND = JobKey.jobKey("send", "statuswacht");
  static final JobKey DIGEST = JobKey.jobKey("digest", "statuswacht");

  private final Scheduler scheduler;

  /**
   * @param poll what the poll job runs
   * @param send what the send job runs
   * @param digestTimes when the digest job runs
   * @param digest what the digest job runs
   */
  public Schedule(Duration pollInterval, Duration sendInterval, Runnable poll, Runnable send,
      DigestSettings digestTimes, Runnable digest) {
    try {
      scheduler = new StdSchedulerFactory(properties()).getScheduler();
      Map<Class<? extends Job>, Job> jobs = Map.of(PollJob.class, new PollJob(poll),
          SendJob.class, new SendJob(send), DigestJob.class, new DigestJob(digest));
      JobFactory factory = (bundle, s) -> jobs.get(bundle.getJobDetail().getJobClass());
      scheduler.setJobFactory(factory);
      schedule(PollJob.class, POLL, pollInterval);
      schedule(SendJob.class, SEND, sendInterval);
      scheduler.scheduleJob(JobBuilder.newJob(DigestJob.class).withIdentity(DIGEST).build(),
          digestTrigger(digestTimes));
    } catch (SchedulerException e) {
      throw new IllegalStateException("schedule: cannot set up Quartz: " + e.getMessage(), e);
    }
  }

  private void schedule(Class<? extends Job> type, JobKey key, Duration interval)
      throws SchedulerException {
    JobDetail job = JobBuilder.newJob(type).withIdentity(key).build();
    Trigger trigger =
        TriggerBuilder.newTrigger()
            .withIdentity(key.getName(), key.getGroup())
            .startNow()
            .withSchedule(
                SimpleScheduleBuilder.simpleSchedule()
                    .withIntervalInMilliseconds(interval.toMillis())
                    .repeatForever()
                    .withMisfireHandlingInstructionNextWithRemainingCount())
            .build();
    scheduler.scheduleJob(job, trigger);
  }

  /**
   * The digest's cron trigger in its zone. A fire missed while the job was busy runs once when it
   * can (the Digester makes a second run harmless).
   */
  static Trigger digestTrigger(DigestSettings digest) {
    return TriggerBuilder.newTrigger()
        .withIdentity(DIGEST.getName(), DIGEST.getGroup())
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

  private static Properties properties() {
    Properties properties = new Properties();
    properties.setProperty("org.quartz.scheduler.instanceName", "statuswacht");
    properties.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
    properties.setProperty("org.quartz.threadPool.threadCount", "3");
    properties.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
    properties.setProperty("org.quartz.jobStore.misfireThreshold", "1000");
    return properties;
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

  /** Drains the outbox; never two at once. */
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

  /** A job that logs what escaped its work instead of letting Quartz swallow it. */
  abstract static class GuardedJob implements Job {
    private final String name;
    private final Runnable work;

    GuardedJob(String name, Runnable work) {
      this.name = name;
      this.work = work;
    }

    @Override
    public void execute(JobExecutionContext context) {
      try {
        work.run();
      } catch (RuntimeException e) {
        log.error("schedule: {} job failed: {}", name, e.toString(), e);
      }
    }
  }
}
