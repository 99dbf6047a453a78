#!/usr/bin/env bash
# What an unchanged poll costs a daemon that has run for a while (issue 17): starts the daemon
# through bin/statuswacht (its JVM flags) against a Statuspage-style feed on loopback that answers
# 304 to a known ETag (scripts/feedserve.py), polling every INTERVAL, lets it run WARM seconds, then
# reads each thread's CPU (/proc/PID/task/*/schedstat, nanoseconds) at the start and the end of a
# window of WINDOW seconds and prints it per poll: the whole process, and each thread; and the
# daemon's VmHWM and VmRSS at the end of the window.
#
#   scripts/daemon-cpu.sh [POSTS, default 1000] [WARM seconds, default 180] [WINDOW seconds, default 120]
#
# Environment: INTERVAL (default 1s), JAVA_OPTS (added after the launcher's flags), anything the
# daemon reads (STATUSWACHT_*). Asserts nothing; prints figures.
# scripts/idle-cpu.sh is the older measure of an idle daemon run as a plain `java -jar`, by clock
# ticks; this one runs the launcher's flags and counts nanoseconds.
set -euo pipefail
cd "$(dirname "$0")/.."
posts=${1:-1000}
warm=${2:-180}
window=${3:-120}
[ -f target/statuswacht.jar ] || { echo "daemon-cpu: build the jar first (mvn -B package -DskipTests)" >&2; exit 1; }

work=$(mktemp -d)
cleanup() {
  [ -n "${daemon:-}" ] && kill "$daemon" 2>/dev/null && wait "$daemon" 2>/dev/null || true
  [ -n "${server:-}" ] && kill "$server" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
# shellcheck source=scripts/bench/serve.sh
. scripts/bench/serve.sh
serve_feed "$posts" "$work/http.log"

export STATUSWACHT_DATA_DIR="$work/data"
export STATUSWACHT_POLL_INTERVAL=${INTERVAL:-1s} STATUSWACHT_WEB_LISTEN=${STATUSWACHT_WEB_LISTEN:-127.0.0.1:0}
bin/statuswacht run >"$work/daemon.log" 2>&1 &
daemon=$! # the launcher execs java: this is the JVM

threads() { # tid name nanoseconds, one line a thread
  for t in /proc/"$daemon"/task/*; do
    [ -r "$t/schedstat" ] || continue
    printf '%s %s %s\n' "${t##*/}" "$(tr ' ' '_' <"$t/comm" 2>/dev/null)" "$(cut -d' ' -f1 "$t/schedstat" 2>/dev/null)"
  done | awk 'NF == 3' | sort
}
ticks() { awk '{print $14 + $15}' "/proc/$daemon/stat"; }
polls() { grep -c " poll source=" "$work/daemon.log" || true; }

sleep "$warm"
kill -0 "$daemon" 2>/dev/null || { echo "daemon-cpu: the daemon exited:" >&2; tail "$work/daemon.log" >&2; exit 1; }
threads >"$work/before"
t0=$(ticks)
p0=$(polls)
sleep "$window"
threads >"$work/after"
t1=$(ticks)
p1=$(polls)
memory=$(awk '/^VmHWM|^VmRSS/ { printf "%s %d MiB  ", $1, $2 / 1024 }' "/proc/$daemon/status")
n=$((p1 - p0))
if [ "$n" -eq 0 ]; then
  # an idle window (INTERVAL longer than it): per minute instead of per poll
  echo "daemon-cpu: no poll in the window: per minute of an idle daemon"
  n=$(awk -v w="$window" 'BEGIN { print w / 60 }')
fi
hz=$(getconf CLK_TCK)
echo "daemon-cpu: $posts posts, every ${INTERVAL:-1s}, after ${warm}s; $n polls in ${window}s" \
  "($(grep -c '" 304 ' "$work/http.log" || true) 304s so far); JAVA_OPTS=${JAVA_OPTS:-}"
echo "  at the end: $memory"
awk -v a="$t0" -v b="$t1" -v hz="$hz" -v n="$n" 'BEGIN {
  printf "  %7.2f ms  the whole process (ended threads included; clock ticks)\n", (b - a) * 1000 / hz / n }'
join -a2 -e0 -o 2.1,2.2,1.3,2.3 "$work/before" "$work/after" \
  | awk -v n="$n" '{ d = ($4 - $3) / 1e6 / n; s += d; if (d >= 0.005) printf "  %7.2f ms  %s\n", d, $2 }
      END { printf "  %7.2f ms  all live threads (schedstat)\n", s }' | sort -rn
