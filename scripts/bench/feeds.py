#!/usr/bin/env python3
"""Deterministic Statuspage-style history feeds for the poll benchmark (issue 17).

render(n) gives the Atom (or RSS) history feed of n posts, newest first, the same bytes on every
run and machine: post i is one of six kinds (Dutch and English incidents, planned maintenance,
changes), its last update 7 hours before that of post i-1, counting back from 2026-11-27 09:00 UTC, with
one to four timeline updates, none later than its last in Statuspage's escaped HTML ("Nov <var data-var='date'>27</var>,
<var data-var='time'>09:00</var> UTC", the status word in <strong>, then the text), whose texts
state dates and times in Dutch and English as the fixtures under src/test/resources do. Every
incident is resolved and every maintenance completed, so the feed raises no deadline alerts or
reminders by itself. extra_post(k, at) is the k-th post added while a benchmark runs: an open
Dutch incident published at `at`.

    python3 feeds.py render --posts 1000 [--format atom|rss] > history.atom
"""
import argparse
import datetime as dt
import sys
from xml.sax.saxutils import escape

UTC = dt.timezone.utc
START = dt.datetime(2026, 11, 27, 9, 0, tzinfo=UTC)
STEP = dt.timedelta(hours=7)
HOST = "https://status.bench.example"

MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTHS_NL = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
             "september", "oktober", "november", "december"]
MONTHS_EN_LONG = ["January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December"]
DAYS_NL = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
SERVICES = ["KVK API", "KVK Dataservice", "KVK Mutatieservice", "API Zoeken", "API Basisprofiel"]


def nl_date(d):
    return f"{DAYS_NL[d.weekday()]} {d.day} {MONTHS_NL[d.month - 1]} {d.year}"


def en_date(d):
    return f"{DAYS_EN[d.weekday()]} {d.day} {MONTHS_EN_LONG[d.month - 1]} {d.year}"


def amsterdam(t):
    """Europe/Amsterdam wall time of a UTC instant (EU rules: last Sunday of March/October)."""
    def last_sunday(year, month):
        d = dt.datetime(year, month, 31 if month in (3, 10) else 30, 1, 0, tzinfo=UTC)
        return d - dt.timedelta(days=(d.weekday() + 1) % 7)
    summer = last_sunday(t.year, 3) <= t < last_sunday(t.year, 10)
    return t + dt.timedelta(hours=2 if summer else 1)


def header(t):
    """Statuspage's timeline header: 'Nov <var data-var='date'> 7</var>, <var ...>09:00</var> UTC'."""
    return (f"<small>{MONTHS_EN[t.month - 1]} <var data-var='date'>{t.day:2d}</var>, "
            f"<var data-var='time'>{t:%H:%M}</var> UTC</small>")


def incident_nl(i, t):
    service = SERVICES[i % len(SERVICES)]
    start = t - dt.timedelta(hours=2, minutes=15)
    prio = ["ernstig", "beperkt", "minimaal"][i % 3]
    return (f"Verstoring {service} ({i})", [
        (start, "Onderzoek", f"Sinds {amsterdam(start):%H.%M} uur is de {service} niet "
                             f"bereikbaar. De dienstverlening is {prio} verstoord. Wij "
                             f"onderzoeken de oorzaak."),
        (start + dt.timedelta(minutes=50), "Update",
         "We hebben de oorzaak gevonden en werken aan een oplossing. "
         "Zo nodig kunt u de gegevens ophalen via de KVK Dataservice."),
        (t, "Opgelost",
         f"De verstoring is om {amsterdam(t):%H.%M} uur verholpen. De {service} werkt weer "
         f"normaal."),
    ])


def incident_en(i, t):
    service = SERVICES[i % len(SERVICES)]
    start = t - dt.timedelta(hours=2)
    return (f"{service} errors ({i})", [
        (start, "Investigating", f"Since {start:%H:%M} UTC requests to the {service} fail. "
                                 f"Service is severely disrupted (P{1 + i % 3})."),
        (start + dt.timedelta(minutes=30), "Identified",
         "The cause has been identified: a faulty certificate on the load balancer."),
        (start + dt.timedelta(minutes=95), "Monitoring",
         "A fix has been deployed; we are monitoring."),
        (t, "Resolved", "The disruption has been fixed."),
    ])


def on(day, hour, minute=0):
    return dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=UTC)


def maintenance_nl(i, t):
    service = SERVICES[i % len(SERVICES)]
    day = (t - dt.timedelta(days=1)).date()
    return (f"Gepland onderhoud {service} ({i})", [
        (on(day - dt.timedelta(days=21), 10), "Gepland",
         f"Op {nl_date(day)} van 22:00 tot 23:30 uur is de {service} niet beschikbaar door "
         f"onderhoud."),
        (on(day, 21), "In uitvoering", "Het onderhoud is begonnen."),
        (on(day, 22, 20), "Voltooid", "Het onderhoud is klaar."),
    ])


def maintenance_en(i, t):
    service = SERVICES[i % len(SERVICES)]
    day = (t - dt.timedelta(days=1)).date()
    return (f"Planned maintenance {service} ({i})", [
        (on(day - dt.timedelta(days=24), 9), "Scheduled",
         f"The {service} will be unavailable on {en_date(day)} between 21:30 and 23:30 CET "
         f"because of planned maintenance."),
        (on(day, 20, 30), "In progress", "Scheduled maintenance is currently in progress."),
        (on(day, 22, 15), "Completed", "The scheduled maintenance has been completed."),
    ])


