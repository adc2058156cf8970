#!/usr/bin/env bash
# Makes a local PostgreSQL database ready for RAS (ops checks, test set-ups).
#
# Usage: ops/postgres-setup.sh [--keep] ROLE PASSWORD DBNAME
#
# Starts the Debian PostgreSQL cluster on this machine (installing the `postgresql` package with apt-get when
# pg_ctlcluster is missing), creates the login role ROLE with PASSWORD (or resets its password) and drops and
# recreates DBNAME owned by ROLE, so every run starts from an empty database. --keep keeps an existing DBNAME.
# Idempotent; prints nothing on success. Needs root (or the postgres OS user). Afterwards the database answers on
# jdbc:postgresql://127.0.0.1:PORT/DBNAME with password authentication (PORT: the cluster's, 5432 by default).
set -euo pipefail

keep=false
if [ "${1:-}" = "--keep" ]; then
  keep=true
  shift
fi
if [ $# -ne 3 ] || [ -z "$1" ] || [ -z "$2" ] || [ -z "$3" ]; then
  echo "usage: $0 [--keep] ROLE PASSWORD DBNAME" >&2
  exit 2
fi
role=$1 password=$2 db=$3

fail() { echo "postgres-setup: $*" >&2; exit 1; }

if ! command -v pg_ctlcluster >/dev/null 2>&1; then
  [ "$(id -u)" -eq 0 ] || fail "pg_ctlcluster is missing and installing postgresql needs root"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null || fail "apt-get update failed"
  apt-get install -y -qq postgresql >/dev/null || fail "apt-get install postgresql failed"
fi

# The first cluster on this machine (Debian: 15 main on bookworm); a fresh package install creates one.
read -r version cluster port _ < <(pg_lsclusters --no-header | head -n 1) \
  || fail "no PostgreSQL cluster found (pg_lsclusters shows none; create one with pg_createcluster)"
# (Started concurrently by another set-up, start fails but status then succeeds.)
if ! pg_ctlcluster "$version" "$cluster" status >/dev/null 2>&1; then
  if ! out=$(pg_ctlcluster "$version" "$cluster" start 2>&1) \
      && ! pg_ctlcluster "$version" "$cluster" status >/dev/null 2>&1; then
    echo "$out" >&2
    tail -n 20 "/var/log/postgresql/postgresql-$version-$cluster.log" >&2 2>/dev/null || true
    fail "could not start PostgreSQL cluster $version/$cluster"
  fi
fi
for _ in $(seq 1 30); do
  pg_isready -q -h 127.0.0.1 -p "$port" && break
  sleep 1
done
pg_isready -q -h 127.0.0.1 -p "$port" || fail "PostgreSQL $version/$cluster does not answer on 127.0.0.1:$port"

# psql as the postgres superuser, from a directory that user can read.
as_postgres() {
  if [ "$(id -un)" = "postgres" ]; then
    (cd / && psql "$@")
  elif [ "$(id -u)" -eq 0 ]; then
    (cd / && runuser -u postgres -- psql "$@")
  else
    (cd / && sudo -n -u postgres psql "$@")
  fi
}

# Names and password go in as psql variables (:"name" quotes an identifier, :'value' a literal), never spliced.
as_postgres -X -q -v ON_ERROR_STOP=1 -p "$port" -d postgres \
    -v role="$role" -v password="$password" -v db="$db" -v keep="$keep" >/dev/null <<'SQL' \
  || fail "could not create role '$role' and database '$db'"
SET client_min_messages = warning;
SELECT NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'role') AS role_missing \gset
\if :role_missing
CREATE ROLE :"role" LOGIN PASSWORD :'password';
\else
ALTER ROLE :"role" WITH LOGIN PASSWORD :'password';
\endif
\if :keep
\else
DROP DATABASE IF EXISTS :"db" WITH (FORCE);
\endif
SELECT NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'db') AS db_missing \gset
\if :db_missing
CREATE DATABASE :"db" OWNER :"role" ENCODING 'UTF8' TEMPLATE template0;
\endif
SQL

# Prove what the application will do: log in over TCP with the password.
PGPASSWORD="$password" psql -X -q -w -h 127.0.0.1 -p "$port" -U "$role" -d "$db" -tAc 'SELECT 1' >/dev/null \
  || fail "role '$role' cannot log in to '$db' on 127.0.0.1:$port with the given password"
