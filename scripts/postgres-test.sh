#!/usr/bin/env bash
# The PostgreSQL integration tests (nl.statuswacht.postgres.*IT, the Maven profile postgres)
# against a throwaway cluster this script starts on a free loopback port and stops at the end.
# Arguments go to Maven: scripts/postgres-test.sh -Dit.test=PostgresOutboxIT
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/postgres-cluster.sh
source scripts/postgres-cluster.sh
mvn -B verify -Ppostgres -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false \
  -Dit.test='nl.statuswacht.postgres.*IT' "$@"
