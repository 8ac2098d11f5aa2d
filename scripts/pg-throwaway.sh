#!/usr/bin/env bash
# Starts (or stops) a throwaway PostgreSQL server on 127.0.0.1 for the tests.
#   scripts/pg-throwaway.sh start   -> prints the server's URL on standard output
#   scripts/pg-throwaway.sh stop
# PostgreSQL refuses to run as root, so the server runs as the 'postgres' user with its data
# folder (mode 700) and socket under .pgtest/ in this checkout.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)/.pgtest"
port="${VROEGBEL_PG_PORT:-54329}"
bindir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
if [ -z "$bindir" ]; then
  echo "pg-throwaway: PostgreSQL is not installed (run scripts/setup.sh --with-postgres)" >&2
  exit 2
fi

as_postgres() {
  if [ "$(id -u)" = 0 ]; then
    su postgres -s /bin/bash -c "$*"
  else
    bash -c "$*"
  fi
}

# The harness connects as the superuser 'postgres' without a password (trust, loopback only);
# every other login - the personal logins of issue 13 - must prove its password with SCRAM,
# as on a real server.
write_hba() {
  as_postgres "cat > '$root/data/pg_hba.conf'" <<'HBA'
local   all   all                  trust
host    all   postgres  127.0.0.1/32  trust
host    all   postgres  ::1/128       trust
host    all   all       127.0.0.1/32  scram-sha-256
host    all   all       ::1/128       scram-sha-256
HBA
}

case "${1:-start}" in
  start)
    if [ -f "$root/data/postmaster.pid" ] && as_postgres "'$bindir/pg_ctl' -D '$root/data' status" >/dev/null 2>&1; then
      # A server started by an older version of this script trusts every login: check passwords.
      if ! grep -q scram-sha-256 "$root/data/pg_hba.conf" 2>/dev/null; then
        write_hba
        as_postgres "'$bindir/pg_ctl' -D '$root/data' reload" >/dev/null
      fi
      echo "postgresql+psycopg://postgres@127.0.0.1:$port/postgres"
      exit 0
    fi
    rm -rf "$root"
    mkdir -p "$root/data" "$root/socket"
    if [ "$(id -u)" = 0 ]; then
      chown -R postgres:postgres "$root"
      # The postgres user must be able to reach the folder through its parents.
      dir="$root"
      while [ "$dir" != "/" ]; do chmod o+x "$dir" 2>/dev/null || true; dir="$(dirname "$dir")"; done
    fi
    chmod 700 "$root/data"
    as_postgres "'$bindir/initdb' -D '$root/data' -U postgres --auth=trust -E UTF8 --locale=C.UTF-8" >"$root/initdb.log" 2>&1 \
      || as_postgres "'$bindir/initdb' -D '$root/data' -U postgres --auth=trust -E UTF8" >"$root/initdb.log" 2>&1 \
      || { cat "$root/initdb.log" >&2; exit 2; }
    write_hba
    as_postgres "'$bindir/pg_ctl' -D '$root/data' -l '$root/server.log' -w -t 60 \
      -o \"-h 127.0.0.1 -p $port -k '$root/socket' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 -c password_encryption=scram-sha-256\" start" >/dev/null \
      || { cat "$root/server.log" >&2; exit 2; }
    echo "postgresql+psycopg://postgres@127.0.0.1:$port/postgres"
    ;;
  stop)
    if [ -d "$root/data" ]; then
      as_postgres "'$bindir/pg_ctl' -D '$root/data' -m fast stop" >/dev/null 2>&1 || true
    fi
    ;;
  *)
    echo "usage: $0 start|stop" >&2
    exit 2
    ;;
esac
