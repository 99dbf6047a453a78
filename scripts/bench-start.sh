#!/usr/bin/env bash
# Startup and memory of statuswacht (issue 17), against a Statuspage-style feed served on loopback
# with an ETag (scripts/feedserve.py). Prints figures; asserts nothing.
#
#   scripts/bench-start.sh oneshot [POSTS]         CPU (user+sys), wall and peak RSS of
#                                                  check-config, report and a 304 poll (default 20 posts)
#   scripts/bench-start.sh floor [POSTS]           a 304 poll by turns with its floor: a JVM that only
#                                                  opens the database, makes the conditional GET and
#                                                  logs it (OneShotFloor, from target/test-classes,
#                                                  with an archive of its own), and a JVM that only
#                                                  starts (java -version)
#   scripts/bench-start.sh daemon POSTS [POLLS]    the daemon through a POSTS-post feed: VmHWM and
#                                                  VmRSS (/proc/PID/status) after each of the first
#                                                  POLLS polls (default 4), and any OutOfMemoryError
#
# What runs statuswacht: $BENCH_CMD (default `bin/statuswacht`, the launcher), e.g.
#   BENCH_CMD="java -jar target/statuswacht.jar" scripts/bench-start.sh oneshot
#   BENCH_CMD="java -Xmx32m -jar target/statuswacht.jar" scripts/bench-start.sh daemon 5000
# RUNS (default 5): runs of each one-shot command; the median is printed, and every run with -v.
# KEEP=1 keeps the work directory (the daemon's log, data and configuration) and names it.
# INTERVAL (default 15s): the daemon's poll interval. NO_ETAG=1 serves a 200 on every request.
# MIGRATED=1: the daemon's database is made first, by a one-shot `report` (so the daemon finds the
# schema current and never loads Flyway). WEB_LISTEN (default 127.0.0.1:0): the daemon's web.listen
# (off: no web server).
set -euo pipefail
cd "$(dirname "$0")/.."
cmd=${BENCH_CMD:-bin/statuswacht}
runs=${RUNS:-5}
mode=${1:?usage: bench-start.sh oneshot [POSTS] | floor [POSTS] | daemon POSTS [POLLS]}
[ -x /usr/bin/time ] || { echo "bench-start: /usr/bin/time is needed (apt-get install time)" >&2; exit 1; }

work=$(mktemp -d)
cleanup() {
  [ -n "${daemon:-}" ] && kill "$daemon" 2>/dev/null && wait "$daemon" 2>/dev/null || true
  [ -n "${server:-}" ] && kill "$server" 2>/dev/null || true
  if [ -n "${KEEP:-}" ]; then echo "bench-start: kept $work" >&2; else rm -rf "$work"; fi
}
trap cleanup EXIT

# shellcheck source=scripts/bench/serve.sh
. scripts/bench/serve.sh
serve() { serve_feed "$1" "$work/http.log"; }

export STATUSWACHT_DATA_DIR="$work/data" STATUSWACHT_WEB_LISTEN="${WEB_LISTEN:-127.0.0.1:0}"

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

measure() { # name, args...
  local name=$1; shift
  : >"$work/times"
  for _ in $(seq "$runs"); do
    # user sys maxrss(KiB) wall
    /usr/bin/time -o "$work/t" -f "%U %S %M %e" $cmd "$@" >"$work/out" 2>"$work/err" \
      || { echo "bench-start: $name failed:" >&2; cat "$work/err" "$work/out" >&2; exit 1; }
    cat "$work/t" >>"$work/times"
    [ -n "${VERBOSE:-}" ] && cat "$work/t" >&2
  done
  local cpu wall rss
  cpu=$(awk '{print $1 + $2}' "$work/times" | median)
  wall=$(awk '{print $4}' "$work/times" | median)
  rss=$(awk '{print $3 / 1024}' "$work/times" | median)
  printf "%-14s cpu %5.2f s   wall %5.2f s   peak RSS %4.0f MiB   (median of %d)\n" \
    "$name" "$cpu" "$wall" "$rss" "$runs"
}

