#!/usr/bin/env python3
"""The poll benchmark's status page on loopback (issue 17).

Serves /<N>/history.atom and /<N>/history.rss: the deterministic feed of N posts (feeds.py), plus
the posts added while the benchmark runs, newest first. Each feed has a mode, set over HTTP:

  GET /_bench/mode?posts=N&mode=validators  ETag (SHA-256 of the body) and Last-Modified; a request
                                            whose If-None-Match (or, without it, If-Modified-Since)
                                            matches gets 304 with no body (the default)
  GET /_bench/mode?posts=N&mode=plain       200 with the same bytes every time, no validators
  GET /_bench/mode?posts=N&mode=grow        one post is added before each feed request, then as
                                            validators (so every poll sees exactly one new post)
  GET /_bench/add?posts=N                   adds one post now (the feed stays as it is after that)
  GET /_bench/reset?posts=N                 back to the N base posts, mode validators

With --gzip, a feed request that accepts gzip gets the body gzip-compressed (Content-Encoding:
gzip; the same bytes for the same body, as a web server's gzip gives them: header time 0).

Every response to a feed request is one JSON line in --log, written when the server's last write
of the response returned: {"t": epoch seconds, "path", "status", "bytes", "posts", "added",
"mode", "inm", "ims", "agent"}. The chosen port is written to --port-file.
"""
import argparse
import datetime as dt
import email.utils
import gzip
import hashlib
import json
import os
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import feeds  # noqa: E402

TYPES = {"atom": "application/atom+xml; charset=utf-8", "rss": "application/rss+xml; charset=utf-8"}


class Feed:
    """One size of feed in both formats: the base entries rendered once, the added ones, the mode."""

    def __init__(self, n):
        self.n = n
        base = [feeds.post(i) for i in range(n)]
        self.base = {fmt: [feeds.entry(fmt, p) for p in base] for fmt in TYPES}
        self.lock = threading.Lock()
        self.reset()

    def reset(self):
        self.added = {fmt: [] for fmt in TYPES}
        self.newest = feeds.START
        self.modified = feeds.START
        self.mode = "validators"
        self.bodies = {}

    def add(self):
        now = dt.datetime.now(dt.timezone.utc)
        p = feeds.extra_post(len(self.added["atom"]) + 1, now)
        for fmt in TYPES:
            self.added[fmt].insert(0, feeds.entry(fmt, p))
        self.newest = p[3]
        # Last-Modified has whole seconds: make each version's differ from the one before
        self.modified = max(now.replace(microsecond=0), self.modified + dt.timedelta(seconds=1))
        self.bodies = {}

    def body(self, fmt):
        if fmt not in self.bodies:
            data = feeds.document(fmt, self.added[fmt] + self.base[fmt], self.newest).encode()
            self.bodies[fmt] = (data, '"' + hashlib.sha256(data).hexdigest()[:32] + '"')
        return self.bodies[fmt]

    def gzipped(self, fmt):
        key = fmt + ".gz"
        if key not in self.bodies:
            self.bodies[key] = gzip.compress(self.body(fmt)[0], compresslevel=6, mtime=0)
        return self.bodies[key]


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "bench-feedserver"

    def log_message(self, *args):
        pass

    def feed(self, posts):
        n = int(posts)
        with self.server.feeds_lock:
            if n not in self.server.feeds:
                self.server.feeds[n] = Feed(n)
            return self.server.feeds[n]

    def reply(self, status, body=b"", headers=()):
        self.send_response(status)
        for k, v in headers:
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if body and self.command != "HEAD":
            self.wfile.write(body)
        self.wfile.flush()

    def control(self, url):
        q = {k: v[0] for k, v in parse_qs(url.query).items()}
        f = self.feed(q["posts"])
        with f.lock:
            if url.path == "/_bench/mode":
                if q["mode"] not in ("validators", "plain", "grow"):
                    return self.reply(400, b"unknown mode\n")
                f.mode = q["mode"]
            elif url.path == "/_bench/add":
                f.add()
            elif url.path == "/_bench/reset":
                f.reset()
            else:
                return self.reply(404, b"no such control\n")
            state = {"posts": f.n, "added": len(f.added["atom"]), "mode": f.mode}
        self.reply(200, (json.dumps(state) + "\n").encode(), [("Content-Type", "application/json")])

    def do_HEAD(self):
        self.do_GET()

    def do_GET(self):
        url = urlparse(self.path)
        if url.path.startswith("/_bench/"):
            return self.control(url)
        parts = url.path.strip("/").split("/")
        if len(parts) != 2 or not parts[0].isdigit() or parts[1] not in ("history.atom", "history.rss"):
            return self.reply(404, b"not found\n", [("Content-Type", "text/plain")])
        fmt = parts[1].split(".")[1]
        f = self.feed(parts[0])
        inm = self.headers.get("If-None-Match")
        ims = self.headers.get("If-Modified-Since")
        with f.lock:
            if f.mode == "grow":
                f.add()
            data, etag = f.body(fmt)
            encoded = self.server.gzip and "gzip" in self.headers.get("Accept-Encoding", "")
            if encoded:
                data = f.gzipped(fmt)
            modified = f.modified
            mode = f.mode
            added = len(f.added[fmt])
        headers = [("Content-Type", TYPES[fmt])]
        if encoded:
            headers.append(("Content-Encoding", "gzip"))
        status = 200
        if mode != "plain":
            last_modified = email.utils.format_datetime(modified, usegmt=True)
            headers += [("ETag", etag), ("Last-Modified", last_modified)]
            if inm is not None:
                fresh = etag in [t.strip() for t in inm.split(",")] or inm.strip() == "*"
            elif ims is not None:
                try:
                    fresh = email.utils.parsedate_to_datetime(ims) >= modified
                except (TypeError, ValueError):
                    fresh = False
            else:
                fresh = False
            if fresh:
                status = 304
        self.reply(status, b"" if status == 304 else data, headers)
        line = {"t": time.time(), "path": url.path, "status": status,
                "bytes": 0 if status == 304 else len(data), "posts": f.n + added,
                "added": added, "mode": mode, "inm": inm is not None, "ims": ims is not None,
                "agent": self.headers.get("User-Agent", "")}
        with self.server.log_lock:
            self.server.log.write(json.dumps(line) + "\n")
            self.server.log.flush()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port-file", required=True)
    parser.add_argument("--log", required=True)
    parser.add_argument("--preload", default="", help="sizes to render at start, e.g. 20,1000")
    parser.add_argument("--gzip", action="store_true", help="gzip a body to who accepts it")
    args = parser.parse_args()
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    server.feeds, server.feeds_lock = {}, threading.Lock()
    server.gzip = args.gzip
    server.log, server.log_lock = open(args.log, "a", encoding="utf-8"), threading.Lock()
    for n in filter(None, args.preload.split(",")):
        server.feeds[int(n)] = Feed(int(n))
    tmp = args.port_file + ".tmp"
    with open(tmp, "w") as out:
        out.write(str(server.server_address[1]))
    os.replace(tmp, args.port_file)
    server.serve_forever()


if __name__ == "__main__":
    main()
