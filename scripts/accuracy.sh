#!/usr/bin/env bash
# How well statuswacht reads posts: every post of src/test/resources/corpus/ rendered as
# Statuspage's Atom and RSS feeds and as a plain Dutch feed, read back, classified, judged and
# compared with its expected fields. Prints per split (stormvloed, windhoos, hoosbui, zonnesteek, hittegolf, windvlaag, ijsregen, motregen, bliksem, bui, wolk, nevel, dauw, zon, wind, onweer, regen, storm, ijzel, vorst, mist, rijp, hagel, dooi, ijs, schaats, tulp, sneeuw, valentijn, lichtmis, krokus, driekoningen, oudejaar, kerstvakantie, winterslaap, herfstvakantie, zomertijd, koningsdag, pinksteren, carnaval, advies, oogst, sint, hemelvaart, pasen, voorjaar, nieuwjaar, kerst, herfst, zomer, lente, february, november, october, september, august, july, june, may, april, march, january,
# advent, winter, spare, december, latest, fresh, unread, sealed, blind, unseen, final, test,
# holdout, validation, training) and per field the share read right, then every miss with the
# evidence that decided it. Also in target/corpus-accuracy.txt.
# Usage: scripts/accuracy.sh            (exits 1 when a figure drops below
#                                        src/test/resources/corpus/floors.properties)
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p target
rm -f target/corpus-accuracy.txt
mvn -q -B test -Dtest=CorpusAccuracyTest -Dsurefire.failIfNoSpecifiedTests=false \
  >target/corpus-accuracy.log 2>&1
status=$?
cat target/corpus-accuracy.txt 2>/dev/null || cat target/corpus-accuracy.log
if [ "$status" -ne 0 ]; then
  echo
  echo "accuracy: below a recorded floor or the test failed (see target/corpus-accuracy.log)"
fi
exit "$status"
