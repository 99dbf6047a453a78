#!/usr/bin/env python3
"""Summarises the execution samples of a JFR recording: where the samples fall by component (each
sample counted once, for the first component in COMPONENTS that any frame of its stack belongs
to), by the innermost statuswacht method on the stack, and the top frames (self time).

    scripts/jfr-top.py RECORDING.jfr [--thread NAME-PREFIX] [--top N]

Reads `jfr print --json --events jdk.ExecutionSample` (the JDK's jfr tool must be on PATH).
"""
import argparse
import collections
import json
import subprocess

# (label, prefixes of "class.method" of a frame), in order of precedence: a sample belongs to the
# first component that any frame of its stack matches.
COMPONENTS = [
    ("Rome: healer (XmlFixerReader)", ["com.rometools.rome.io.impl.XmlFixerReader"]),
    ("Rome: dates (DateParser/SimpleDateFormat)", ["com.rometools.rome.io.impl.DateParser"]),
    ("Rome/XML parse (SAX, JDOM, Rome parsers)", ["com.rometools", "org.jdom2",
                                                 "com.sun.org.apache.xerces", "jdk.internal.org.xml"]),
    ("entry mapping (EntryMapper, timelines, HTML cleaning)", ["nl.statuswacht.read.EntryMapper",
        "nl.statuswacht.read.StatuspageTimeline", "nl.statuswacht.read.DatedTimeline",
        "nl.statuswacht.read.Texts", "nl.statuswacht.read.IncidentIoItem"]),
    ("reading: FeedDates, FeedReader (not Rome or mapping)", ["nl.statuswacht.read.FeedDates",
                                                             "nl.statuswacht.read.FeedReader"]),
    ("merge (PostMerge)", ["nl.statuswacht.read.PostMerge"]),
    ("classify", ["nl.statuswacht.classify"]),
    ("change detection (Material fingerprints)", ["nl.statuswacht.change"]),
    ("database (H2/JDBC)", ["org.h2", "com.zaxxer"]),
    ("evidence archive (SHA-256, gzip)", ["nl.statuswacht.fetch.EvidenceArchive"]),
    ("HTTP (HttpClient, MockWebServer)", ["jdk.internal.net.http", "java.net.http", "mockwebserver3", "okhttp3", "okio",
                                          "sun.nio.ch"]),
    ("mail (templates, outbox)", ["nl.statuswacht.notify", "com.samskivert"]),
    ("logging", ["ch.qos.logback", "org.slf4j"]),
    ("poll (other)", ["nl.statuswacht.poll"]),
]


def frames(event):
    return [f["method"]["type"]["name"].replace("/", ".") + "." + f["method"]["name"]
            for f in event["values"]["stackTrace"]["frames"]]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("recording")
    parser.add_argument("--thread", default=None)
    parser.add_argument("--top", type=int, default=15)
    args = parser.parse_args()
    out = subprocess.run(["jfr", "print", "--json", "--stack-depth", "256", "--events",
                          "jdk.ExecutionSample", args.recording],
                         check=True, capture_output=True, text=True).stdout
    events = json.loads(out)["recording"]["events"]
    top = collections.Counter()
    components = collections.Counter()
    ours = collections.Counter()
    total = 0
    for event in events:
        thread = event["values"]["sampledThread"]["javaName"] or ""
        if args.thread and not thread.startswith(args.thread):
            continue
        stack = frames(event)
        if not stack:
            continue
        total += 1
        top[stack[0]] += 1
        label = next((name for name, prefixes in COMPONENTS
                      if any(frame.startswith(p) for frame in stack for p in prefixes)), "other")
        components[label] += 1
        ours[next((f for f in stack if f.startswith("nl.statuswacht.")), "(none)")] += 1
    print(f"{total} samples" + (f" on threads {args.thread}*" if args.thread else ""))
    print("\nby component (first matching frame from the top):")
    for name, n in components.most_common():
        print(f"  {100.0 * n / total:5.1f}%  {name}")
    print(f"\ntop {args.top} innermost statuswacht methods:")
    for name, n in ours.most_common(args.top):
        print(f"  {100.0 * n / total:5.1f}%  {name}")
    print(f"\ntop {args.top} frames (self):")
    for name, n in top.most_common(args.top):
        print(f"  {100.0 * n / total:5.1f}%  {name}")


if __name__ == "__main__":
    main()
