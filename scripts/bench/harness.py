#!/usr/bin/env python3
"""The poll benchmark of issue 17: statuswacht beside rss2email on the same loopback feeds.

Run through scripts/bench-poll.sh, which checks what is needed first. Everything it writes (logs,
configs, data dirs, results.json, table.txt, JFR recordings) goes under --out. BENCHMARKS.md says
what each figure means; in short:

- one-shot: `statuswacht poll` (as README runs it: `java -jar`, default heap) and `r2e run
  --no-send`, each a fresh process, CPU (user+sys), wall time and peak RSS from wait4's rusage;
- daemon: `java -Xmx64m -jar statuswacht.jar run` polling every 500 ms; the process's CPU
  (/proc/PID/stat utime+stime) is read when the daemon logs a poll line, after warm-up polls (until
  the JIT threads use less than a tenth of the CPU, at most 40 polls), and again N poll lines
  later; the per-poll figure is that delta minus what a daemon burns in the same time without
  polling (the idle rate, measured on a daemon whose interval is an hour), divided by N; the same
  deltas per thread (/proc/PID/task/*/stat) say how much of it was GC and JIT;
- latency: the feed server logs when its last write of a response returned; an inotify watch on
  the mail directory logs when each .eml appears;
- fan-out: one new post for 10,000 subscribers in the config, mailed over SMTP to a local sink.
"""
import argparse
import ctypes
import json
import os
import re
import select
import shutil
import signal
import statistics
import struct
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
LAUNCHER = None  # --launcher: bin/statuswacht instead of java -jar
TICK = os.sysconf("SC_CLK_TCK")
OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


class BenchError(Exception):
    pass


def fail(message):
    raise BenchError(message)


def say(message):
    print(f"bench-poll: {message}", file=sys.stderr, flush=True)


# ---------------------------------------------------------------- helpers: processes, /proc


