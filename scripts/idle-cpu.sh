#!/usr/bin/env bash
# Measures the CPU an idle daemon uses between polls (issue 17): starts the built jar as the
# README's run command does, against the fixture feed on a loopback server, waits until its first
# poll is done and SETTLE seconds more (default 20: JIT and start-up settle), then reads its CPU
# time (utime + stime, /proc/PID/stat) at the start and the end of a quiet window in which no poll
# is due, and prints it per minute, with the threads that used any.
# Usage: scripts/idle-cpu.sh [seconds of the window, default 180] [extra java options...]
# Environment: anything the daemon reads (STATUSWACHT_*), e.g. STATUSWACHT_WEB_LISTEN=off;
# JAR=path measures another build of the jar.
set -euo pipefail
cd "$(dirname "$0")/.."
window=${1:-180}
shift || true
jar=${JAR:-target/statuswacht.jar}
[ -f "$jar" ] || { echo "idle: $jar is missing; run mvn -B package -DskipTests first" >&2; exit 1; }

work=$(mktemp -d)
cleanup() {
  [ -n "${daemon:-}" ] && kill "$daemon" 2>/dev/null || true
  [ -n "${server:-}" ] && kill "$server" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
mkdir -p "$work/site"
cp src/test/resources/fixtures/kvk/site/history.atom "$work/site/history.atom"
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
port=$(free_port)
python3 -m http.server "$port" --bind 127.0.0.1 --directory "$work/site" >"$work/http.log" 2>&1 &
server=$!

export STATUSWACHT_SOURCE="http://127.0.0.1:$port/"
export STATUSWACHT_DATA_DIR="$work/data"
export STATUSWACHT_POLL_INTERVAL=${STATUSWACHT_POLL_INTERVAL:-1h}
export STATUSWACHT_WEB_LISTEN=${STATUSWACHT_WEB_LISTEN:-127.0.0.1:$(free_port)}
java "$@" -jar "$jar" run >"$work/daemon.log" 2>&1 &
daemon=$!
for _ in $(seq 240); do grep -q " poll source=" "$work/daemon.log" && break; sleep 0.25; done
grep -q " poll source=" "$work/daemon.log" || { echo "idle: no poll" >&2; cat "$work/daemon.log" >&2; exit 1; }
sleep "${SETTLE:-20}"

hz=$(getconf CLK_TCK)
ticks() { awk '{print $14 + $15}' "/proc/$daemon/stat"; }
threads() { # tid name ticks
  for t in /proc/"$daemon"/task/*; do
    name=$(tr ' ' '_' <"$t/comm")
    awk -v n="$name" -v id="${t##*/}" '{ sub(/^[^)]*\) /, ""); print id, n, $12 + $13 }' "$t/stat" 2>/dev/null || true
  done | sort
}
threads >"$work/before"
start=$(ticks)
sleep "$window"
end=$(ticks)
threads >"$work/after"
polls=$(grep -c " poll source=" "$work/daemon.log")
echo "idle: window ${window}s, polls so far ${polls} (interval $STATUSWACHT_POLL_INTERVAL), java $*"
awk -v a="$start" -v b="$end" -v hz="$hz" -v w="$window" 'BEGIN {
  printf "idle: %d ms CPU in %d s = %.1f ms per minute\n", (b - a) * 1000 / hz, w, (b - a) * 1000 / hz * 60 / w }'
echo "idle: threads that used CPU in the window (ms):"
join -a2 -e0 -o 2.1,2.2,1.3,2.3 <(sort "$work/before") <(sort "$work/after") \
  | awk -v hz="$hz" '$4 > $3 { printf "  %6d  %s\n", ($4 - $3) * 1000 / hz, $2 }' | sort -rn
