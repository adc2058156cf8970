#!/usr/bin/env bash
# Deploys RAS (ear/target/ras.ear) to a full Payara Server 6 and checks that it works.
#
# Usage: ops/payara-server.sh COMMAND [ARG]
#   install DIR   unzip Payara Server into DIR (gives DIR/payara6; the zip comes from ~/.m2 or Maven)
#   start | stop | restart
#                 start/stop/restart the domain $PAYARA_DOMAIN
#   configure     on the running domain: the RAS_* settings of this environment (below) as system properties,
#                 which MicroProfile Config and RAS's own data source settings read; RAS_DEMO defaults to false.
#                 With RAS_BIND, the HTTP listeners listen on that address only.
#   deploy EAR    deploy (or redeploy) the EAR as application $RAS_APP_NAME at context root /
#   undeploy      undeploy $RAS_APP_NAME
#   check [EAR]   the full check, once: installs Payara into a temporary directory, creates and starts its own
#                 domain on port base $RAS_CHECK_PORTBASE (admin 28048, http 28080 by default), configures it
#                 against a fresh PostgreSQL database (ops/postgres-setup.sh), deploys the EAR with the daily
#                 batch jobs scheduled every minute, checks the login page, /health/ready, the login redirect, the
#                 bulk-filing recovery and that both jobs complete their work (within 90 s), then undeploys, stops
#                 and deletes everything.
#
# Server:  PAYARA_HOME (/opt/payara6), PAYARA_DOMAIN (domain1), PAYARA_DOMAINDIR (Payara's default),
#          PAYARA_ADMIN_HOST (localhost), PAYARA_ADMIN_PORT (4848), PAYARA_ADMIN_USER (admin),
#          PAYARA_PASSWORD_FILE (asadmin --passwordfile; none), PAYARA_VERSION (6.2025.9), RAS_APP_NAME (ras)
# RAS:     RAS_DB_URL, RAS_DB_USER, RAS_DB_PASSWORD (PostgreSQL; without RAS_DB_URL the embedded H2 database under
#          RAS_DATA_DIR), RAS_DATA_DIR, RAS_DEMO, RAS_BASE_URL, RAS_SMTP_HOST, RAS_SMTP_PORT, RAS_SMTP_USER,
#          RAS_SMTP_PASSWORD, RAS_SMTP_STARTTLS, RAS_MAIL_FROM, RAS_MAIL_RETRY_BASE_SECONDS, RAS_BIND,
#          RAS_DATA_KEY (base64 of 32 bytes: the personal data key; RAS does not deploy without it. Make one with
#          head -c 32 /dev/urandom | base64 and keep it safe: without it the encrypted personal data is lost)
# check:   RAS_CHECK_PORTBASE (28000), RAS_CHECK_DB (ras_ops: role and database), RAS_CHECK_KEEP=1 keeps the
#          temporary directory for inspection; RAS_DATA_KEY when set, else a fresh key for this check only
set -euo pipefail

script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$script_dir")

PAYARA_VERSION=${PAYARA_VERSION:-6.2025.9}
PAYARA_HOME=${PAYARA_HOME:-/opt/payara6}
PAYARA_DOMAIN=${PAYARA_DOMAIN:-domain1}
PAYARA_DOMAINDIR=${PAYARA_DOMAINDIR:-}
PAYARA_ADMIN_HOST=${PAYARA_ADMIN_HOST:-localhost}
PAYARA_ADMIN_PORT=${PAYARA_ADMIN_PORT:-4848}
PAYARA_ADMIN_USER=${PAYARA_ADMIN_USER:-admin}
PAYARA_PASSWORD_FILE=${PAYARA_PASSWORD_FILE:-}
RAS_APP_NAME=${RAS_APP_NAME:-ras}

say() { echo "==> $*"; }
die() { echo "payara-server: ERROR: $*" >&2; exit 1; }

usage() {
  sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//' >&2
  exit 2
}

need_asadmin() {
  [ -x "$PAYARA_HOME/bin/asadmin" ] \
    || die "no asadmin at $PAYARA_HOME/bin/asadmin: set PAYARA_HOME, or install with: $0 install DIR"
}

