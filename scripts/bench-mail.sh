#!/usr/bin/env bash
# The mail side of issue 17 (src/test/java/nl/statuswacht/bench/MailBench.java): a new post's mail
# latency after the fetch, and a fan-out to many subscribers over SMTP, with the real daemon's
# parts on loopback (MockWebServer, an H2 file, GreenMail). Not JMH: see MailBench.
# Usage: scripts/bench-mail.sh latency file|smtp|sink [polls]
#        scripts/bench-mail.sh fanout [subscribers] [greenmail|sink]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath \
  -Dmdep.includeScope=test >/dev/null
exec java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  nl.statuswacht.bench.MailBench "$@"
