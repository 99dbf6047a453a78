package nl.statuswacht.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Quartz's workers that wait for a job instead of looking for one. */
class WaitingThreadPoolTest {
  @Test
  void runsAsManyJobsAsItHasWorkersAndHandsOutAWorkerOnlyWhenOneIsFree() throws Exception {
    WaitingThreadPool pool = new WaitingThreadPool();
    pool.setThreadCount(2);
    pool.setInstanceName("test");
    pool.initialize();
    CountDownLatch running = new CountDownLatch(2);
    CountDownLatch release = new CountDownLatch(1);
    Runnable held = () -> {
      running.countDown();
      try {
        release.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    };
    assertThat(pool.blockForAvailableThreads()).isEqualTo(2);
    assertThat(pool.runInThread(held)).isTrue();
    assertThat(pool.runInThread(held)).isTrue();
    assertThat(running.await(30, TimeUnit.SECONDS)).as("both run at once").isTrue();

    AtomicBoolean handedOut = new AtomicBoolean();
    Thread waiting = new Thread(() -> handedOut.set(pool.blockForAvailableThreads() > 0));
    waiting.start();
    waiting.join(200);
    assertThat(waiting.isAlive()).as("no worker free: it waits").isTrue();
    release.countDown();
    waiting.join(30_000);
    assertThat(handedOut).isTrue();

    CountDownLatch ran = new CountDownLatch(1);
    assertThat(pool.runInThread(ran::countDown)).isTrue();
    pool.shutdown(true);
    assertThat(ran.getCount()).as("shutdown waited for it").isZero();
    assertThat(pool.runInThread(() -> { })).as("refused after shutdown").isFalse();
  }
}