# asadmin against the running domain (remote commands).
asadmin() {
  need_asadmin
  local opts=(--interactive=false --host "$PAYARA_ADMIN_HOST" --port "$PAYARA_ADMIN_PORT" --user "$PAYARA_ADMIN_USER")
  if [ -n "$PAYARA_PASSWORD_FILE" ]; then
    opts+=(--passwordfile "$PAYARA_PASSWORD_FILE")
  fi
  "$PAYARA_HOME/bin/asadmin" "${opts[@]}" "$@"
}

# asadmin for the local domain commands (create/start/stop-domain), which find the domain on disk.
asadmin_local() {
  need_asadmin
  "$PAYARA_HOME/bin/asadmin" --interactive=false "$@"
}

domain_dir() { echo "${PAYARA_DOMAINDIR:-$PAYARA_HOME/glassfish/domains}/$PAYARA_DOMAIN"; }

# The server log's first SEVERE records (often the cause) and its tail, on stderr. Left to check's clean-up
# while a check runs, so that it is printed once.
log_tail_later=false
server_log_tail() {
  local log
  log="$(domain_dir)/logs/server.log"
  if [ -f "$log" ] && ! $log_tail_later; then
    if grep -q '\[SEVERE\]' "$log"; then
      echo "---- first SEVERE records in $log ----" >&2
      grep -A 3 '\[SEVERE\]' "$log" | head -n 24 >&2
    fi
    echo "---- last ${1:-80} lines of $log ----" >&2
    tail -n "${1:-80}" "$log" >&2
    echo "---- end of server log ----" >&2
  fi
}

# The Payara Server zip: from the local Maven repository, else fetched with Maven into $1. Prints its path.
payara_zip() {
  local zip="${MAVEN_REPO:-$HOME/.m2/repository}/fish/payara/distributions/payara/$PAYARA_VERSION/payara-$PAYARA_VERSION.zip"
  if [ ! -f "$zip" ]; then
    echo "==> Fetching Payara Server $PAYARA_VERSION with Maven" >&2
    local out
    if ! out=$(cd "$1" && mvn -q -B dependency:copy -Dartifact="fish.payara.distributions:payara:$PAYARA_VERSION:zip" \
                 -DoutputDirectory="$1" -Dmdep.overWriteReleases=true 2>&1); then
      echo "$out" >&2
      die "could not fetch fish.payara.distributions:payara:$PAYARA_VERSION:zip with Maven"
    fi
    zip="$1/payara-$PAYARA_VERSION.zip"
  fi
  echo "$zip"
}

