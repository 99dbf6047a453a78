#!/usr/bin/env bash
# Instructions, not seconds: what a one-shot command costs, counted by Valgrind (issue 17).
#
#   scripts/bench-instructions.sh [POSTS] [COMMAND...]   (default: 20 posts; check-config, report,
#                                                         poll)
#
# Each COMMAND is one argument, its words split on spaces: "report --format json", "poll --help".
#
# The CPU time of a short command moves by a quarter within an hour on a shared machine, so a
# change of 3% cannot be seen in it however many runs are made by turns (BENCHMARKS.md). The number
# of instructions executed can: each command runs under Valgrind's callgrind, which counts every
# instruction of every thread (the JVM's compiler and collector too), with -Xbatch, so that the JIT
# compiles each method before it runs it again and not whenever its thread gets to it (without it,
# two runs differ by up to 20%; with it, by at most 0.7%). Every run starts from one copy of a
# data directory made by a baseline poll, so that the database (its size, what it compacts at
# close) is the same each time; the feed is served on loopback with an ETag, so `poll` is a 304.
#
# It is slow (about 40 s a run) and measures instructions, not time: a change that saves work
# shows; one that only moves it between threads or waits less does not. Nor does it count the
# kernel's work (page faults: a fifth of a 304 poll's CPU time). And a thread that wakes on a timer
# wakes some 40 times as often per unit of work as in a real run: H2's background writer (every
# 3.3 s) rewrites chunks under Valgrind that a real command, done within a second, leaves alone, so
# work H2 does in the background is counted larger than it is (BENCHMARKS.md).
# Under Valgrind the JVM now and then takes a signal in its compiled code for a crash (its implicit
# null checks are turned off for that, -XX:-ImplicitNullChecks, but not every such trap is); a run
# that ends in the JVM's crash report is made again, up to three times.
#
# What runs statuswacht: $BENCH_CMD (default `bin/statuswacht`; its words split on spaces, as in
# scripts/bench-start.sh); compare two builds by giving each in turn
# (BENCH_CMD=/tmp/before/bin/statuswacht). RUNS (default 3): runs of each command; the median is
# printed, and every run with VERBOSE=1. Needs valgrind, which it installs with apt-get
# when it is missing (Debian's package); anything else missing is an error.
set -euo pipefail
shopt -s inherit_errexit # set -e inside $(count ...) too
export LC_ALL=C
cd "$(dirname "$0")/.."
cmd=${BENCH_CMD:-bin/statuswacht}
runs=${RUNS:-3}
posts=${1:-20}
shift || true
commands=("$@")
[ ${#commands[@]} -gt 0 ] || commands=(check-config report poll)

die() { echo "bench-instructions: $*" >&2; exit 1; }
[[ $posts =~ ^[0-9]+$ ]] || die "POSTS must be a number, not '$posts' (usage: bench-instructions.sh [POSTS] [COMMAND...])"
[[ $runs =~ ^[1-9][0-9]*$ ]] || die "RUNS must be a positive number, not '$runs'"
# shellcheck source=scripts/bench/debian.sh
. scripts/bench/debian.sh
need_debian valgrind valgrind

work=$(mktemp -d)
cleanup() {
  [ -n "${server:-}" ] && kill "$server" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# shellcheck source=scripts/bench/serve.sh
. scripts/bench/serve.sh
serve_feed "$posts" "$work/http.log"
export STATUSWACHT_WEB_LISTEN=127.0.0.1:0

# the data directory every run starts from: a baseline poll, then a 304 poll, whose close leaves
# the file as the measured polls will find it
export STATUSWACHT_DATA_DIR="$work/snapshot"
for _ in 1 2; do
  $cmd poll >"$work/out" 2>"$work/err" || { cat "$work/err" "$work/out" >&2; die "the poll that makes the data directory failed"; }
done
grep -q "^not_modified" "$work/out" || die "the second poll was not a 304: $(cat "$work/out")"

count() { # command (words): prints the instructions of one run
  local tries
  for tries in 1 2 3; do
    rm -rf "$work/data"
    cp -r "$work/snapshot" "$work/data"
    # shellcheck disable=SC2086 # the command's words
    if STATUSWACHT_DATA_DIR="$work/data" JAVA_OPTS="-Xbatch -XX:+UnlockDiagnosticVMOptions -XX:-ImplicitNullChecks -XX:ErrorFile=$work/hs_err.log ${JAVA_OPTS:-}" valgrind --tool=callgrind \
        --smc-check=all-non-file --trace-children=yes --callgrind-out-file="$work/callgrind.out" \
        $cmd $1 >"$work/out" 2>"$work/err"; then
      local n
      n=$(grep "Collected :" "$work/err" | tail -1 | awk '{gsub(",", "", $NF); print $NF}' || true)
      [[ $n =~ ^[0-9]+$ ]] || { cat "$work/err" >&2; die "$1: no instruction count in valgrind's output"; }
      echo "$n"
      return
    fi
    # the JVM's own crash report: a signal in compiled code it did not expect under valgrind
    [ -f "$work/hs_err.log" ] || { cat "$work/err" >&2; die "$1 failed under valgrind"; }
    echo "bench-instructions: the JVM stopped under valgrind ($(grep -m1 -A1 "Problematic frame" \
      "$work/hs_err.log" | tail -1 | cut -c1-80)); again ($tries)" >&2
    rm -f "$work/hs_err.log"
  done
  die "$1: the JVM stopped under valgrind three times"
}

echo "statuswacht: $cmd; feed: $posts posts; $runs runs of each; instructions (callgrind, -Xbatch)"
for command in "${commands[@]}"; do
  : >"$work/counts"
  for _ in $(seq "$runs"); do
    n=$(count "$command")
    echo "$n" >>"$work/counts"
    [ -n "${VERBOSE:-}" ] && echo "  $command: $n" >&2
  done
  # the median in millions (of an even number of runs, the mean of the two middle ones), and each run
  sort -n "$work/counts" | awk -v name="$command" '
    { a[NR] = $1; runs = runs (NR > 1 ? " " : "") sprintf("%.0f", $1 / 1e6) }
    END {
      m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2
      printf "%-14s %6.0f M instructions (median; the runs, lowest first: %s)\n", name, m / 1e6, runs
    }'
done
