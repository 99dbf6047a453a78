#!/usr/bin/env python3
"""Summarises the execution samples of a JFR recording (issue 17's profiles).

    python3 jfr_top.py recording.jfr [--polls N] [--top 15] [--match TEXT ...]

Reads `jfr print --json --stack-depth 256 --events jdk.ExecutionSample` and prints, as shares of
all samples (a sample is a Java thread found running Java code; GC and JIT threads are not in
them):

- by component: each sample counted once, for the first frame from the top that is not the JDK
  itself (java.*, jdk.*, sun.*; the JDK's XML parser counts as XML) — "where the time goes" by
  library and by statuswacht package;
- self: the top frame's method (where the CPU actually was);
- inclusive: every statuswacht class on the stack (a sample counts for each class once), and
  every method of statuswacht, Rome, jsoup and H2's JDBC layer on it;
- by thread.
"""
import argparse
import collections
import json
import subprocess
import sys

COMPONENTS = [
    ("Rome", ("com.rometools.",)),
    ("XML parser (JDOM, JDK Xerces)", ("org.jdom2.", "com.sun.org.apache.xerces.",
                                       "com.sun.org.apache.xml.", "javax.xml.", "jdk.xml.",
                                       "org.xml.sax.")),
    ("jsoup", ("org.jsoup.",)),
    ("H2", ("org.h2.",)),
    ("HikariCP", ("com.zaxxer.",)),
    ("Flyway", ("org.flywaydb.",)),
    ("logging (logback, slf4j)", ("ch.qos.logback.", "org.slf4j.")),
    ("Lucene (stemmers)", ("org.apache.lucene.", "org.tartarus.")),
    ("mail (Jakarta Mail, Angus)", ("jakarta.mail.", "org.eclipse.angus.", "com.sun.mail.",
                                    "jakarta.activation.")),
    ("Mustache", ("com.samskivert.", "com.github.mustachejava.")),
    ("ical4j", ("net.fortuna.",)),
    ("Quartz", ("org.quartz.",)),
    ("the JDK's HTTP server", ("sun.net.httpserver.", "com.sun.net.httpserver.")),
    ("Jackson", ("com.fasterxml.",)),
    ("Jollyday", ("de.focus_shift.", "de.jollyday.")),
]
JDK = ("java.", "jdk.", "sun.", "com.sun.")


def frame_class(frame):
    return frame["method"]["type"]["name"].replace("/", ".")


def frame_name(frame):
    return f"{frame_class(frame)}.{frame['method']['name']}"


def component(cls):
    for label, prefixes in COMPONENTS:
        if cls.startswith(prefixes):
            return label
    if cls.startswith("nl.statuswacht."):
        parts = cls.split(".")
        return "statuswacht " + parts[2] if len(parts) > 3 else "statuswacht (root)"
    if cls.startswith(JDK):
        return None
    return "other: " + ".".join(cls.split(".")[:2])


def summarise(path, polls, top, matches=()):
    printed = subprocess.run(["jfr", "print", "--json", "--stack-depth", "256", "--events",
                              "jdk.ExecutionSample", path], capture_output=True, text=True)
    if printed.returncode != 0:
        sys.exit(f"jfr print {path}: {printed.stderr.strip()}")
    events = json.loads(printed.stdout)["recording"]["events"]
    total = len(events)
    if not total:
        sys.exit(f"{path}: no execution samples")
    by_component, by_self, inclusive, methods, threads = (collections.Counter() for _ in range(5))
    truncated = 0
    matched = collections.Counter()
    for event in events:
        values = event["values"]
        frames = values["stackTrace"]["frames"] if values.get("stackTrace") else []
        truncated += bool(values.get("stackTrace", {}).get("truncated"))
        threads[(values.get("sampledThread") or {}).get("javaName") or "?"] += 1
        if not frames:
            by_component["(no stack)"] += 1
            continue
        by_self[frame_name(frames[0])] += 1
        names = [frame_name(f) for f in frames]
        matched.update(m for m in matches if any(m in name for name in names))
        owner = next((c for c in (component(frame_class(f)) for f in frames) if c), "JDK only")
        by_component[owner] += 1
        inclusive.update({frame_class(f).split("$")[0].replace("nl.statuswacht.", "")
                          for f in frames if frame_class(f).startswith("nl.statuswacht.")})
        methods.update({frame_name(f).replace("nl.statuswacht.", "") for f in frames
                        if frame_class(f).startswith(("nl.statuswacht.", "com.rometools.",
                                                      "org.jsoup.", "org.h2.jdbc."))
                        and "$$Lambda" not in frame_class(f)
                        and not frame_class(f).startswith(("nl.statuswacht.Statuswacht",
                                                           "nl.statuswacht.schedule."))})

    def block(title, counter, limit):
        lines = [title]
        for name, count in counter.most_common(limit):
            lines.append(f"  {100.0 * count / total:5.1f}%  {name}")
        return "\n".join(lines)

    head = f"{path}: {total} execution samples"
    if polls:
        head += f" over {polls} polls ({total / polls:.1f} per poll)"
    if truncated:
        head += f"; {truncated} stacks truncated at 256 frames"
    print(head)
    print(block("by component (first non-JDK frame from the top):", by_component, 20))
    print(block(f"self (top frame), top {top}:", by_self, top))
    print(block(f"inclusive, statuswacht classes, top {top}:", inclusive, top))
    print(block("inclusive, methods of statuswacht, Rome, jsoup and H2's JDBC layer, top"
                f" {2 * top}:", methods, 2 * top))
    if matches:
        print(block("inclusive, frames containing:", collections.Counter(
            {m: matched[m] for m in matches}), len(matches)))
    print(block("by thread:", threads, 6))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("recording")
    parser.add_argument("--polls", type=int, default=0)
    parser.add_argument("--top", type=int, default=15)
    parser.add_argument("--match", action="append", default=[],
                        help="also the share of samples with a frame whose class.method contains"
                             " this (repeatable), e.g. --match SimpleDateFormat")
    args = parser.parse_args()
    summarise(args.recording, args.polls, args.top, args.match)


if __name__ == "__main__":
    main()
