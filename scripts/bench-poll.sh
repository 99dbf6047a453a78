#!/usr/bin/env bash
# The poll benchmark of issue 17: statuswacht beside rss2email (Debian's `r2e run --no-send`) on the
# same Statuspage-style feeds of 20, 1,000 and 5,000 posts, served on loopback. Prints one table;
# everything else (logs, configs, data dirs, results.json, table.txt) goes under target/bench-poll/
# (target/bench-poll-jfr/ with --jfr). BENCHMARKS.md says what each figure means.
#
#   scripts/bench-poll.sh           everything, about 10 minutes
#   scripts/bench-poll.sh --quick   20 and 1,000 posts only
#   scripts/bench-poll.sh --jfr     only the JFR profile of the daemon on the 1,000-post feed
#   scripts/bench-poll.sh --launcher bin/statuswacht   statuswacht through its launcher (its JVM
#                                   flags and class-data archive) instead of java -jar; the
#                                   daemon's heap (--heap, default -Xmx64m) goes in JAVA_OPTS
#
# Further options go to scripts/bench/harness.py (--help lists them). Needs the jar (`mvn -B package
# -DskipTests`), Java 17 or later with jcmd and jfr, Python 3.9 or later, Linux (/proc, inotify) and
# rss2email, which it installs with apt-get when r2e is missing. Anything else missing is an error:
# nothing is skipped.
set -euo pipefail
cd "$(dirname "$0")/.."
die() { echo "bench-poll: $*" >&2; exit 1; }

jar=target/statuswacht.jar
[ -f "$jar" ] || die "$jar is missing: build it first with mvn -B package -DskipTests"
[ -r /proc/self/stat ] && [ -d /proc/self/task ] || die "needs Linux: CPU and memory are read from /proc"
for tool in java jcmd jfr python3; do
  command -v "$tool" >/dev/null 2>&1 || die "$tool is missing (java, jcmd and jfr come with a JDK 17)"
done
java_major=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
[ "${java_major:-0}" -ge 17 ] 2>/dev/null || die "needs Java 17 or later, found ${java_major:-none}"
python3 -c 'import sys; sys.exit(0 if sys.version_info >= (3, 9) else 1)' \
  || die "needs Python 3.9 or later, found $(python3 --version 2>&1)"

# shellcheck source=scripts/bench/debian.sh
. scripts/bench/debian.sh
need_debian r2e rss2email

out=target/bench-poll
for arg in "$@"; do
  [ "$arg" = "--jfr" ] && out=target/bench-poll-jfr
done
exec python3 scripts/bench/harness.py --jar "$jar" --out "$out" "$@"
