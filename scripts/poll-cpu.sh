#!/usr/bin/env bash
# CPU time of one daemon poll against a loopback Statuspage-style Atom feed (PollCpu in
# src/test/java/nl/statuswacht/bench): unchanged 200, 304, and one post of many changed.
# Usage: scripts/poll-cpu.sh [posts] [warm-up polls] [polls] [scenario ...]; JVM options in
# $JAVA_OPTS (e.g. -XX:StartFlightRecording=filename=target/poll.jfr,settings=profile).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath \
  -Dmdep.includeScope=test >/dev/null
# shellcheck disable=SC2086
exec java ${JAVA_OPTS:-} -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  nl.statuswacht.bench.PollCpu "$@"
