package nl.statuswacht.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.nio.file.Path;
import java.time.Duration;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;

/**
 * The CPU time one poll costs, per {@link PollRig.Scenario}: after the baseline poll and a
 * warm-up, each of {@code polls} polls is timed on the polling thread ({@link
 * ThreadMXBean#getCurrentThreadCpuTime}) and for the whole process ({@code
 * OperatingSystemMXBean.getProcessCpuTime}: every thread, the JIT and GC too, and the loopback
 * site, which runs in the same process), and by the wall clock. The process's CPU time is counted
 * by the kernel in ticks of 10 ms, so it is given as the total over all measured polls divided by
 * their number; the thread's and the wall clock's as median, 90th percentile and mean.
 *
 * <p>With {@code -Dpoll.pause.ms=N} each measured poll waits N ms first, as a daemon's polls
 * are apart: the caches are then as cold as a daemon finds them (the process's figure then holds
 * what the JVM does at rest in between as well).
 *
 * <p>With {@code -Dpoll.jfr=DIR} each scenario's measured polls (not the baseline or the warm-up)
 * are recorded by JFR into {@code DIR/SCENARIO.jfr}, with the JDK's {@code profile} settings and
 * execution samples every {@code -Dpoll.jfr.period} seconds (default 0.002); {@code scripts/jfr-top.py}
 * summarises a recording. With {@code -Dpoll.threads=true} it also prints the CPU time of each
 * Java thread per measured poll.
 *
 * <pre>scripts/poll-cpu.sh [posts] [warm-up polls] [polls] [scenario …]</pre>
 */
public final class PollCpu {
  private PollCpu() {}

  public static void main(String[] args) throws Exception {
    int posts = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    int polls = args.length > 2 ? Integer.parseInt(args[2]) : 200;
    PollRig.Scenario[] scenarios = args.length > 3
        ? Arrays.stream(args, 3, args.length).map(PollRig.Scenario::valueOf)
            .toArray(PollRig.Scenario[]::new)
        : PollRig.Scenario.values();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    var os = (com.sun.management.OperatingSystemMXBean)
        ManagementFactory.getOperatingSystemMXBean();
    System.out.printf(Locale.ROOT, "%d posts, %d warm-up polls, %d measured; milliseconds per"
        + " poll: thread CPU and wall median / p90 / mean, process CPU mean%n", posts, warmUp,
        polls);
    for (PollRig.Scenario scenario : scenarios) {
      try (PollRig rig = new PollRig(scenario, posts)) {
        for (int i = 0; i < warmUp; i++) {
          rig.poll();
        }
        double[] thread = new double[polls];
        double[] wall = new double[polls];
        String outcome = null;
        Recording recording = record();
        Map<String, Long> threadsBefore = threadTimes(threads);
        long gcBefore = gcMillis();
        long jitBefore = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
        long allocatedBefore = allocated(threads);
        long pause = Long.getLong("poll.pause.ms", 0);
        long processStart = os.getProcessCpuTime();
        for (int i = 0; i < polls; i++) {
          if (pause > 0) {
            Thread.sleep(pause);
          }
          long t0 = threads.getCurrentThreadCpuTime();
          long w0 = System.nanoTime();
          outcome = rig.poll().outcome();
          wall[i] = (System.nanoTime() - w0) / 1e6;
          thread[i] = (threads.getCurrentThreadCpuTime() - t0) / 1e6;
        }
        double process = (os.getProcessCpuTime() - processStart) / 1e6 / polls;
        if (recording != null) {
          recording.dump(Path.of(System.getProperty("poll.jfr"), scenario + ".jfr"));
          recording.close();
        }
        System.out.printf(Locale.ROOT, "%-14s outcome=%-12s thread CPU %s | process CPU %7.2f"
            + " | wall %s%n", scenario, outcome, stats(thread), process, stats(wall));
        if (Boolean.getBoolean("poll.threads")) {
          System.out.printf(Locale.ROOT, "    %8.3f ms per poll  in GC pauses; %8.3f ms JIT;"
              + " %8.1f KB allocated by the polling thread%n",
              (gcMillis() - gcBefore) / (double) polls,
              (ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - jitBefore)
                  / (double) polls, (allocated(threads) - allocatedBefore) / 1024.0 / polls);
          Map<String, Long> after = threadTimes(threads);
          after.forEach((name, nanos) -> {
            double ms = (nanos - threadsBefore.getOrDefault(name, 0L)) / 1e6 / polls;
            if (ms >= 0.01) {
              System.out.printf(Locale.ROOT, "    %8.3f ms per poll  %s%n", ms, name);
            }
          });
        }
      }
    }
  }

  private static long gcMillis() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream()
        .mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionTime).sum();
  }

  private static long allocated(ThreadMXBean threads) {
    return ((com.sun.management.ThreadMXBean) threads).getCurrentThreadAllocatedBytes();
  }

  /** The CPU time of every live Java thread so far, by name (and id), in nanoseconds. */
  private static Map<String, Long> threadTimes(ThreadMXBean threads) {
    Map<String, Long> times = new TreeMap<>();
    for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
      if (info != null) {
        long nanos = threads.getThreadCpuTime(info.getThreadId());
        if (nanos > 0) {
          times.put(info.getThreadName() + " #" + info.getThreadId(), nanos);
        }
      }
    }
    return times;
  }

  /** A JFR recording of what follows, when {@code poll.jfr} names a directory; else null. */
  private static Recording record() throws Exception {
    if (System.getProperty("poll.jfr") == null) {
      return null;
    }
    Recording recording = new Recording(Configuration.getConfiguration("profile"));
    recording.enable("jdk.ExecutionSample")
        .withPeriod(Duration.parse("PT" + System.getProperty("poll.jfr.period", "0.002") + "S"));
    recording.start();
    return recording;
  }

  private static String stats(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    double mean = Arrays.stream(values).average().orElse(0);
    return String.format(Locale.ROOT, "%7.2f / %7.2f / %7.2f", sorted[sorted.length / 2],
        sorted[(int) Math.ceil(sorted.length * 0.9) - 1], mean);
  }
}