def cpu_ms(pid):
    """utime + stime of the whole process (every thread, dead ones included), in milliseconds."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) * 1000.0 / TICK


THREAD_GROUPS = [("statuswacht_Wor", "workers"), ("statuswacht-evi", "workers"),
                 ("GC Thread", "GC"), ("G1 ", "GC"),
                 ("VM Thread", "GC"), ("C1 CompilerThre", "JIT"), ("C2 CompilerThre", "JIT"),
                 ("MVStore", "H2"), ("H2-", "H2"), ("HttpClient", "HTTP client")]


def thread_cpu(pid):
    """Per live thread: its name (as /proc shows it, 15 characters) and its CPU in ms."""
    threads = {}
    for tid in os.listdir(f"/proc/{pid}/task"):
        try:
            with open(f"/proc/{pid}/task/{tid}/stat") as f:
                data = f.read()
        except (FileNotFoundError, ProcessLookupError):
            continue
        name = data[data.index("(") + 1:data.rindex(")")]
        fields = data.rsplit(")", 1)[1].split()
        threads[tid] = (name, (int(fields[11]) + int(fields[12])) * 1000.0 / TICK)
    return threads


def thread_groups(before, after, process_ms):
    """CPU between two thread_cpu() snapshots by kind of thread: the Quartz workers (poll, send,
    digest jobs) with the thread that hashes and archives a changed body, GC (with the VM thread), JIT, H2's background threads, the HTTP client, other;
    what threads that ended in between used is the process's delta minus the live threads'."""
    groups = dict.fromkeys(["workers", "GC", "JIT", "H2", "HTTP client", "other"], 0.0)
    for tid, (name, ms) in after.items():
        label = next((g for prefix, g in THREAD_GROUPS if name.startswith(prefix)), "other")
        groups[label] += ms - before.get(tid, (name, 0.0))[1]
    groups["ended threads"] = process_ms - sum(groups.values())
    return groups


def memory_kib(pid):
    values = {}
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            key, _, rest = line.partition(":")
            if key in ("VmHWM", "VmRSS"):
                values[key] = int(rest.split()[0])
    return values


def run_timed(cmd, out, name, env=None, cwd=ROOT, expect=0):
    """Runs cmd to its end; its CPU (user+sys), wall and peak RSS from the rusage wait4 returns."""
    started = time.monotonic()
    with open(out / f"{name}.out", "wb") as o, open(out / f"{name}.err", "wb") as e:
        proc = subprocess.Popen(cmd, stdout=o, stderr=e, cwd=cwd, env=env)
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
    wall = time.monotonic() - started
    if proc.returncode != expect:
        fail(f"{name}: `{' '.join(map(str, cmd))}` exited {proc.returncode}, expected {expect};"
             f" see {out / (name + '.err')}")
    return {"cpu_ms": (usage.ru_utime + usage.ru_stime) * 1000, "wall_ms": wall * 1000,
            "rss_mib": usage.ru_maxrss / 1024, "user_ms": usage.ru_utime * 1000,
            "sys_ms": usage.ru_stime * 1000}


def free_port_file_wait(path, proc, what, timeout=20):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if path.exists():
            return int(path.read_text())
        if proc.poll() is not None:
            fail(f"{what} exited {proc.returncode} before it listened")
        time.sleep(0.05)
    fail(f"{what} did not listen within {timeout} s")


class Site:
    """The feed server (feedserver.py) as a child process, and its request log."""

    def __init__(self, out, preload, gzip=False):
        self.log = out / "feedserver.jsonl"
        port_file = out / "feedserver.port"
        self.proc = subprocess.Popen(
            [sys.executable, str(HERE / "feedserver.py"), "--port-file", str(port_file),
             "--log", str(self.log), "--preload", ",".join(map(str, preload))]
            + (["--gzip"] if gzip else []),
            stdout=open(out / "feedserver.out", "wb"), stderr=subprocess.STDOUT)
        self.port = free_port_file_wait(port_file, self.proc, "the feed server", timeout=120)

    def url(self, n, fmt):
        return f"http://127.0.0.1:{self.port}/{n}/history.{fmt}"

    def control(self, what, n, **query):
        q = "&".join([f"posts={n}"] + [f"{k}={v}" for k, v in query.items()])
        with OPENER.open(f"http://127.0.0.1:{self.port}/_bench/{what}?{q}", timeout=30) as r:
            return json.loads(r.read())

    def mark(self):
        return len(self.requests())

    def requests(self, since=0):
        if not self.log.exists():
            return []
        lines = self.log.read_text().splitlines()
        return [json.loads(line) for line in lines[since:]]

    def stop(self):
        self.proc.terminate()
        self.proc.wait(10)


POLL_LINE = re.compile(
    r"^(\S+) INFO .* PollCycle - poll source=\S+ url=\S+ outcome=(\w+) posts=(\d+) new=(\d+)"
    r" updated=(\d+) queued=(\d+) baseline=(\w+) elapsed_ms=(\d+)")
FAILED_LINE = re.compile(r"^(\S+) WARN .* PollCycle - poll failed .* elapsed_ms=(\d+) reason=(.*)")
SEND_LINE = re.compile(r"^(\S+) INFO .* Statuswacht - send transport=(\w+) sent=(\d+)")


class Daemon:
    """`statuswacht run` as a child process; its log read as it grows."""

    def __init__(self, name, jar, config, out, heap="-Xmx64m", jvm=()):
        self.name, self.out = name, out
        self.log_path = out / f"{name}.log"
        env = None
        if LAUNCHER:
            # bin/statuswacht run: the launcher's flags, then JAVA_OPTS (which wins); it execs
            # java, so the child's pid is the JVM's
            opts = " ".join(([heap] if heap else []) + list(jvm))
            env = dict(os.environ, JAVA_OPTS=opts)
            cmd = [str(LAUNCHER), "run", "--config", str(config)]
            (out / f"{name}.cmd").write_text(f"JAVA_OPTS='{opts}' " + " ".join(cmd) + "\n")
        else:
            cmd = ["java"] + ([heap] if heap else []) + list(jvm) + [
                "-jar", str(jar), "run", "--config", str(config)]
            (out / f"{name}.cmd").write_text(" ".join(cmd) + "\n")
        self.proc = subprocess.Popen(cmd, stdout=open(self.log_path, "wb"),
                                     stderr=subprocess.STDOUT, cwd=ROOT, env=env)
        self.pid = self.proc.pid
        self.offset, self.partial = 0, ""
        self.polls, self.sends, self.problems = [], [], []

    def refresh(self):
        with open(self.log_path, "r", encoding="utf-8", errors="replace") as f:
            f.seek(self.offset)
            text = f.read()
            self.offset = f.tell()
        text = self.partial + text
        lines = text.split("\n")
        self.partial = lines.pop()
        for line in lines:
            m = POLL_LINE.match(line)
            if m:
                self.polls.append({"at": m.group(1), "seen": time.time(), "outcome": m.group(2),
                                   "posts": int(m.group(3)), "new": int(m.group(4)),
                                   "updated": int(m.group(5)), "queued": int(m.group(6)),
                                   "baseline": m.group(7) == "true",
                                   "elapsed_ms": int(m.group(8))})
                continue
            m = FAILED_LINE.match(line)
            if m:
                self.polls.append({"at": m.group(1), "seen": time.time(), "outcome": "failed",
                                   "elapsed_ms": int(m.group(2)), "reason": m.group(3)})
                continue
            m = SEND_LINE.match(line)
            if m:
                self.sends.append({"at": m.group(1), "sent": int(m.group(3))})
            if "OutOfMemoryError" in line or " ERROR " in line:
                self.problems.append(line)

    def alive(self):
        return self.proc.poll() is None

    def wait_polls(self, count, stall, what="polls"):
        """Until `count` poll lines are in the log; fails when none comes for `stall` seconds,
        when the daemon exits, or at an OutOfMemoryError."""
        seen, deadline = len(self.polls), time.monotonic() + stall
        while True:
            self.refresh()
            oom = [line for line in self.problems if "OutOfMemoryError" in line]
            if oom:
                fail(f"{self.name}: OutOfMemoryError while waiting for {what}; see {self.log_path}")
            if len(self.polls) >= count:
                return
            if len(self.polls) > seen:
                seen, deadline = len(self.polls), time.monotonic() + stall
            if not self.alive():
                self.refresh()
                fail(f"{self.name}: the daemon exited ({self.proc.returncode}) while waiting for"
                     f" {what}; see {self.log_path}" + (f": {self.problems[-1]}" if self.problems
                                                       else ""))
            if time.monotonic() > deadline:
                fail(f"{self.name}: no poll line for {stall:.0f} s while waiting for {what}"
                     f" ({len(self.polls)} of {count}); see {self.log_path}")
            time.sleep(0.005)

    def cpu_ms(self):
        return cpu_ms(self.pid)

    def memory(self):
        return memory_kib(self.pid)

    def stop(self, kill=False):
        if self.alive():
            self.proc.send_signal(signal.SIGKILL if kill else signal.SIGTERM)
            try:
                self.proc.wait(60)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)
        self.refresh()


class MailWatch(threading.Thread):
    """inotify on a directory: when each *.eml appears (created or linked/moved in)."""

    IN_CREATE, IN_MOVED_TO = 0x100, 0x80

    def __init__(self, directory):
        super().__init__(daemon=True)
        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        self.fd = libc.inotify_init1(0)
        if self.fd < 0:
            fail("inotify_init1 failed: " + os.strerror(ctypes.get_errno()))
        if libc.inotify_add_watch(self.fd, str(directory).encode(),
                                  self.IN_CREATE | self.IN_MOVED_TO) < 0:
            fail(f"inotify_add_watch {directory} failed: " + os.strerror(ctypes.get_errno()))
        self.events, self.running = [], True
        self.start()

    def run(self):
        while self.running:
            ready, _, _ = select.select([self.fd], [], [], 0.2)
            if not ready:
                continue
            data = os.read(self.fd, 65536)
            now = time.time()
            i = 0
            while i < len(data):
                _, _, _, length = struct.unpack_from("iIII", data, i)
                name = data[i + 16:i + 16 + length].rstrip(b"\0").decode()
                i += 16 + length
                if name.endswith(".eml"):
                    self.events.append((now, name))

    def stop(self):
        self.running = False
        self.join(2)
        os.close(self.fd)


# ---------------------------------------------------------------- configuration files


def write_config(path, source, data, interval="1s", subscribers=("bench@example.org",),
                 smtp_port=None):
    lines = [f"source: {source}", "poll:", f"  interval: {interval}", f"data-dir: {data}",
             "mail:"]
    if smtp_port:
        lines += ["  transport: smtp", "  smtp:", "    host: 127.0.0.1", f"    port: {smtp_port}",
                  "    starttls: off"]
    else:
        lines += ["  transport: file"]
    lines += ["web:", "  listen: 127.0.0.1:0", "subscribers:"]
    lines += [f"  - address: {a}" for a in subscribers]
    path.write_text("\n".join(lines) + "\n")
    return path


# ---------------------------------------------------------------- scenarios


def expect_statuses(site, since, statuses, what):
    got = [r["status"] for r in site.requests(since)]
    if got != statuses:
        fail(f"{what}: the feed server answered {got}, expected {statuses}")
    return got


def one_shot(args, site, n):
    """statuswacht poll and r2e run --no-send, each on a fresh state, through four feed states."""
    out = args.out / f"oneshot-{n}"
    out.mkdir(parents=True)
    site.control("reset", n)
    url = site.url(n, args.format)
    cfg = write_config(out / "statuswacht.yaml", url, out / "data")
    sw = ([str(LAUNCHER)] if LAUNCHER else ["java", "-jar", str(args.jar)]) + [
        "poll", "--config", str(cfg)]
    r2e_cfg, r2e_data = out / "r2e.cfg", out / "r2e.json"
    r2e = ["r2e", "-c", str(r2e_cfg), "-d", str(r2e_data)]
    run_timed(r2e + ["new", "you@example.org"], out, "r2e-new")
    run_timed(r2e + ["add", "bench", url], out, "r2e-add")
    results = {}

    def both(key, sw_statuses, r2e_statuses, what):
        mark = site.mark()
        results[key] = {"sw": run_timed(sw, out, f"sw-{key}")}
        expect_statuses(site, mark, sw_statuses, f"statuswacht poll, {what}")
        mark = site.mark()
        results[key]["r2e"] = run_timed(r2e + ["run", "--no-send"], out, f"r2e-{key}")
        expect_statuses(site, mark, r2e_statuses, f"r2e run, {what}")
        say(f"  {n} posts, {what}: statuswacht {results[key]['sw']['cpu_ms']:.0f} ms CPU,"
            f" rss2email {results[key]['r2e']['cpu_ms']:.0f} ms CPU")

    # the first poll also discovers (fetches the feed once more, and probes for other documents)
    mark = site.mark()
    results["first"] = {"sw": run_timed(sw, out, "sw-first")}
    first = site.requests(mark)
    if not first or first[-1]["status"] != 200:
        fail(f"statuswacht poll, first: the feed server answered {[r['status'] for r in first]}")
    results["first"]["sw_requests"] = [(r["path"], r["status"]) for r in first]
    mark = site.mark()
    results["first"]["r2e"] = run_timed(r2e + ["run", "--no-send"], out, "r2e-first")
    expect_statuses(site, mark, [200], "r2e run, first")
    say(f"  {n} posts, first run: statuswacht {results['first']['sw']['cpu_ms']:.0f} ms CPU,"
        f" rss2email {results['first']['r2e']['cpu_ms']:.0f} ms CPU")
    both("unchanged304", [304], [304], "unchanged (304)")
    site.control("mode", n, mode="plain")
    both("unchanged200", [200], [200], "unchanged (200, same body)")
    site.control("mode", n, mode="validators")
    site.control("add", n)
    both("changed", [200], [200], "one new post")
    log = (out / "sw-changed.err").read_text()
    if "new=1 " not in log:
        fail(f"statuswacht poll, one new post: no 'new=1' in {out / 'sw-changed.err'}")
    return results


def window(d, polls, stall):
    """CPU and wall over the next `polls` poll lines, from one poll line to another."""
    d.wait_polls(len(d.polls) + 1, stall, "a poll to start the window on")
    k0, c0, t0, th0 = len(d.polls), d.cpu_ms(), time.monotonic(), thread_cpu(d.pid)
    d.wait_polls(k0 + polls, stall, f"{polls} polls")
    k1, c1, t1, th1 = len(d.polls), d.cpu_ms(), time.monotonic(), thread_cpu(d.pid)
    lines = d.polls[k0:k1]
    failed = [p for p in lines if p["outcome"] == "failed"]
    if failed:
        fail(f"{d.name}: a poll failed while measuring: {failed[0]['reason']}")
    return {"polls": k1 - k0, "cpu_ms": c1 - c0, "seconds": t1 - t0,
            "threads_ms": thread_groups(th0, th1, c1 - c0),
            "elapsed_ms": [p["elapsed_ms"] for p in lines],
            "outcomes": sorted({p["outcome"] for p in lines}),
            "new": [p.get("new") for p in lines], "queued": [p.get("queued") for p in lines]}


def warm(d, kind, blocks, block=5, most=40, jit_share=0.10, least=0):
    """Polls until the daemon is warm for this kind of poll: the JIT compiler threads used less
    than `jit_share` of the process's CPU over the last `block` polls (at most `most` polls), and
    at least `least` polls were made (--warm-polls: a daemon that has run for a while, whose C1
    has compiled what it ever will). Each block's figures are appended to `blocks` (what is known
    when a later one fails)."""
    polls = 0
    most = max(most, least)
    while True:
        w = window(d, block, 60)
        blocks.append({"polls": w["polls"], "cpu_ms": w["cpu_ms"], "seconds": w["seconds"],
                       "elapsed_ms": w["elapsed_ms"]})
        polls += w["polls"] + 1
        share = w["threads_ms"]["JIT"] / max(w["cpu_ms"], 1.0)
        if polls >= least and (share < jit_share or polls >= most):
            return {"polls": polls, "jit_share_last": share, "steady": share < jit_share}


def daemon_run(args, site, n, plan):
    """One -Xmx64m daemon through the 304, 200-same-body and changed phases on the n-post feed,
    each warmed up first (see warm). A phase the daemon does not get through (an
    OutOfMemoryError, no poll for a minute) is recorded as such, and the later ones are not run."""
    out = args.out / f"daemon-{n}"
    out.mkdir(parents=True)
    site.control("reset", n)
    mail = out / "data" / "mail"
    mail.mkdir(parents=True)
    cfg = write_config(out / "statuswacht.yaml", site.url(n, args.format), out / "data",
                      interval=args.interval)
    d = Daemon(f"daemon-{n}", args.jar, cfg, out, heap=args.heap)
    result = {"phases": {}, "failed": {}, "warm": {}, "warm_blocks": {}}
    watch = None
    phase = "baseline"
    try:
        d.wait_polls(1, 300, "the baseline poll")
        if d.polls[0]["outcome"] == "failed" or not d.polls[0].get("baseline"):
            fail(f"daemon {n}: the first poll was not a baseline: {d.polls[0]}")
        result["baseline_elapsed_ms"] = d.polls[0]["elapsed_ms"]
        phase = "unchanged304"
        least, scale = args.warm_polls, args.polls_scale
        result["warm"][phase] = warm(d, phase, result["warm_blocks"].setdefault(phase, []),
                                     least=least)
        result["phases"][phase] = window(d, plan["n304"] * scale, 60 * scale)
        phase = "unchanged200"
        site.control("mode", n, mode="plain")
        result["warm"][phase] = warm(d, phase, result["warm_blocks"].setdefault(phase, []),
                                     least=least)
        result["phases"][phase] = window(d, plan["n200"] * scale, 60 * scale)
        phase = "changed"
        watch = MailWatch(mail)
        mark = site.mark()
        site.control("mode", n, mode="grow")
        result["warm"][phase] = warm(d, phase, result["warm_blocks"].setdefault(phase, []),
                                     block=3, most=15)
        measured_from = time.time()
        result["phases"][phase] = window(d, plan["nchg"], 60)
        site.control("mode", n, mode="validators")
        d.wait_polls(len(d.polls) + 2, 60, "the polls after the changed ones")
        watch.stop()
        result["latency_ms"] = latencies(site.requests(mark), watch.events, measured_from, n)
        if d.problems:
            fail(f"daemon {n}: {d.problems[0]}")
    except BenchError as e:
        result["failed"][phase] = str(e)
        say(f"  {n} posts, daemon {phase}: FAILED: {e}")
    finally:
        if watch and watch.running:
            watch.stop()
        site.control("mode", n, mode="validators")
        result["memory_kib"] = d.memory() if d.alive() else None
        result["problems"] = d.problems[:3]
        d.stop(kill=bool(result["failed"]))
    for key, p in result["phases"].items():
        say(f"  {n} posts, daemon {key}: {p['cpu_ms']:.0f} ms CPU over {p['polls']} polls in"
            f" {p['seconds']:.1f} s after {result['warm'][key]['polls']} warm-up polls (before"
            f" the idle baseline)")
    result["stopped_cleanly"] = "Statuswacht - stopped" in d.log_path.read_text()
    return result


def latencies(requests, events, since, n):
    """Per changed poll: its 200's completion on the server to the .eml's appearance."""
    responses = [r for r in requests if r["status"] == 200 and r["mode"] == "grow"
                 and r["t"] >= since]
    times = sorted(t for t, _ in events)
    result = []
    for i, r in enumerate(responses):
        nxt = responses[i + 1]["t"] if i + 1 < len(responses) else float("inf")
        mails = [t for t in times if r["t"] <= t < nxt]
        if not mails:
            fail(f"daemon {n}: no .eml appeared after the changed feed of"
                 f" {r['posts']} posts was served")
        result.append((mails[0] - r["t"]) * 1000)
    return result


def idle_run(args, site, n, seconds):
    """A daemon on the n-post data dir with an interval of an hour: its CPU per minute at rest."""
    src = args.out / f"daemon-{n}"
    out = args.out / f"idle-{n}"
    out.mkdir(parents=True)
    site.control("mode", n, mode="validators")
    cfg = write_config(out / "statuswacht.yaml", site.url(n, args.format), src / "data",
                       interval="1h")
    d = Daemon(f"idle-{n}", args.jar, cfg, out, heap=args.heap)
    try:
        d.wait_polls(1, 120, "the first poll")
        if d.polls[0]["outcome"] != "not_modified":
            fail(f"idle {n}: the first poll was {d.polls[0]['outcome']}, expected not_modified")
        time.sleep(args.settle)
        c0, t0, th0 = d.cpu_ms(), time.monotonic(), thread_cpu(d.pid)
        time.sleep(seconds)
        c1, t1, th1 = d.cpu_ms(), time.monotonic(), thread_cpu(d.pid)
        d.refresh()
        if len(d.polls) != 1:
            fail(f"idle {n}: the daemon polled {len(d.polls)} times; expected one")
        memory = d.memory()
    finally:
        d.stop()
    say(f"  idle: {c1 - c0:.0f} ms CPU in {t1 - t0:.1f} s")
    return {"cpu_ms": c1 - c0, "seconds": t1 - t0, "memory_kib": memory,
            "threads_ms": thread_groups(th0, th1, c1 - c0),
            "ms_per_s": (c1 - c0) / (t1 - t0)}


def small_heap(args, site, n, heap):
    """A daemon with a smaller heap through the n-post feed: baseline, 3 unchanged 200s, 2 changed."""
    out = args.out / f"heap-{heap.strip('-')}-{n}"
    out.mkdir(parents=True)
    site.control("reset", n)
    cfg = write_config(out / "statuswacht.yaml", site.url(n, args.format), out / "data",
                       interval=args.interval)
    d = Daemon(f"daemon{heap}-{n}", args.jar, cfg, out, heap=heap)
    started = time.monotonic()
    result = {"heap": heap}
    try:
        try:
            d.wait_polls(1, 120, "the baseline poll")
            site.control("mode", n, mode="plain")
            d.wait_polls(4, 60, "three polls of the same body")
            site.control("mode", n, mode="grow")
            d.wait_polls(6, 60, "two changed polls")
            result["survived"] = not d.problems and all(p["outcome"] != "failed" for p in d.polls)
        except BenchError as e:
            result["survived"] = False
            result["error"] = str(e)
        site.control("mode", n, mode="validators")
        result["cpu_ms"] = d.cpu_ms() if d.alive() else None
        result["memory_kib"] = d.memory() if d.alive() else None
        result["wall_ms"] = (time.monotonic() - started) * 1000
        result["polls"] = [p["outcome"] for p in d.polls]
        result["problems"] = d.problems[:3]
    finally:
        d.stop(kill=True)
    say(f"  {heap} through {n} posts: {'survived' if result['survived'] else 'FAILED'}")
    return result


def fanout(args, site, subscribers, seconds):
    """One new post for `subscribers` subscribers of the config, mailed to a local SMTP sink."""
    n = 20
    out = args.out / "fanout"
    out.mkdir(parents=True)
    port_file, sink_log = out / "sink.port", out / "sink.log"
    sink = subprocess.Popen([sys.executable, str(HERE / "smtpsink.py"), "--port-file",
                             str(port_file), "--log", str(sink_log)],
                            stdout=open(out / "sink.out", "wb"), stderr=subprocess.STDOUT)
    result = {"subscribers": subscribers}
    try:
        port = free_port_file_wait(port_file, sink, "the SMTP sink")
        site.control("reset", n)
        addresses = [f"s{i:05d}@example.org" for i in range(subscribers)]
        cfg = write_config(out / "statuswacht.yaml", site.url(n, args.format), out / "data",
                           interval="2s", subscribers=addresses, smtp_port=port)
        d = Daemon("fanout", args.jar, cfg, out, heap=args.heap)
        try:
            d.wait_polls(3, 300, "the baseline and two polls")
            mark = site.mark()
            site.control("add", n)
            c0 = d.cpu_ms()
            deadline = time.monotonic() + 300
            while True:
                d.refresh()
                queued = [p for p in d.polls if p.get("new") == 1]
                if queued:
                    break
                if time.monotonic() > deadline or not d.alive():
                    fail(f"fan-out: the new post was not polled; see {d.log_path}")
                time.sleep(0.005)
            poll = queued[0]
            c_queued = d.cpu_ms()
            served = [r for r in site.requests(mark) if r["status"] == 200]
            result["poll"] = poll
            result["poll_cpu_ms"] = c_queued - c0
            # delivery: from the first mail at the sink, for `seconds` or until all arrived
            first_deadline = time.monotonic() + 120
            while not mail_times(sink_log):
                if time.monotonic() > first_deadline:
                    fail("fan-out: no mail reached the SMTP sink within 120 s")
                time.sleep(0.01)
            c1, t1 = d.cpu_ms(), time.monotonic()
            end = t1 + seconds
            while time.monotonic() < end and len(mail_times(sink_log)) < subscribers:
                time.sleep(0.1)
            c2 = d.cpu_ms()
            times = mail_times(sink_log)
            result["first_mail_after_response_ms"] = (times[0] - served[0]["t"]) * 1000
            result["delivered"] = len(times)
            result["delivery_seconds"] = times[-1] - times[0]
            result["mails_per_s"] = ((len(times) - 1) / (times[-1] - times[0])
                                     if len(times) > 1 else None)
            result["connections"] = sum(1 for line in sink_log.read_text().splitlines()
                                        if line.endswith("connect"))
            # delivery comes in bursts (a batch of the outbox) between pauses (reading the next
            # batch): the rate within the bursts, and the pauses
            gaps = [b - a for a, b in zip(times, times[1:])]
            pauses = [g for g in gaps if g > 1.0]
            steady = [g for g in gaps if g <= 1.0]
            result["burst_mails_per_s"] = len(steady) / sum(steady) if steady else None
            result["pauses_s"] = pauses
            result["delivery_cpu_ms"] = c2 - c1
            result["memory_kib"] = d.memory()
            result["problems"] = d.problems[:3]
        finally:
            d.stop(kill=True)  # it may still be delivering: a clean stop would wait for that
    finally:
        sink.terminate()
        sink.wait(10)
    say(f"  fan-out: {poll['queued']} queued in a poll of {poll['elapsed_ms']} ms,"
        f" {result['delivered']} delivered at {result['mails_per_s'] or 0:.1f} mails/s")
    return result


def mail_times(log):
    if not log.exists():
        return []
    return [float(line.split()[0]) for line in log.read_text().splitlines()
            if line and not line.endswith("connect")]


# ---------------------------------------------------------------- the table


def fmt(value, digits=0):
    if value is None:
        return "-"
    if isinstance(value, str):
        return value
    return f"{value:,.{digits}f}"


def table(results):
    idle = results.get("idle")
    rate = idle["ms_per_s"] if idle else 0.0
    header = ["scenario", "posts", "sw CPU ms", "sw wall ms", "sw peak RSS MiB", "r2e CPU ms",
              "r2e wall ms", "r2e peak RSS MiB", "CPU sw/r2e"]
    rows = []
    labels = {"first": "poll: first, fresh state", "unchanged304": "poll: unchanged, 304",
              "unchanged200": "poll: unchanged, 200 same body", "changed": "poll: one new post"}
    for n, shots in results.get("oneshot", {}).items():
        for key, label in labels.items():
            sw, r2 = shots[key]["sw"], shots[key]["r2e"]
            rows.append([label, n, fmt(sw["cpu_ms"]), fmt(sw["wall_ms"]), fmt(sw["rss_mib"]),
                         fmt(r2["cpu_ms"]), fmt(r2["wall_ms"]), fmt(r2["rss_mib"]),
                         fmt(sw["cpu_ms"] / r2["cpu_ms"], 1) + "x"])
    labels = {"unchanged304": "daemon: unchanged poll, 304",
              "unchanged200": "daemon: unchanged poll, 200 same body",
              "changed": "daemon: changed poll, 1 new post"}
    for n, run in results.get("daemon", {}).items():
        rss = run["memory_kib"]["VmHWM"] / 1024 if run["memory_kib"] else None
        for key, label in labels.items():
            r2 = results.get("oneshot", {}).get(n, {}).get(key, {}).get("r2e")
            r2cells = [fmt(r2 and r2["cpu_ms"]), fmt(r2 and r2["wall_ms"]),
                       fmt(r2 and r2["rss_mib"])]
            phase = run["phases"].get(key)
            if not phase:
                why = run["failed"].get(key)
                cell = ("OOM" if why and "OutOfMemoryError" in why else
                        "stalled" if why and "no poll line" in why else "failed" if why else
                        "not run")
                rows.append([label, n, cell, cell, fmt(rss)] + r2cells + ["-"])
                continue
            net = (phase["cpu_ms"] - rate * phase["seconds"]) / phase["polls"]
            phase["net_ms_per_poll"] = net
            rows.append([label, n, fmt(net, 1), fmt(statistics.mean(phase["elapsed_ms"])),
                         fmt(rss)] + r2cells
                        + [fmt(net / r2["cpu_ms"], 2) + "x" if r2 else "-"])
        lat = run.get("latency_ms")
        rows.append(["daemon: new post -> .eml (median/max)", n, "-",
                     f"{statistics.median(lat):.0f}/{max(lat):.0f}" if lat else "-", "-", "-",
                     "-", "-", "-"])
    if idle:
        rows.append(["daemon: idle, CPU per minute", idle["posts"], fmt(rate * 60, 1), "60,000",
                     fmt(idle["memory_kib"]["VmRSS"] / 1024), "0", "-", "-", "-"])
    for heap in results.get("small_heap", []):
        why = heap.get("error", "")
        verdict = ("yes" if heap["survived"] else "NO, OOM" if "OutOfMemoryError" in why
                   else "NO, stalled" if "no poll line" in why else "NO")
        rows.append([f"daemon {heap['heap']}: survives? {verdict}",
                     heap["posts"], fmt(heap["cpu_ms"]), fmt(heap["wall_ms"]),
                     # a daemon that has just died has no /proc figures left ({} or None)
                     fmt(heap["memory_kib"]["VmHWM"] / 1024 if heap["memory_kib"] else None),
                     "-", "-", "-", "-"])
    f = results.get("fanout")
    if f:
        rows.append([f"fan-out: queue {f['poll']['queued']:,} mails (the poll)", 20,
                     fmt(f["poll_cpu_ms"]), fmt(f["poll"]["elapsed_ms"]), "-", "-", "-", "-", "-"])
        rows.append(["fan-out: feed response -> first mail at the sink", 20, "-",
                     fmt(f["first_mail_after_response_ms"]), "-", "-", "-", "-", "-"])
        pauses = f["pauses_s"]
        rows.append([f"fan-out: SMTP, {f['delivered']:,} mails in {f['delivery_seconds']:.0f} s ="
                     f" {f['mails_per_s'] or 0:.1f}/s", 20, fmt(f["delivery_cpu_ms"]),
                     fmt(f["delivery_seconds"] * 1000), fmt(f["memory_kib"]["VmHWM"] / 1024),
                     "-", "-", "-", "-"])
        rows.append([f"fan-out: {f['burst_mails_per_s'] or 0:.0f} mails/s in bursts,"
                     f" {len(pauses)} pauses of {statistics.mean(pauses) if pauses else 0:.1f} s,"
                     f" {f['connections']:,} connections", 20, "-", "-", "-", "-", "-", "-", "-"])
    text = aligned(header, rows)
    header = ["daemon CPU by thread, ms per poll (gross)", "posts", "workers", "GC", "JIT", "H2",
              "HTTP client", "other", "ended threads"]
    rows = []
    for n, run in results.get("daemon", {}).items():
        for key, label in labels.items():
            phase = run["phases"].get(key)
            if phase:
                rows.append([label.replace("daemon: ", ""), n]
                            + [fmt(v / phase["polls"], 1) for v in phase["threads_ms"].values()])
    if idle:
        rows.append(["idle, per minute", idle["posts"]]
                    + [fmt(v * 60 / idle["seconds"], 1) for v in idle["threads_ms"].values()])
    if rows:
        text += "\n\n" + aligned(header, rows)
    notes = []
    for n, run in results.get("daemon", {}).items():
        for key, why in run["failed"].items():
            done = run["warm_blocks"].get(key, [])
            polls = sum(b["polls"] for b in done)
            note = f"{n} posts, daemon {key}: {why}"
            if polls:
                cpu = sum(b["cpu_ms"] for b in done) / polls
                elapsed = statistics.mean(e for b in done for e in b["elapsed_ms"])
                note += (f"; before it, {polls} polls of this kind used {cpu:,.0f} ms CPU each"
                         f" (gross, not yet warm), {elapsed:,.0f} ms elapsed")
            notes.append(note)
    for heap in results.get("small_heap", []):
        if not heap["survived"]:
            notes.append(f"{heap['posts']} posts, daemon {heap['heap']}: {heap.get('error')}")
    if notes:
        text += "\n\nFailures:\n" + "\n".join("- " + note for note in notes)
    return text


def aligned(header, rows):
    widths = [max(len(str(r[i])) for r in rows + [header]) for i in range(len(header))]
    lines = [" | ".join(str(c).ljust(w) if i == 0 else str(c).rjust(w)
                        for i, (c, w) in enumerate(zip(r, widths))) for r in [header] + rows]
    lines.insert(1, "-+-".join("-" * w for w in widths))
    return "\n".join(lines)


# ---------------------------------------------------------------- JFR


def jfr_profile(args, site, n=1000):
    """A -Xmx64m daemon on the n-post feed, recorded warm: one JFR recording per kind of poll."""
    out = args.out / f"jfr-{n}"
    out.mkdir(parents=True)
    site.control("reset", n)
    mail = out / "data" / "mail"
    mail.mkdir(parents=True)
    cfg = write_config(out / "statuswacht.yaml", site.url(n, args.format), out / "data",
                       interval=args.interval)
    d = Daemon(f"jfr-{n}", args.jar, cfg, out, heap=args.heap,
               jvm=["-XX:FlightRecorderOptions:stackdepth=256"])
    # the profile settings, with Java code sampled every millisecond instead of every 10 ms
    jfc = Path(subprocess.run(["java", "-XshowSettings:properties", "-version"],
                              capture_output=True, text=True).stderr.split("java.home = ")[1]
               .splitlines()[0].strip()) / "lib" / "jfr" / "profile.jfc"
    settings = out / "profile-1ms.jfc"
    text = jfc.read_text()
    sample = re.search(r'(<event name="jdk.ExecutionSample">.*?<setting name="period"[^>]*>)'
                       r'([^<]*)(</setting>)', text, re.S)
    if not sample:
        fail(f"no jdk.ExecutionSample period in {jfc}")
    settings.write_text(text[:sample.start(2)] + "1 ms" + text[sample.end(2):])
    recordings = {}
    try:
        d.wait_polls(1, 600, "the baseline poll")
        for mode, key, polls in (("validators", "unchanged304", 40),
                                 ("plain", "unchanged200", 30), ("grow", "changed", 30)):
            site.control("mode", n, mode=mode)
            warmed = warm(d, key, [])
            jfr = out / f"{key}.jfr"
            jcmd(d.pid, "JFR.start", f"name={key}", f"settings={settings}", f"filename={jfr}")
            phase = window(d, polls, 60)
            jcmd(d.pid, "JFR.stop", f"name={key}")
            recordings[key] = {"file": str(jfr), "polls": phase["polls"], "cpu_ms": phase["cpu_ms"],
                               "threads_ms": phase["threads_ms"]}
            say(f"  JFR {key}: {phase['polls']} polls recorded in {jfr} after {warmed['polls']}"
                f" warm-up polls")
        site.control("mode", n, mode="validators")
    finally:
        d.stop()
    for key, rec in recordings.items():
        summary = subprocess.run([sys.executable, str(HERE / "jfr_top.py"), rec["file"],
                                  "--polls", str(rec["polls"])],
                                 capture_output=True, text=True)
        if summary.returncode != 0:
            fail(f"jfr_top.py {rec['file']}: {summary.stderr.strip()}")
        (out / f"{key}.txt").write_text(summary.stdout)
        per_poll = ", ".join(f"{k} {v / rec['polls']:.1f}" for k, v in rec["threads_ms"].items())
        rec["summary"] = (f"process CPU {rec['cpu_ms'] / rec['polls']:.1f} ms per poll (gross, with"
                          f" the recording's own cost); by thread, ms per poll: {per_poll}\n"
                          + summary.stdout)
    return recordings


def jcmd(pid, *command):
    done = subprocess.run(["jcmd", str(pid), *command], capture_output=True, text=True)
    if done.returncode != 0:
        fail(f"jcmd {pid} {' '.join(command)}: {done.stdout.strip()} {done.stderr.strip()}")


# ---------------------------------------------------------------- main


def machine(args):
    def first_line(cmd):
        try:
            done = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
            return (done.stdout + done.stderr).strip().splitlines()[0]
        except (OSError, IndexError):
            return "unknown"
    cpu = "unknown"
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"],
                           capture_output=True, text=True, cwd=ROOT).stdout.strip()
    return {"commit": first_line(["git", "rev-parse", "--short", "HEAD"])
            + (" (uncommitted changes)" if dirty else ""),
            "cores": os.cpu_count(), "cpu": cpu, "java": first_line(["java", "-version"]),
            "rss2email": first_line(["r2e", "--version"]),
            "python": sys.version.split()[0], "load average at start": load()}


def load():
    with open("/proc/loadavg") as f:
        return " ".join(f.read().split()[:3])



def main():
    parser = argparse.ArgumentParser(description="statuswacht beside rss2email (issue 17)")
    parser.add_argument("--jar", type=Path, required=True)
    parser.add_argument("--launcher", type=Path,
                        help="run statuswacht through this bin/statuswacht (its flags and the"
                             " archive) instead of java -jar")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--quick", action="store_true", help="20 and 1,000 posts only")
    parser.add_argument("--jfr", action="store_true",
                        help="only the JFR profile of the daemon on the 1,000-post feed")
    parser.add_argument("--sizes", default=None, help="e.g. 20,1000 (default 20,1000,5000)")
    parser.add_argument("--format", choices=["atom", "rss"], default="atom")
    parser.add_argument("--gzip", action="store_true",
                        help="the feed server gzips its bodies, as web servers do")
    parser.add_argument("--heap", default="-Xmx64m")
    parser.add_argument("--small-heap", default="-Xmx32m",
                        help="the heap of the smallheap part (to see how far from it a run is)")
    parser.add_argument("--interval", default="500ms", help="the daemon's poll.interval")
    parser.add_argument("--only", default="oneshot,daemon,idle,smallheap,fanout",
                        help="comma-separated parts to run")
    parser.add_argument("--idle-seconds", type=float, default=None)
    parser.add_argument("--settle", type=float, default=15.0,
                        help="seconds the idle daemon rests before its CPU is read")
    parser.add_argument("--subscribers", type=int, default=10000)
    parser.add_argument("--fanout-seconds", type=float, default=None)
    parser.add_argument("--warm-polls", type=int, default=0,
                        help="the daemon's unchanged phases poll at least this often before they"
                             " are measured (a daemon that has run a while; default: until the"
                             " JIT threads use under a tenth of the CPU, at most 40 polls)")
    parser.add_argument("--polls-scale", type=int, default=1,
                        help="measure this many times as many unchanged polls (finer than the"
                             " 10 ms clock tick per thread)")
    args = parser.parse_args()
    args.jar = args.jar.resolve()
    args.out = args.out.resolve()
    global LAUNCHER
    LAUNCHER = args.launcher.resolve() if args.launcher else None
    sizes = [20, 1000] if args.quick else [20, 1000, 5000]
    if args.sizes:
        sizes = [int(n) for n in args.sizes.split(",")]
    parts = set(args.only.split(","))
    idle_seconds = args.idle_seconds or (30 if args.quick else 45)
    fanout_seconds = args.fanout_seconds or (15 if args.quick else 30)
    if args.out.exists():
        shutil.rmtree(args.out)
    args.out.mkdir(parents=True)
    started = time.monotonic()
    site = Site(args.out, [1000] if args.jfr else sizes, args.gzip)
    results = {"sizes": sizes, "format": args.format, "heap": args.heap,
               "started": time.strftime("%Y-%m-%dT%H:%M:%S%z"), "machine": machine(args)}
    say("; ".join(f"{k} {v}" for k, v in results["machine"].items()))
    try:
        if args.jfr:
            say("JFR profile of the daemon, 1,000 posts")
            results["jfr"] = jfr_profile(args, site)
            for key, rec in results["jfr"].items():
                print(f"== {key}: {rec['polls']} polls\n{rec['summary']}")
            return
        plans = {20: dict(n304=20, n200=15, nchg=12),
                 1000: dict(n304=20, n200=10, nchg=10),
                 5000: dict(n304=20, n200=5, nchg=5)}
        if "oneshot" in parts:
            # untimed: both tools' files into the page cache, so that neither pays for a cold disk
            run_timed(["java", "-jar", str(args.jar), "--version"], args.out, "warm-java")
            run_timed(["r2e", "--version"], args.out, "warm-r2e")
            results["oneshot"] = {}
            for n in sizes:
                say(f"one-shot, {n} posts")
                results["oneshot"][n] = one_shot(args, site, n)
        if "daemon" in parts:
            results["daemon"] = {}
            for n in sizes:
                say(f"daemon, {n} posts")
                results["daemon"][n] = daemon_run(args, site, n, plans[n])
        if "idle" in parts:
            n = 1000 if 1000 in sizes else sizes[-1]
            daemon = results.get("daemon", {}).get(n)
            if not daemon or daemon["failed"]:
                fail(f"the idle baseline runs on the data dir of the {n}-post daemon, which"
                     f" {'did not run' if not daemon else 'failed'}")
            say(f"idle baseline, {n} posts, {idle_seconds:.0f} s")
            results["idle"] = idle_run(args, site, n, idle_seconds)
            results["idle"]["posts"] = n
        if "smallheap" in parts:
            n = sizes[-1]
            say(f"{args.small_heap} through {n} posts")
            heap = small_heap(args, site, n, args.small_heap)
            heap["posts"] = n
            results["small_heap"] = [heap]
        if "fanout" in parts:
            say(f"fan-out to {args.subscribers:,} subscribers")
            results["fanout"] = fanout(args, site, args.subscribers, fanout_seconds)
    finally:
        site.stop()
        results["seconds"] = time.monotonic() - started
        results["load average at end"] = load()
        (args.out / "results.json").write_text(json.dumps(results, indent=2, default=str))
    text = table(results)
    (args.out / "results.json").write_text(json.dumps(results, indent=2, default=str))
    (args.out / "table.txt").write_text(text + "\n")
    print(text)
    if "idle" not in results and "daemon" in results:
        print("(no idle baseline measured: the daemon figures are gross, idle not subtracted)")
    say(f"done in {results['seconds']:.0f} s; load average {results['machine']['load average at start']}"
        f" at the start, {results['load average at end']} at the end; raw output under {args.out}")


if __name__ == "__main__":
    try:
        main()
    except BenchError as e:
        say(f"FAILED: {e}")
        sys.exit(1)