case "$mode" in
  oneshot)
    posts=${2:-20}
    serve "$posts"
    echo "statuswacht: $cmd; feed: $posts posts; $(nproc) cores"
    measure check-config check-config
    # the baseline: the first poll reads the feed (200) and stores every post
    $cmd poll >"$work/out" 2>"$work/err" || { cat "$work/err" >&2; exit 1; }
    grep -q "fetched=$posts" "$work/out" || { echo "bench-start: baseline poll:" >&2; cat "$work/out" >&2; }
    measure report report --format json
    measure "poll (304)" poll
    grep -q '" 304 ' "$work/http.log" || echo "bench-start: the server answered no 304" >&2
    ;;
  floor)
    posts=${2:-20}
    floor_class=target/test-classes/nl/statuswacht/store/OneShotFloor.class
    [ -f "$floor_class" ] && [ -f target/statuswacht.jar ] || {
      echo "bench-start: build first: mvn -B package -DskipTests (the jar and the test classes)" >&2
      exit 1
    }
    serve "$posts"
    $cmd poll >"$work/out" 2>"$work/err" || { cat "$work/err" >&2; exit 1; } # the baseline
    mkdir -p "$work/floor"
    jar cf "$work/floor/floor.jar" -C target/test-classes nl/statuswacht/store/OneShotFloor.class
    # the short commands' flags of bin/statuswacht, and an archive made for this class path; no
    # logging (the store's logger would otherwise start Logback: not part of the floor)
    flags="-XX:TieredStopAtLevel=1 -XX:CompileThresholdScaling=5 -XX:+UseSerialGC -XX:-UsePerfData"
    floor=(java $flags -Xshare:auto -Dslf4j.provider=org.slf4j.helpers.NOP_FallbackServiceProvider
      -cp "$work/floor/floor.jar:target/statuswacht.jar")
    db="$STATUSWACHT_DATA_DIR/statuswacht"
    "${floor[@]}" "-XX:ArchiveClassesAtExit=$work/floor/floor.jsa" -Xlog:cds=off \
      nl.statuswacht.store.OneShotFloor "$db" "$STATUSWACHT_SOURCE" 2>"$work/err" \
      || { cat "$work/err" >&2; exit 1; }
    echo "statuswacht: $cmd; feed: $posts posts; $(nproc) cores; $runs runs of each, by turns"
    : >"$work/t.jvm"; : >"$work/t.floor"; : >"$work/t.poll"
    for _ in $(seq "$runs"); do
      /usr/bin/time -a -o "$work/t.jvm" -f "%U %S %M %e" java $flags -Xshare:auto -version \
        2>/dev/null
      /usr/bin/time -a -o "$work/t.floor" -f "%U %S %M %e" "${floor[@]}" \
        "-XX:SharedArchiveFile=$work/floor/floor.jsa" nl.statuswacht.store.OneShotFloor "$db" \
        "$STATUSWACHT_SOURCE" 2>"$work/err" || { cat "$work/err" >&2; exit 1; }
      /usr/bin/time -a -o "$work/t.poll" -f "%U %S %M %e" $cmd poll >"$work/out" 2>"$work/err" \
        || { cat "$work/err" >&2; exit 1; }
    done
    for what in jvm floor poll; do
      cpu=$(awk '{print $1 + $2}' "$work/t.$what" | median)
      wall=$(awk '{print $4}' "$work/t.$what" | median)
      rss=$(awk '{print $3 / 1024}' "$work/t.$what" | median)
      printf "%-14s cpu %5.2f s   wall %5.2f s   peak RSS %4.0f MiB\n" "$what" "$cpu" "$wall" "$rss"
    done
    grep -q '" 304 ' "$work/http.log" || echo "bench-start: the server answered no 304" >&2
    ;;
  daemon)
    posts=${2:?daemon POSTS [POLLS]}
    polls=${3:-4}
    serve "$posts"
    echo "statuswacht: $cmd run; feed: $posts posts; interval ${INTERVAL:-15s}; $(nproc) cores"
    if [ -n "${MIGRATED:-}" ]; then # the database made first, by a one-shot command
      $cmd report >/dev/null 2>"$work/report.err" || { cat "$work/report.err" >&2; exit 1; }
    fi
    STATUSWACHT_POLL_INTERVAL=${INTERVAL:-15s} $cmd run >"$work/daemon.log" 2>&1 &
    daemon=$!
    sleep 0.5
    # the JVM: the launcher execs java, `java -jar` is java itself
    pid=$daemon
    seen=0
    deadline=$((SECONDS + ${TIMEOUT:-600}))
    while [ "$seen" -lt "$polls" ] && [ $SECONDS -lt $deadline ]; do
      if ! kill -0 "$daemon" 2>/dev/null; then
        if grep -q "OutOfMemoryError" "$work/daemon.log"; then
          echo "OutOfMemoryError after $seen polls (the JVM exited: -XX:+ExitOnOutOfMemoryError):"
          grep -m3 "OutOfMemoryError" "$work/daemon.log"; exit 0
        fi
        echo "bench-start: the daemon exited:" >&2; tail -20 "$work/daemon.log" >&2; exit 1
      fi
      if grep -q "OutOfMemoryError" "$work/daemon.log"; then
        hwm=$(awk '/VmHWM/ {print int($2/1024)}' "/proc/$pid/status")
        echo "OutOfMemoryError after $seen polls (VmHWM $hwm MiB):"
        grep -m3 "OutOfMemoryError" "$work/daemon.log"; break
      fi
      now=$(grep -c -E " poll (source=|failed)" "$work/daemon.log" || true)
      if [ "$now" -gt "$seen" ]; then
        seen=$now
        line=$(grep -E " poll (source=|failed)" "$work/daemon.log" | sed -n "${seen}p" \
          | grep -oE "outcome=[a-z_]+|posts=[0-9]+|new=[0-9]+|elapsed_ms=[0-9]+|reason=.*" | tr '\n' ' ')
        hwm=$(awk '/VmHWM/ {print int($2/1024)}' "/proc/$pid/status")
        rss=$(awk '/VmRSS/ {print int($2/1024)}' "/proc/$pid/status")
        cpu=$(awk '{print ($14 + $15) / 100}' "/proc/$pid/stat")
        printf "poll %d: VmHWM %4d MiB  VmRSS %4d MiB  process CPU so far %6.2f s  %s\n" \
          "$seen" "$hwm" "$rss" "$cpu" "$line"
      fi
      sleep 0.2
    done
    [ "$seen" -ge "$polls" ] || grep -q OutOfMemoryError "$work/daemon.log" \
      || echo "bench-start: timed out after $seen polls" >&2
    grep -E "WARN|ERROR" "$work/daemon.log" | grep -v unsubscribe | head -5 || true
    ;;
  *) echo "usage: bench-start.sh oneshot [POSTS] | floor [POSTS] | daemon POSTS [POLLS]" >&2; exit 2 ;;
esac
