#!/usr/bin/env bash
# Runs the JMH benchmarks (src/test/java/nl/statuswacht/bench) and prints their results.
# Usage: scripts/bench.sh [JMH options, e.g. ClassifierBenchmark -f 1 -wi 3 -i 5]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath \
  -Dmdep.includeScope=test >/dev/null
exec java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  org.openjdk.jmh.Main "${@:-nl.statuswacht.bench}"
