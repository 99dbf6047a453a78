#!/usr/bin/env bash
# Starts the built jar as the README's run command does, against a status page served on
# loopback from the test fixtures: first without one post (the baseline), then with it. Passes
# when exactly one .eml file appears and the daemon stops cleanly on SIGTERM.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=target/statuswacht.jar
[ -f "$jar" ] || { echo "smoke: $jar is missing; run mvn -B verify first" >&2; exit 1; }
command -v python3 >/dev/null || { echo "smoke: python3 is needed to serve the fixtures" >&2; exit 1; }

work=$(mktemp -d)
site="$work/site"
mkdir -p "$site"
cleanup() {
  [ -n "${daemon:-}" ] && kill "$daemon" 2>/dev/null || true
  [ -n "${server:-}" ] && kill "$server" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

full=src/test/resources/fixtures/kvk/site/history.atom
# the feed before post d01 (Incident/1000) was published
python3 - "$full" "$site/history.atom" <<'PY'
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
text = re.sub(r"\s*<entry>\s*<id>tag:status.kvk.nl,2005:Incident/1000</id>.*?</entry>", "", text, flags=re.S)
open(sys.argv[2], "w", encoding="utf-8").write(text)
PY
touch -d '2020-01-01 00:00:00' "$site/history.atom"   # so the next copy is newer for If-Modified-Since

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
python3 -m http.server "$port" --bind 127.0.0.1 --directory "$site" >"$work/http.log" 2>&1 &
server=$!

STATUSWACHT_SOURCE="http://127.0.0.1:$port/" STATUSWACHT_DATA_DIR="$work/data" \
STATUSWACHT_POLL_INTERVAL=1s java -jar "$jar" run >"$work/daemon.log" 2>&1 &
daemon=$!

wait_for() { # seconds, description, test command...
  local limit=$1 what=$2; shift 2
  for _ in $(seq $((limit * 4))); do "$@" && return 0; sleep 0.25; done
  echo "smoke: timed out waiting for $what" >&2; cat "$work/daemon.log" >&2; return 1
}
wait_for 60 "the baseline poll" grep -q "baseline=true" "$work/daemon.log"
cp "$full" "$site/history.atom"
wait_for 30 "an .eml file" bash -c "ls '$work/data/mail/'*.eml >/dev/null 2>&1"

kill -TERM "$daemon"
wait "$daemon" || true
daemon=
count=$(ls "$work/data/mail/"*.eml | wc -l)
grep -q "stopped" "$work/daemon.log" || { echo "smoke: no clean stop" >&2; cat "$work/daemon.log" >&2; exit 1; }
[ "$count" -eq 1 ] || { echo "smoke: expected 1 .eml file, found $count" >&2; exit 1; }
grep -q "^Subject: " "$work/data/mail/"*.eml
echo "smoke: the daemon polled, mailed exactly one new post as .eml, and stopped cleanly"