cmd_install() {
  [ $# -eq 1 ] || die "usage: $0 install DIR"
  mkdir -p "$1"
  local dir zip
  dir=$(cd "$1" && pwd)
  if [ -x "$dir/payara6/bin/asadmin" ]; then
    say "Payara Server already installed in $dir/payara6"
  else
    say "Installing Payara Server $PAYARA_VERSION into $dir/payara6"
    zip=$(payara_zip "$dir")
    unzip -q "$zip" -d "$dir" || die "could not unzip $zip into $dir"
    rm -f "$dir/payara-$PAYARA_VERSION.zip"
    [ -x "$dir/payara6/bin/asadmin" ] || die "$zip did not unpack to $dir/payara6"
  fi
  echo "PAYARA_HOME=$dir/payara6"
}

domaindir_opt() {
  if [ -n "$PAYARA_DOMAINDIR" ]; then
    echo "--domaindir=$PAYARA_DOMAINDIR"
  fi
}

cmd_start() {
  say "Starting domain $PAYARA_DOMAIN"
  # shellcheck disable=SC2046
  if ! asadmin_local start-domain $(domaindir_opt) "$PAYARA_DOMAIN"; then
    server_log_tail
    die "domain $PAYARA_DOMAIN did not start"
  fi
}

cmd_stop() {
  say "Stopping domain $PAYARA_DOMAIN"
  # shellcheck disable=SC2046
  asadmin_local stop-domain $(domaindir_opt) "$PAYARA_DOMAIN" || die "could not stop domain $PAYARA_DOMAIN"
}

cmd_restart() {
  say "Restarting domain $PAYARA_DOMAIN"
  # shellcheck disable=SC2046
  if ! asadmin_local restart-domain $(domaindir_opt) "$PAYARA_DOMAIN"; then
    server_log_tail
    die "domain $PAYARA_DOMAIN did not restart"
  fi
}

# create-system-properties takes name=value:name=value; a value's \ : = are escaped with a backslash.
escape_property() {
  local v=${1//\\/\\\\}
  v=${v//:/\\:}
  v=${v//=/\\=}
  printf '%s' "$v"
}

cmd_configure() {
  need_asadmin
  local props=() shown=() var key value
  # Environment variable → configuration key (MicroProfile Config maps ras.db.url to RAS_DB_URL the same way).
  local mapping=(
    RAS_DB_URL:ras.db.url RAS_DB_USER:ras.db.user RAS_DB_PASSWORD:ras.db.password RAS_DATA_DIR:ras.data.dir
    RAS_DEMO:ras.demo RAS_BASE_URL:ras.base.url
    RAS_SMTP_HOST:ras.smtp.host RAS_SMTP_PORT:ras.smtp.port RAS_SMTP_USER:ras.smtp.user
    RAS_SMTP_PASSWORD:ras.smtp.password RAS_SMTP_STARTTLS:ras.smtp.starttls RAS_MAIL_FROM:ras.mail.from
    RAS_MAIL_RETRY_BASE_SECONDS:ras.mail.retry-base-seconds RAS_DATA_KEY:ras.data.key
    RAS_HTTPS:ras.https RAS_LOGIN_ADDRESS_FAILURES:ras.login.address-failures
    RAS_LOGIN_ADDRESS_WINDOW_MINUTES:ras.login.address-window-minutes
  )
  local RAS_DEMO=${RAS_DEMO:-false}
  case "$RAS_DEMO" in true|false) ;; *) die "RAS_DEMO must be true or false, not '$RAS_DEMO'" ;; esac
  if [ -n "${RAS_DB_URL:-}" ]; then
    case "$RAS_DB_URL" in jdbc:postgresql:*) ;; *) die "RAS_DB_URL must be a jdbc:postgresql: URL, not '$RAS_DB_URL'" ;; esac
    [ -n "${RAS_DB_USER:-}" ] || die "RAS_DB_URL is set but RAS_DB_USER is not"
  fi
  # base64 of 32 bytes: 43 characters and one = of padding.
  if [ -n "${RAS_DATA_KEY:-}" ] && ! grep -Eqx '[A-Za-z0-9+/]{43}=' <<<"$RAS_DATA_KEY"; then
    die "RAS_DATA_KEY must be the base64 encoding of 32 bytes (make one with: head -c 32 /dev/urandom | base64)"
  fi
  for entry in "${mapping[@]}"; do
    var=${entry%%:*} key=${entry#*:}
    value=${!var:-}
    [ -n "$value" ] || continue
    props+=("$key=$(escape_property "$value")")
    case "$key" in *password*|ras.data.key) shown+=("$key=********") ;; *) shown+=("$key=$value") ;; esac
  done
  if [ -z "${RAS_DB_URL:-}" ]; then
    echo "note: RAS_DB_URL is not set: RAS uses its embedded H2 database under ras.data.dir" \
         "(unless ras.db.url is already set on the server)" >&2
  fi
  if [ -z "${RAS_DATA_KEY:-}" ]; then
    echo "note: RAS_DATA_KEY is not set: RAS does not deploy unless ras.data.key is already set on the server" \
         "(make one with: head -c 32 /dev/urandom | base64)" >&2
  fi

  # MicroProfile Health: readiness without any check reports DOWN, not UP. Payara 6.2025.9 does not read it: without
  # RAS its own "No Application deployed" check is what answers DOWN (see README, Readiness). Kept for when it does.
  props+=("mp.health.default.readiness.empty.response=DOWN")
  shown+=("mp.health.default.readiness.empty.response=DOWN")
  # Security 7: no WADL (Jersey reads the switch from system properties only when allowed to).
  props+=("jersey.config.allowSystemPropertiesProvider=true" "jersey.config.server.wadl.disableWadl=true")
  shown+=("jersey.config.server.wadl.disableWadl=true")

  say "Setting system properties on domain $PAYARA_DOMAIN (admin port $PAYARA_ADMIN_PORT)"
  local joined
  joined=$(IFS=:; echo "${props[*]}")
  asadmin create-system-properties "$joined" >/dev/null \
    || die "asadmin create-system-properties failed (is the domain running on port $PAYARA_ADMIN_PORT?)"
  printf '    %s\n' "${shown[@]}"

  # Security 7: Payara's /metrics answers without login; off unless RAS_METRICS=true.
  local metrics=false
  [ "${RAS_METRICS:-false}" = true ] && metrics=true
  asadmin set "configs.config.server-config.microprofile-metrics-configuration.enabled=$metrics" >/dev/null \
    || echo "warning: could not set /metrics to enabled=$metrics" >&2

  if [ -n "${RAS_BIND:-}" ]; then
    # Payara rebinds a changed listener on the fly, but changing both at once can leave http-listener-1 closed
    # (seen on 6.2025.9): so set what differs, then restart the domain.
    local rebound=false listener dotted current
    for listener in http-listener-1 http-listener-2; do
      dotted="configs.config.server-config.network-config.network-listeners.network-listener.$listener.address"
      current=$(asadmin get "$dotted" 2>/dev/null | sed -n "s/^$dotted=//p")
      if [ "$current" != "$RAS_BIND" ]; then
        asadmin set "$dotted=$RAS_BIND" >/dev/null || die "could not bind $listener to $RAS_BIND"
        rebound=true
      fi
    done
    if $rebound; then
      say "HTTP listeners moved to $RAS_BIND: restarting the domain"
      asadmin restart-domain >/dev/null || die "could not restart the domain"
    else
      say "HTTP listeners already on $RAS_BIND only"
    fi
  fi
  echo "Database settings take effect at the next deploy or restart; mail settings at once."
}

