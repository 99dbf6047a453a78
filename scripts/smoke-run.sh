#!/usr/bin/env bash
# Starts the built jar as the README's run command does, against a status page served on
# loopback from the test fixtures: first without one post (the baseline), then with it. Passes
# when exactly two .eml files appear — the new post to ops@example.org, and the weekly digest that
# the digest-only contracts@example.org gets at a first start — and the daemon stops cleanly on
# SIGTERM. Meanwhile its web server (on a free loopback port) is ready and counts the polls.
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

web=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
STATUSWACHT_SOURCE="http://127.0.0.1:$port/" STATUSWACHT_DATA_DIR="$work/data" \
STATUSWACHT_WEB_LISTEN="127.0.0.1:$web" \
STATUSWACHT_POLL_INTERVAL=1s java -jar "$jar" run >"$work/daemon.log" 2>&1 &
daemon=$!

wait_for() { # seconds, description, test command...
  local limit=$1 what=$2; shift 2
  for _ in $(seq $((limit * 4))); do "$@" && return 0; sleep 0.25; done
  echo "smoke: timed out waiting for $what" >&2; cat "$work/daemon.log" >&2; return 1
}
wait_for 60 "the baseline poll" grep -q "baseline=true" "$work/daemon.log"
cp "$full" "$site/history.atom"
wait_for 30 "two .eml files" bash -c "[ \$(ls '$work/data/mail/'*.eml 2>/dev/null | wc -l) -ge 2 ]"

python3 - "$web" <<'PY' || { echo "smoke: the web server is not ready" >&2; cat "$work/daemon.log" >&2; exit 1; }
import sys, urllib.request
base = "http://127.0.0.1:" + sys.argv[1]
ready = urllib.request.urlopen(base + "/readyz", timeout=10)
assert ready.status == 200, ready.status
metrics = urllib.request.urlopen(base + "/metrics", timeout=10).read().decode()
assert 'statuswacht_polls_total{outcome="fetched"}' in metrics, metrics
page = urllib.request.urlopen(base + "/", timeout=10)
assert "script-src 'self'" in page.headers["Content-Security-Policy"]
assert "Open incidents" in page.read().decode()
print("smoke: /readyz 200, /metrics counts the polls, / renders")
PY

kill -TERM "$daemon"
wait "$daemon" || true
daemon=
count=$(ls "$work/data/mail/"*.eml | wc -l)
grep -q "stopped" "$work/daemon.log" || { echo "smoke: no clean stop" >&2; cat "$work/daemon.log" >&2; exit 1; }
[ "$count" -eq 2 ] || { echo "smoke: expected 2 .eml files, found $count" >&2; exit 1; }
post=$(grep -l "^To: ops@example.org" "$work/data/mail/"*.eml)
digest=$(grep -l "^To: contracts@example.org" "$work/data/mail/"*.eml)
grep -q "^Subject: " "$post"
python3 - "$digest" <<'PY' || { echo "smoke: the digest's subject is not a weekly digest" >&2; exit 1; }
import email, email.header, email.policy, sys
subject = email.message_from_binary_file(open(sys.argv[1], "rb"), policy=email.policy.default)["Subject"]
print("smoke: digest subject:", subject)
sys.exit(0 if "Weekoverzicht" in str(subject) else 1)
PY
echo "smoke: the daemon polled, mailed the new post to ops and the weekly digest to contracts as"
echo "smoke: .eml files, and stopped cleanly"