def change_nl(i, t):
    service = SERVICES[i % len(SERVICES)]
    day = (t + dt.timedelta(days=120)).date()
    return (f"Wijziging {service} ({i})", [
        (t, "Informatie", f"Per {day.day} {MONTHS_NL[day.month - 1]} {day.year} wijzigen de "
                          f"tarieven van de {service}. U hoeft niets aan te passen."),
    ])


def phase_out_nl(i, t):
    day = (t + dt.timedelta(days=400)).date()
    return (f"Uitfasering versie {1 + i % 3} API Basisprofiel ({i})", [
        (t - dt.timedelta(days=30), "Informatie",
         f"Versie {1 + i % 3} van de API Basisprofiel wordt per {day.day} "
         f"{MONTHS_NL[day.month - 1]} {day.year} uitgefaseerd en vervangen door versie "
         f"{2 + i % 3}."),
        (t, "Informatie",
         "Herinnering: stap tijdig over. De documentatie staat op het Developers Portal."),
    ])


KINDS = [incident_nl, maintenance_nl, incident_en, change_nl, maintenance_en, phase_out_nl]


def html(updates):
    """The entry's content as Statuspage writes it: newest update first."""
    parts = []
    for at, status, text in sorted(updates, key=lambda u: u[0], reverse=True):
        parts.append(f"<p>{header(at)}<br><strong>{escape(status)}</strong> - {escape(text)}</p>")
    return "".join(parts)


def post(i):
    """Post i of the base feed: (code, title, published, updated, html)."""
    t = START - i * STEP
    title, updates = KINDS[i % len(KINDS)](i, t)
    first, last = min(u[0] for u in updates), max(u[0] for u in updates)
    return f"b{i:05d}", title, first, last, html(updates)


def extra_post(k, at):
    """The k-th post added during a run: an open Dutch incident first published at `at`."""
    at = at.replace(second=0, microsecond=0)
    service = SERVICES[k % len(SERVICES)]
    text = (f"Sinds {amsterdam(at):%H.%M} uur is de {service} niet bereikbaar. "
            f"De dienstverlening is beperkt verstoord. Wij onderzoeken de oorzaak.")
    return f"n{k:05d}", f"Storing {service} (nieuw {k})", at, at, html([(at, "Onderzoek", text)])


def attr(text):
    return escape(text, {'"': "&quot;"})


def content(text):
    return escape(text, {"'": "&#x27;", '"': "&quot;"})


def atom_entry(p):
    code, title, published, updated, body = p
    return (f"  <entry>\n"
            f"    <id>tag:status.bench.example,2005:Incident/{code}</id>\n"
            f"    <published>{published:%Y-%m-%dT%H:%M:%SZ}</published>\n"
            f"    <updated>{updated:%Y-%m-%dT%H:%M:%SZ}</updated>\n"
            f"    <link rel=\"alternate\" type=\"text/html\" href=\"{HOST}/incidents/{code}\"/>\n"
            f"    <title>{escape(title)}</title>\n"
            f"    <content type=\"html\">{content(body)}</content>\n"
            f"  </entry>\n")


def rss_item(p):
    code, title, published, updated, body = p
    return (f"    <item>\n"
            f"      <title>{escape(title)}</title>\n"
            f"      <description>{content(body)}</description>\n"
            f"      <pubDate>{published:%a, %d %b %Y %H:%M:%S} +0000</pubDate>\n"
            f"      <link>{HOST}/incidents/{code}</link>\n"
            f"      <guid>{HOST}/incidents/{code}</guid>\n"
            f"    </item>\n")


def document(fmt, entries, newest):
    """The whole feed around already rendered entries (newest first)."""
    if fmt == "atom":
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                "<feed xml:lang=\"nl-NL\" xmlns=\"http://www.w3.org/2005/Atom\">\n"
                "  <id>tag:status.bench.example,2005:/history</id>\n"
                f"  <link rel=\"alternate\" type=\"text/html\" href=\"{HOST}\"/>\n"
                f"  <link rel=\"self\" type=\"application/atom+xml\" href=\"{HOST}/history.atom\"/>\n"
                "  <title>Bench Status - Incident History</title>\n"
                f"  <updated>{newest:%Y-%m-%dT%H:%M:%SZ}</updated>\n"
                "  <author><name>Bench</name></author>\n"
                + "".join(entries) + "</feed>\n")
    return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
            "  <channel>\n"
            "    <title>Bench Status - Incident History</title>\n"
            f"    <link>{HOST}</link>\n"
            "    <description>Statuspage</description>\n"
            + "".join(entries) + "  </channel>\n</rss>\n")


def entry(fmt, p):
    return atom_entry(p) if fmt == "atom" else rss_item(p)


def render(n, fmt="atom"):
    return document(fmt, [entry(fmt, post(i)) for i in range(n)], START).encode("utf-8")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    r = sub.add_parser("render")
    r.add_argument("--posts", type=int, required=True)
    r.add_argument("--format", choices=["atom", "rss"], default="atom")
    args = parser.parse_args()
    sys.stdout.buffer.write(render(args.posts, args.format))


if __name__ == "__main__":
    main()
