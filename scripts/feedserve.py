#!/usr/bin/env python3
"""A Statuspage-style Atom history feed of N posts, rendered deterministically and served on
loopback with an ETag and Last-Modified, so that a conditional GET gets its 304.

    python3 scripts/feedserve.py --posts 5000 --port 8123          # serves /history.atom
    python3 scripts/feedserve.py --posts 20 --write feed.atom      # only writes it

Every entry has an id, title, link, published and updated date, and HTML content with two to
four timeline updates in Statuspage's markup (`Dec <var data-var='date'>31</var>, <var
data-var='time'>09:00</var> UTC`), in Dutch, about the KVK services. The same N gives the same
bytes. `--no-etag` serves a 200 with the whole body every time (no validators), to measure a poll
that reads and parses the feed on every request. Only loopback addresses are accepted.
"""
import argparse
import datetime
import hashlib
import html
import http.server
import sys

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MAANDEN = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"]
SERVICES = ["KVK API", "KVK Dataservice", "KVK Mutatieservice", "KVK API Zoeken",
            "KVK API Basisprofiel"]
KINDS = [
    ("Verstoring in de {s}", [
        ("Onderzoek", "Wij onderzoeken een verstoring in de {s}. Aanvragen mislukken"
                      " gedeeltelijk. De dienstverlening is beperkt verstoord."),
        ("Update", "De oorzaak is gevonden in een database van de {s}; wij werken aan een"
                   " oplossing. Prioriteit 2."),
        ("Monitoring", "Er is een oplossing doorgevoerd. Wij houden de {s} in de gaten."),
        ("Opgelost", "De verstoring in de {s} is verholpen. Excuses voor het ongemak."),
    ]),
    ("Gepland onderhoud {s}", [
        ("Gepland", "Op zaterdag {d} van 07:00 tot 11:00 uur is de {s} niet beschikbaar"
                    " vanwege gepland onderhoud."),
        ("Bezig", "Het onderhoud aan de {s} is begonnen."),
        ("Voltooid", "Het onderhoud aan de {s} is voltooid. De dienst is weer beschikbaar."),
    ]),
    ("Wijziging in de {s}", [
        ("Gepland", "Per 1 juli van volgend jaar wijzigt het antwoordformaat van de {s}."
                    " De impact is minimaal; u hoeft niets aan te passen."),
        ("Update", "De documentatie van de {s} is bijgewerkt met voorbeelden."),
    ]),
    ("Vertraging signalen {s}", [
        ("Onderzoek", "Signalen van de {s} worden met vertraging geleverd. De"
                      " dienstverlening is minimaal verstoord."),
        ("Opgelost", "Alle signalen van de {s} zijn weer actueel."),
    ]),
]
START = datetime.datetime(2026, 11, 29, 9, 0, tzinfo=datetime.timezone.utc)


def stamp(at):
    return at.strftime("%Y-%m-%dT%H:%M:%SZ")


def update_html(at, status, text):
    return ("<p><small>%s <var data-var='date'>%d</var>, <var data-var='time'>%s</var> UTC"
            "</small><br><strong>%s</strong> - %s</p>"
            % (MONTHS[at.month - 1], at.day, at.strftime("%H:%M"), status, text))


def entry(i):
    """The i-th post, newest first: one every seven hours back from 29 November 2026."""
    published = START - datetime.timedelta(hours=7 * i)
    title, steps = KINDS[i % len(KINDS)]
    service = SERVICES[(i // len(KINDS)) % len(SERVICES)]
    count = 2 + i % (len(steps) - 1) if len(steps) > 2 else 2
    ahead = published + datetime.timedelta(days=14)
    day = "%d %s %d" % (ahead.day, MAANDEN[ahead.month - 1], ahead.year)
    updates = []
    for n in range(count):
        at = published + datetime.timedelta(minutes=35 * n)
        status, text = steps[n]
        updates.append((at, status, text.format(s=service, d=day)))
    last = updates[-1][0]
    content = "".join(update_html(*u) for u in reversed(updates))  # newest first
    return ("  <entry>\n"
            "    <id>tag:status.example.org,2005:Incident/%d</id>\n"
            "    <published>%s</published>\n"
            "    <updated>%s</updated>\n"
            "    <link rel=\"alternate\" type=\"text/html\""
            " href=\"https://status.example.org/incidents/x%05d\"/>\n"
            "    <title>%s</title>\n"
            "    <content type=\"html\">%s</content>\n"
            "  </entry>\n"
            % (100000 + i, stamp(published), stamp(last), i,
               html.escape(title.format(s=service) + " (%d)" % i), html.escape(content)))


def feed(posts):
    return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<feed xml:lang=\"nl-NL\" xmlns=\"http://www.w3.org/2005/Atom\">\n"
            "  <id>tag:status.example.org,2005:/history</id>\n"
            "  <link rel=\"alternate\" type=\"text/html\" href=\"https://status.example.org\"/>\n"
            "  <title>Example Status - Incident History</title>\n"
            "  <updated>%s</updated>\n"
            "  <author><name>Example</name></author>\n"
            "%s</feed>\n" % (stamp(START), "".join(entry(i) for i in range(posts)))
            ).encode("utf-8")


def serve(body, port, etag_on):
    etag = '"%s"' % hashlib.sha256(body).hexdigest()[:32]
    modified = "Sun, 29 Nov 2026 09:00:00 GMT"

    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self):
            if self.path.split("?")[0] != "/history.atom":
                self.send_response(404)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            if etag_on and (self.headers.get("If-None-Match") == etag
                            or self.headers.get("If-Modified-Since") == modified):
                self.send_response(304)
                self.send_header("ETag", etag)
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Type", "application/atom+xml; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            if etag_on:
                self.send_header("ETag", etag)
                self.send_header("Last-Modified", modified)
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, fmt, *args):
            sys.stderr.write("feedserve: %s\n" % (fmt % args))

    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), Handler)
    print("feedserve: %d posts, %d bytes on http://127.0.0.1:%d/history.atom"
          % (body.count(b"<entry>"), len(body), server.server_address[1]), flush=True)
    server.serve_forever()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--posts", type=int, default=20)
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--write", metavar="FILE")
    parser.add_argument("--no-etag", action="store_true")
    args = parser.parse_args()
    body = feed(args.posts)
    if args.write:
        with open(args.write, "wb") as out:
            out.write(body)
        return
    serve(body, args.port, not args.no_etag)


if __name__ == "__main__":
    main()
