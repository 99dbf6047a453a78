#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster on a free loopback port, for the PostgreSQL integration
# tests (the postgres profile, on when TEST_POSTGRES_URL is set). Source it: it exports TEST_POSTGRES_URL, _USER and _PASSWORD and
# sets a trap that stops the cluster and removes its data when the shell exits.
#
# It installs Debian's postgresql package when initdb is missing, and runs the cluster as a
# non-root user when run as root (initdb refuses root): the user postgres, else nobody.
pg_bin=""
if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
  pg_bin="$(dirname "$(command -v initdb)")"
else
  for dir in /usr/lib/postgresql/*/bin; do
    if [ -x "$dir/initdb" ]; then pg_bin="$dir"; fi
  done
fi
if [ -z "$pg_bin" ]; then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql >/dev/null
  for dir in /usr/lib/postgresql/*/bin; do
    if [ -x "$dir/initdb" ]; then pg_bin="$dir"; fi
  done
fi
if [ -z "$pg_bin" ]; then
  echo "postgres-cluster: no initdb found, even after apt-get install postgresql" >&2
  return 1 2>/dev/null || exit 1
fi

as_user=()
pg_owner="$(id -un)"
if [ "$(id -u)" -eq 0 ]; then
  if id postgres >/dev/null 2>&1; then pg_owner=postgres; else pg_owner=nobody; fi
  as_user=(runuser -u "$pg_owner" --)
fi

pg_dir="$(mktemp -d /tmp/statuswacht-pg.XXXXXX)"
chmod 755 "$pg_dir"
mkdir "$pg_dir/data" "$pg_dir/run"
if [ "$(id -u)" -eq 0 ]; then chown "$pg_owner" "$pg_dir/data" "$pg_dir/run"; fi
pg_password="$(head -c 18 /dev/urandom | base64 | tr -d '/+=')"
printf '%s\n' "$pg_password" > "$pg_dir/pwfile"
chmod 644 "$pg_dir/pwfile"
# a free loopback port: a random one nothing answers on
while :; do
  pg_port=$((20000 + RANDOM % 40000))
  (exec 3<>"/dev/tcp/127.0.0.1/$pg_port") 2>/dev/null || break
done

"${as_user[@]}" "$pg_bin/initdb" -D "$pg_dir/data" -U statuswacht --pwfile="$pg_dir/pwfile" \
  -A scram-sha-256 -E UTF8 --locale=C >"$pg_dir/initdb.log" 2>&1 \
  || { cat "$pg_dir/initdb.log" >&2; return 1 2>/dev/null || exit 1; }
rm -f "$pg_dir/pwfile"
"${as_user[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/data/server.log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -p $pg_port -k $pg_dir/run -c fsync=off -c max_connections=200" \
  start >/dev/null || { cat "$pg_dir/data/server.log" >&2; return 1 2>/dev/null || exit 1; }

postgres_cluster_stop() {
  "${as_user[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$pg_dir"
}
trap postgres_cluster_stop EXIT

# not STATUSWACHT_…: statuswacht refuses an environment variable of its prefix it does not know
export TEST_POSTGRES_URL="jdbc:postgresql://127.0.0.1:$pg_port/postgres"
export TEST_POSTGRES_USER=statuswacht
export TEST_POSTGRES_PASSWORD="$pg_password"
echo "postgres-cluster: $("$pg_bin/postgres" --version) on 127.0.0.1:$pg_port (data $pg_dir/data, run as $pg_owner)"
