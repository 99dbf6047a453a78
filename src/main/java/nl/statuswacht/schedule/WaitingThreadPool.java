package nl.statuswacht.schedule;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.quartz.SchedulerConfigException;
import org.quartz.spi.ThreadPool;

/**
 * Quartz's worker threads, waiting without a timeout. Quartz's own {@code SimpleThreadPool} wakes
 * every worker twice a second to look for work, whether there is any or not; between polls a
 * daemon has none, so here an idle worker sleeps until a job is handed to it. Named as Quartz
 * names its workers ({@code statuswacht_Worker-1} …), and, like them, not daemon threads: {@link
 * #shutdown} ends them.
 */
public final class WaitingThreadPool implements ThreadPool {
  private final Object lock = new Object();
  private int threadCount = 3;
  private String name = "statuswacht";
  private ExecutorService workers;
  /** Workers not running a job (guarded by lock). */
  private int free;
  private boolean shutdown;

  /** {@code org.quartz.threadPool.threadCount}. */
  public void setThreadCount(int threadCount) {
    this.threadCount = threadCount;
  }

  @Override
  public void initialize() throws SchedulerConfigException {
    if (threadCount < 1) {
      throw new SchedulerConfigException("thread count must be positive: " + threadCount);
    }
    AtomicInteger number = new AtomicInteger();
    workers = new ThreadPoolExecutor(threadCount, threadCount, 0, TimeUnit.MILLISECONDS,
        new LinkedBlockingQueue<>(), job -> new Thread(job,
            name + "_Worker-" + number.incrementAndGet()));
    synchronized (lock) {
      free = threadCount;
    }
  }

  @Override
  public boolean runInThread(Runnable job) {
    synchronized (lock) {
      while (free == 0 && !shutdown) {
        waitForWorker();
      }
      if (shutdown) {
        return false;
      }
      free--;
    }
    try {
      workers.execute(() -> {
        try {
          job.run();
        } finally {
          release();
        }
      });
      return true;
    } catch (RejectedExecutionException shutDownMeanwhile) {
      release();
      return false;
    }
  }

  private void release() {
    synchronized (lock) {
      free++;
      lock.notifyAll();
    }
  }

  @Override
  public int blockForAvailableThreads() {
    synchronized (lock) {
      while (free == 0 && !shutdown) {
        waitForWorker();
      }
      return free;
    }
  }

  private void waitForWorker() {
    try {
      lock.wait();
    } catch (InterruptedException ignored) {
      // as Quartz's own pool: look again (shutdown ends the wait with notifyAll)
    }
  }

  @Override
  public void shutdown(boolean waitForJobsToComplete) {
    synchronized (lock) {
      shutdown = true;
      lock.notifyAll();
    }
    workers.shutdown();
    if (waitForJobsToComplete) {
      try {
        workers.awaitTermination(Long.MAX_VALUE, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public int getPoolSize() {
    return threadCount;
  }

  @Override
  public void setInstanceId(String instanceId) {
    // the workers are named by the scheduler's name, as Quartz's are
  }

  @Override
  public void setInstanceName(String instanceName) {
    this.name = instanceName;
  }
}