cmd_deploy() {
  need_asadmin
  [ $# -eq 1 ] || die "usage: $0 deploy EAR"
  [ -f "$1" ] || die "no such file: $1"
  local opts=(--force=true --name "$RAS_APP_NAME")
  # The EAR's application.xml puts the web module at /; --contextroot only applies to a bare WAR.
  case "$1" in *.war) opts+=(--contextroot /) ;; esac
  say "Deploying $1 as $RAS_APP_NAME"
  if ! asadmin deploy "${opts[@]}" "$1"; then
    server_log_tail
    die "deployment of $1 failed"
  fi
}

cmd_undeploy() {
  need_asadmin
  say "Undeploying $RAS_APP_NAME"
  asadmin undeploy "$RAS_APP_NAME" || die "could not undeploy $RAS_APP_NAME"
}

# ---- check ----------------------------------------------------------------------------------------------------

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# GET $1 into file $2; prints "STATUS REDIRECT-URL".
http_get() {
  curl -sS --noproxy '*' --max-time 30 -o "$2" -w '%{http_code} %{redirect_url}' "$1" 2>/dev/null || echo "000 "
}

# Polls /health/ready until it answers CODE with the ras-database check STATUS (UP/DOWN), at most TRIES seconds;
# leaves the last answer in FILE. Returns non-zero when it never did.
await_readiness() {
  local code=$1 status=$2 file=$3 tries=$4 answer
  for _ in $(seq 1 "$tries"); do
    answer=$(http_get "$base/health/ready" "$file")
    if [ "${answer%% *}" = "$code" ] && grep -Eq '"name" *: *"ras-database" *, *"status" *: *"'"$status"'"' "$file"; then
      return 0
    fi
    sleep 1
  done
  return 1
}

# Waits until server.log has a line with TEXT (fixed string), at most TRIES seconds.
await_log() {
  local text=$1 tries=$2
  for _ in $(seq 1 "$tries"); do
    grep -qF -- "$text" "$(domain_dir)/logs/server.log" 2>/dev/null && return 0
    sleep 1
  done
  return 1
}

