# Sourced by the benchmark scripts: serve_feed POSTS LOG serves a Statuspage-style feed of POSTS
# posts on a free loopback port (scripts/feedserve.py, with an ETag unless NO_ETAG is set), waits
# until it answers, sets $server to its process and exports STATUSWACHT_SOURCE. The caller kills
# $server when it is done.
serve_feed() { # posts log
  local port
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  python3 scripts/feedserve.py --posts "$1" --port "$port" ${NO_ETAG:+--no-etag} 2>"$2" &
  server=$!
  for _ in $(seq 100); do
    python3 -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$port/history.atom')" \
      2>/dev/null && break
    sleep 0.1
  done
  export STATUSWACHT_SOURCE="http://127.0.0.1:$port/history.atom"
}