check_work="" check_started=false check_t0=0
check_cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  set +e
  exec 1>&3 2>&4  # the terminal again, whatever redirection the failing step had
  if [ $rc -ne 0 ]; then
    log_tail_later=false
    server_log_tail 100
  fi
  if $check_started; then
    echo "==> Stopping the check domain" >&2
    if ! asadmin_local stop-domain "$PAYARA_DOMAIN" >/dev/null 2>&1; then
      local pidfile
      pidfile="$(domain_dir)/config/pid"
      [ -f "$pidfile" ] && kill "$(cat "$pidfile")" 2>/dev/null
    fi
  fi
  if [ -n "$check_work" ]; then
    if [ "${RAS_CHECK_KEEP:-}" = 1 ]; then
      echo "==> Kept $check_work" >&2
    else
      rm -rf "$check_work"
    fi
  fi
  local took=$(($(date +%s) - check_t0))
  if [ $rc -eq 0 ]; then
    echo "CHECK PASSED: RAS on Payara Server $PAYARA_VERSION with PostgreSQL (${took}s)"
  else
    echo "CHECK FAILED (exit $rc) after ${took}s" >&2
  fi
  exit $rc
}

check_fail() {
  echo "payara-server check: FAILED: $*" >&2
  exit 1
}

cmd_check() {
  check_t0=$(date +%s)
  local ear=${1:-$root/ear/target/ras.ear}
  [ -f "$ear" ] || die "no EAR at $ear: build it first (mvn -q -B -DskipTests package)"
  local portbase=${RAS_CHECK_PORTBASE:-28000}
  local admin_port=$((portbase + 48)) http_port=$((portbase + 80))
  local base="http://127.0.0.1:$http_port"
  for p in $admin_port $http_port $((portbase + 81)) $((portbase + 37)) $((portbase + 76)) $((portbase + 86)); do
    if port_in_use "$p"; then
      die "port $p is in use; choose another port base with RAS_CHECK_PORTBASE (now $portbase)"
    fi
  done
  command -v curl >/dev/null || die "curl is needed"
  command -v unzip >/dev/null || die "unzip is needed"
  say "Java: $(java -version 2>&1 | head -n 1)"

  check_work=$(mktemp -d --suffix=.ras-payara-check)
  exec 3>&1 4>&2
  log_tail_later=true
  trap check_cleanup EXIT
  trap 'exit 130' INT TERM
  cp "$ear" "$check_work/ras.ear"

  # PostgreSQL: own role and a fresh database. The password has : and = so the escaping is checked too.
  local db=${RAS_CHECK_DB:-ras_ops}
  local db_password
  db_password="check:$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')=pw"
  say "PostgreSQL: role and fresh database $db"
  "$script_dir/postgres-setup.sh" "$db" "$db_password" "$db" || check_fail "PostgreSQL set-up failed"
  local pg_port
  pg_port=$(pg_lsclusters --no-header | awk 'NR == 1 { print $3 }')

  (cmd_install "$check_work") >/dev/null || check_fail "could not install Payara Server"
  PAYARA_HOME=$check_work/payara6 PAYARA_DOMAIN=rasdomain PAYARA_DOMAINDIR=""
  PAYARA_ADMIN_HOST=127.0.0.1 PAYARA_ADMIN_PORT=$admin_port PAYARA_ADMIN_USER=admin PAYARA_PASSWORD_FILE=""
  RAS_APP_NAME=ras

  say "Creating domain $PAYARA_DOMAIN on port base $portbase (admin $admin_port, http $http_port)"
  asadmin_local create-domain --nopassword=true --portbase "$portbase" "$PAYARA_DOMAIN" >"$check_work/create-domain.log" 2>&1 \
    || { cat "$check_work/create-domain.log" >&2; check_fail "create-domain failed"; }
  # Listen on the loopback interface only, from the first start on: the HTTP, HTTPS and admin listeners, IIOP,
  # JMX and the Hazelcast data grid (its ports are in the port base's range too). Only the lazy JMS proxy
  # ($portbase+76) stays on all interfaces.
  sed -i -E \
    -e 's/<network-listener (port="[0-9]+" protocol="(http-listener-1|http-listener-2|admin-listener)")/<network-listener address="127.0.0.1" \1/' \
    -e 's/address="0\.0\.0\.0"/address="127.0.0.1"/g' \
    -e 's/<hazelcast-runtime-configuration /<hazelcast-runtime-configuration interface="127.0.0.1" das-bind-address="127.0.0.1" /' \
    -e 's#^( *)<jvm-options>-Djdbc\.drivers=org\.h2\.Driver</jvm-options>#&\n\1<jvm-options>-Dhazelcast.socket.bind.any=false</jvm-options>#' \
    "$(domain_dir)/config/domain.xml"

  check_started=true
  say "Starting domain $PAYARA_DOMAIN"
  timeout 600 "$PAYARA_HOME/bin/asadmin" --interactive=false start-domain "$PAYARA_DOMAIN" >"$check_work/start.log" 2>&1 \
    || { cat "$check_work/start.log" >&2; check_fail "domain $PAYARA_DOMAIN did not start"; }

  # The personal data key: the operator's RAS_DATA_KEY, else a fresh one for this check, drawn until it has + and
  # / as well as the = padding, so that every base64 character is seen to survive asadmin's escaping.
  local data_key=${RAS_DATA_KEY:-}
  if [ -z "$data_key" ]; then
    until [[ $data_key == *+* && $data_key == */* ]]; do
      data_key=$(head -c 32 /dev/urandom | base64)
    done
  fi

  # configure exactly as an operator would, from this environment only.
  (
    unset RAS_SMTP_USER RAS_SMTP_PASSWORD RAS_MAIL_RETRY_BASE_SECONDS
    export RAS_DB_URL="jdbc:postgresql://127.0.0.1:$pg_port/$db" RAS_DB_USER="$db" RAS_DB_PASSWORD="$db_password"
    export RAS_DATA_DIR="$check_work/data" RAS_DEMO=false RAS_BASE_URL="$base/" RAS_BIND=127.0.0.1
    export RAS_SMTP_HOST=127.0.0.1 RAS_SMTP_PORT=$((portbase + 25)) RAS_SMTP_STARTTLS=false
    export RAS_MAIL_FROM=ras-check@example.invalid RAS_DATA_KEY="$data_key"
    cmd_configure
  ) || check_fail "configure failed"
  local props
  props=$(asadmin list-system-properties) || check_fail "list-system-properties failed"
  grep -qxF "ras.db.password=$db_password" <<<"$props" || check_fail "ras.db.password did not survive asadmin's escaping"
  grep -qxF "ras.db.url=jdbc:postgresql://127.0.0.1:$pg_port/$db" <<<"$props" || check_fail "ras.db.url not set as expected"
  grep -qxF "ras.demo=false" <<<"$props" || check_fail "ras.demo not set to false"
  grep -qxF "ras.data.key=$data_key" <<<"$props" || check_fail "ras.data.key did not survive asadmin's escaping"

  # The daily jobs every minute for this check (JobSchedule reads the schedules when RAS starts).
  asadmin create-system-properties \
      "ras.batch.schedule.periodic-report-sweep=* * * * *:ras.batch.schedule.expiry-reminders=* * * * *" >/dev/null \
    || check_fail "could not set the batch schedules"

  (cmd_deploy "$check_work/ras.ear") >"$check_work/deploy.log" 2>&1 \
    || { cat "$check_work/deploy.log" >&2; check_fail "deployment failed"; }
  say "Deployed; checking $base"

  # Work for the jobs, as soon as Flyway has made the schema: an organisation past its expiry (the sweep suspends
  # it) and one expiring in a month with an active user (the reminders job mails the periodic-report reminder).
  local sql=(psql -X -q -w -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$pg_port" -U "$db" -d "$db" -tA)
  PGPASSWORD="$db_password" "${sql[@]}" >"$check_work/batch-data.log" 2>&1 <<'SQL' \
    || { cat "$check_work/batch-data.log" >&2; check_fail "could not store the batch check's organisations"; }
insert into organisation (id, name, prefecture, address, office_code, state, valid_until, version, created_on)
values (1, 'Check expired', 'Tokyo', 'Chiyoda 1', (select min(code) from regional_office), 'ACTIVE',
        cast(now() at time zone 'Asia/Tokyo' as date) - 1, 0, date '2024-01-01'),
       (2, 'Check expiring', 'Tokyo', 'Chiyoda 2', (select min(code) from regional_office), 'ACTIVE',
        cast(now() at time zone 'Asia/Tokyo' as date) + 30, 0, date '2024-01-01');
insert into user_account (id, auth_id, role, display_name, mail_address, locale, organisation_id, status,
                          failed_logins, created_at, version)
values (1, 'check-user', 'ORG_USER', 'Check User', 'check-user@example.invalid', 'en', 2, 'ACTIVE', 0, now(), 0);
SQL

  local got
  # 1. The login page with its form.
  got=$(http_get "$base/login.xhtml" "$check_work/login.html")
  [ "${got%% *}" = 200 ] || check_fail "GET /login.xhtml answered ${got%% *}, expected 200"
  for marker in '<form id="login"' 'name="login:authId"' 'type="password"'; do
    grep -qF "$marker" "$check_work/login.html" || check_fail "GET /login.xhtml has no login form ($marker missing)"
  done
  echo "    GET /login.xhtml: 200 with the login form"

  # 2. Readiness: MicroProfile Health on the HTTP listener, with ras-database UP.
  await_readiness 200 UP "$check_work/ready.json" 30 \
    || check_fail "GET /health/ready did not report ras-database UP: $(head -c 500 "$check_work/ready.json" 2>/dev/null)"
  echo "    GET /health/ready: 200 $(cat "$check_work/ready.json")"

  # 3. A protected page sends an anonymous user to the login page.
  got=$(http_get "$base/officer/home.xhtml" "$check_work/officer.html")
  [ "${got%% *}" = 302 ] || check_fail "GET /officer/home.xhtml answered ${got%% *}, expected 302"
  case "${got#* }" in */login.xhtml*) ;; *) check_fail "GET /officer/home.xhtml redirected to '${got#* }', not the login page" ;; esac
  echo "    GET /officer/home.xhtml: 302 to ${got#* }"

  # 4. Flyway migrated the PostgreSQL schema.
  local migrations
  migrations=$(PGPASSWORD="$db_password" psql -X -q -w -h 127.0.0.1 -p "$pg_port" -U "$db" -d "$db" -tAc \
      'SELECT count(*) FROM flyway_schema_history WHERE success' 2>&1) \
    || check_fail "no Flyway schema history in PostgreSQL database $db: $migrations"
  [ "$migrations" -gt 0 ] 2>/dev/null || check_fail "Flyway ran no migration on $db ($migrations)"
  echo "    PostgreSQL $db: $migrations Flyway migrations applied"

  # 5. The batch side, which runs in ras-batch.jar and reaches the services of ras-ejb.jar (see README, Decisions),
  #    before the database goes away below. The bulk-filing recovery ran without error a few seconds after start:
  await_log 'B2: bulk filings left unfinished before ' 30 \
    || check_fail "the bulk-filing recovery did not report (no 'B2: bulk filings left unfinished' in server.log)"
  local log
  log="$(domain_dir)/logs/server.log"
  echo "    bulk-filing recovery: $(grep -o 'B2: bulk filings left unfinished before .*' "$log" | head -n 1 | sed 's/]]$//')"
  #    and both scheduled jobs ran to COMPLETED, with their work done: the expired organisation is suspended and
  #    audited, the reminder is in the outbox.
  local jobs_done=false executions="" swept reminded deadline=$(($(date +%s) + 90))
  while [ "$(date +%s)" -lt "$deadline" ]; do
    swept=$(PGPASSWORD="$db_password" "${sql[@]}" -c "select o.state || ',' || coalesce(o.suspension_cause, '-')
          || ',' || count(a.id) from organisation o left join audit_entry a on a.target = 'organisation:1'
          and a.action = 'ORGANISATION_SUSPENDED' and a.actor = 'batch:periodic-report-sweep'
        where o.id = 1 group by o.state, o.suspension_cause" 2>&1)
    reminded=$(PGPASSWORD="$db_password" "${sql[@]}" -c "select count(*) from outbox_mail
        where recipient = 'check-user@example.invalid' and template = 'report-reminder'" 2>&1)
    if grep -qF 'started periodic-report-sweep as execution' "$log"; then
      executions=$(asadmin list-batch-job-executions -o jobname,executionid,batchstatus,exitstatus 2>&1) || true
      grep -Eq '^ *(periodic-report-sweep|expiry-reminders) +[0-9]+ +(FAILED|ABANDONED|STOPPED)' <<<"$executions" \
        && break
      if [ "$swept" = "SUSPENDED,EXPIRY,1" ] && [ "$reminded" = 1 ] \
          && grep -Eq '^ *periodic-report-sweep +[0-9]+ +COMPLETED' <<<"$executions" \
          && grep -Eq '^ *expiry-reminders +[0-9]+ +COMPLETED' <<<"$executions"; then
        jobs_done=true
        break
      fi
    fi
    sleep 2
  done
  $jobs_done || check_fail "the scheduled jobs did not all complete their work within 90 s (organisation 1:" \
    "'$swept', expected SUSPENDED,EXPIRY,1 with its audit entry; report reminders queued: '$reminded', expected 1;" \
    "executions: ${executions:-none listed yet})"
  grep -E "^ *(periodic-report-sweep|expiry-reminders) " <<<"$executions" \
    | sed 's/^ */    batch job: /'
  echo "    organisation 1 suspended by the sweep and audited; the report reminder queued"
  #    and nothing of RAS logged SEVERE, nor was an entity manager missing anywhere.
  local severe
  severe=$(grep -E '\[SEVERE\] \[[^]]*\] \[jp\.ras|Unable to retrieve EntityManagerFactory' "$log" | head -n 5 || true)
  [ -z "$severe" ] || check_fail "server.log has errors of RAS: $severe"
  echo "    server.log: no SEVERE record of RAS"

  # 6. Readiness goes DOWN while the database is unreachable and UP again when it is back.
  local pg_version pg_cluster down=true
  read -r pg_version pg_cluster _ < <(pg_lsclusters --no-header | head -n 1)
  pg_ctlcluster "$pg_version" "$pg_cluster" stop || check_fail "could not stop PostgreSQL for the readiness check"
  await_readiness 503 DOWN "$check_work/down.json" 60 || down=false
  pg_ctlcluster "$pg_version" "$pg_cluster" start || check_fail "could not restart PostgreSQL"
  $down || check_fail "with PostgreSQL stopped /health/ready answered: $(head -c 300 "$check_work/down.json")"
  echo "    PostgreSQL stopped: GET /health/ready 503 $(cat "$check_work/down.json")"
  await_readiness 200 UP "$check_work/up.json" 90 \
    || check_fail "after PostgreSQL came back /health/ready answered: $(head -c 300 "$check_work/up.json")"
  echo "    PostgreSQL back: GET /health/ready 200"

  (cmd_undeploy) >"$check_work/undeploy.log" 2>&1 \
    || { cat "$check_work/undeploy.log" >&2; check_fail "undeploy failed"; }
  got=$(http_get "$base/login.xhtml" "$check_work/gone.html")
  [ "${got%% *}" = 404 ] || check_fail "after undeploy GET /login.xhtml answered ${got%% *}, expected 404"
  echo "    undeployed: GET /login.xhtml now 404"
  # With no application started Payara's readiness reports its own "No Application deployed" check DOWN. Any system
  # application it started for RAS counts as started too and stays (e.g. ejb-timer-service-app, which a @Timeout
  # method would load: see JobSchedule), so this also checks that RAS leaves none behind.
  got=$(http_get "$base/health/ready" "$check_work/undeployed.json")
  [ "${got%% *}" = 503 ] || check_fail "after undeploy GET /health/ready answered ${got%% *}, expected 503: $(head -c 300 "$check_work/undeployed.json")"
  echo "    undeployed: GET /health/ready 503 $(cat "$check_work/undeployed.json")"

  say "Stopping domain $PAYARA_DOMAIN"
  asadmin_local stop-domain "$PAYARA_DOMAIN" >"$check_work/stop.log" 2>&1 \
    || { cat "$check_work/stop.log" >&2; check_fail "stop-domain failed"; }
  check_started=false
}

[ $# -ge 1 ] || usage
command=$1
shift
case "$command" in
  install) cmd_install "$@" ;;
  start) cmd_start ;;
  stop) cmd_stop ;;
  restart) cmd_restart ;;
  configure) cmd_configure ;;
  deploy) cmd_deploy "$@" ;;
  undeploy) cmd_undeploy ;;
  check) cmd_check "$@" ;;
  -h|--help|help) usage ;;
  *) echo "unknown command: $command" >&2; usage ;;
esac
