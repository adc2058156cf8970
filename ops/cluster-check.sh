#!/usr/bin/env bash
# Checks bin/cluster for real (issue 13, items 1 and 2): starts two instances on this machine's PostgreSQL behind
# HAProxy, checks that they form one data grid and listen on loopback only, logs in as the demo supervisor through
# the balancer, kill -9s the instance that served the login and checks that the next request is still logged in on
# the other one (the same page; a form of the page rendered before the kill still posts), kill -9s that one too and
# checks the balancer's 503 with Retry-After, then stops the cluster with SIGTERM. Prints the failover time. Between
# the two it checks the shared job repository: a sweep started on ras1 shows on the jobs screen of ras2.
set -euo pipefail
cd "$(dirname "$0")/.."
port=${RAS_CHECK_PORT:-28280}
work=$(mktemp -d --suffix=.ras-cluster-check)
pid=""
cleanup() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
  fi
  for f in "$work"/cluster/node-*/pid "$work"/cluster/haproxy.pid; do
    [ -f "$f" ] && kill -9 "$(cat "$f")" 2>/dev/null || true
  done
  rm -rf "$work"
}
trap cleanup EXIT
fail() {
  echo "cluster-check: ERROR: $*" >&2
  tail -n 30 "$work/cluster.log" "$work"/cluster/node-*/server.log >&2 || true
  exit 1
}
B="http://127.0.0.1:$port"

# A database of its own, made empty for each check (its personal data is encrypted under this check's new key).
ops/postgres-setup.sh ras_cluster_check ras_cluster_check_password ras_cluster_check
export RAS_DB_URL="jdbc:postgresql://127.0.0.1:${PGPORT:-5432}/ras_cluster_check" RAS_DB_USER=ras_cluster_check
export RAS_DB_PASSWORD=ras_cluster_check_password

start=$(date +%s)
RAS_PORT=$port RAS_GRID_BASE_PORT=$((port + 620)) RAS_CLUSTER_DIR="$work/cluster" RAS_INSTANCES=2 \
  bin/cluster > "$work/cluster.log" 2>&1 &
pid=$!
for _ in $(seq 1 400); do
  grep -q "ready at" "$work/cluster.log" && break
  kill -0 "$pid" 2>/dev/null || fail "bin/cluster ended before the cluster was ready"
  sleep 1
done
grep -q "ready at" "$work/cluster.log" || fail "the cluster was not ready within 400 s"
echo "cluster of 2 ready after $(( $(date +%s) - start )) s"

for n in 1 2; do
  grep -q "DG Size: 2" "$work/cluster/node-$n/server.log" || fail "instance ras$n is not in a data grid of 2"
done
for f in "$work"/cluster/node-*/pid "$work"/cluster/haproxy.pid; do
  others=$(ss -ltnpH | grep "pid=$(cat "$f")," | awk '{print $4}' | grep -vE '^(\[::ffff:)?127\.0\.0\.1\]?:' || true)
  [ -z "$others" ] || fail "process of $f listens beyond the loopback address: $others"
done

jar="$work/cookies"
page="/officer/supervisor/outbox.xhtml"
curl -s -c "$jar" -b "$jar" -L -o "$work/login.html" "$B$page"
vs=$(grep -o -m 1 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' "$work/login.html" | sed 's/.*value="//;s/"$//')
[ -n "$vs" ] || fail "the login page has no form"
location=$(curl -s -o /dev/null -w '%{redirect_url}' -c "$jar" -b "$jar" "$B/login.xhtml" \
  --data-urlencode "login=login" --data-urlencode "login:authId=SUP0000001" \
  --data-urlencode "login:password=demo-password-2026" --data-urlencode "login:submit=x" \
  --data-urlencode "jakarta.faces.ViewState=$vs")
case "$location" in *"$page") ;; *) fail "the demo supervisor's login went to '$location'" ;; esac
curl -s -b "$jar" -c "$jar" "$B$page" -o "$work/before.html"
grep -q '<title>送信メール' "$work/before.html" || fail "the outbox page did not open before the kill"
node=$(awk '$6 == "RASNODE" {print $7}' "$jar")
[ -n "$node" ] || fail "the balancer set no RASNODE cookie"

kill -9 "$(cat "$work/cluster/node-${node#ras}/pid")"
killed=$(date +%s.%N)
code=$(curl -s -b "$jar" -c "$jar" -o "$work/after.html" -w '%{http_code}' "$B$page")
echo "kill -9 of $node: the next request answered $code after $(awk -v a="$killed" -v b="$(date +%s.%N)" \
  'BEGIN { printf "%.1f", b - a }') s, served by $(awk '$6 == "RASNODE" {print $7}' "$jar")"
[ "$code" = 200 ] && grep -q '<title>送信メール' "$work/after.html" \
  || fail "after the kill the outbox page answered $code: $(grep -o '<title>[^<]*' "$work/after.html")"
vs=$(grep -o -m 1 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' "$work/before.html" | sed 's/.*value="//;s/"$//')
curl -s -b "$jar" -c "$jar" -o "$work/posted.html" "$B$page" --data-urlencode "lang=lang" \
  --data-urlencode "lang:en=English" --data-urlencode "jakarta.faces.ViewState=$vs"
grep -q '<title>Outgoing mail' "$work/posted.html" \
  || fail "a form rendered before the kill did not post: $(grep -o '<title>[^<]*' "$work/posted.html")"

# A rolling restart under load fails no request: four clients (two of them logged in) ask all the while.
load() {
  local jar=$1 page=$2 n=0 bad=0 code
  while [ ! -e "$work/stop-load" ]; do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 30 -b "$jar" -c "$jar" "$B$page")
    n=$((n + 1))
    [ "$code" = 200 ] || { bad=$((bad + 1)); echo "$(date +%T) $page answered $code" >> "$work/load-errors"; }
  done
  echo "$n $bad" > "$work/load-$BASHPID"
}
cp "$jar" "$work/jar2"
loads=()
load "$jar" "$page" & loads+=($!)
load "$work/jar2" "$page" & loads+=($!)
load "$work/jar3" /login.xhtml & loads+=($!)
load "$work/jar4" /login.xhtml & loads+=($!)
ops/cluster-restart.sh "$work/cluster" > "$work/restart.log" 2>&1 || { cat "$work/restart.log" >&2; fail "the rolling restart failed"; }
touch "$work/stop-load"
wait "${loads[@]}" 2>/dev/null || true
read -r total bad < <(cat "$work"/load-* | awk '{n += $1; b += $2} END {print n, b}')
echo "rolling restart under load: $total requests, $bad not answered 200"
[ "$bad" = 0 ] || fail "$(head -n 5 "$work/load-errors")"
# (to a file: grep -q would end the pipe early, and pipefail would count curl's broken pipe as a failure)
curl -s -b "$jar" -o "$work/restarted.html" "$B$page"
grep -q '<title>' "$work/restarted.html" || fail "after the rolling restart the page does not open"

# One job repository for the cluster (issue 13): the supervisor starts the periodic-report sweep on ras1, and the jobs
# screen of ras2 lists that execution (each instance kept its own before).
jobs=/officer/supervisor/jobs.xhtml
curl -s -b "$jar" -c "$jar" -o "$work/jobs1.html" "http://127.0.0.1:$((port + 1))$jobs"
vs=$(grep -o -m 1 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' "$work/jobs1.html" | sed 's/.*value="//;s/"$//')
button=$(grep -o -m 1 'name="jobs:[^"]*:0:start"' "$work/jobs1.html" | sed 's/name="//;s/"$//')
[ -n "$vs" ] && [ -n "$button" ] || fail "the jobs screen of ras1 has no start button: $(grep -o '<title>[^<]*' "$work/jobs1.html")"
curl -s -b "$jar" -c "$jar" -o "$work/jobs1-started.html" "http://127.0.0.1:$((port + 1))$jobs" \
  --data-urlencode "jobs=jobs" --data-urlencode "$button=x" --data-urlencode "jakarta.faces.ViewState=$vs"
curl -s -b "$jar" -c "$jar" -o "$work/jobs2.html" "http://127.0.0.1:$((port + 2))$jobs"
shown=$(grep -c 'class="job-status"' "$work/jobs2.html" || true)
echo "jobs screen of ras2 after a sweep started on ras1: $shown execution(s)"
[ "$shown" -ge 1 ] || fail "ras2's jobs screen does not show the job started on ras1"

# With no instance left, the balancer answers 503 with Retry-After, not an error page of a half-started server.
for f in "$work"/cluster/node-*/pid; do kill -9 "$(cat "$f")" 2>/dev/null || true; done
sleep 3
headers=$(curl -s -D - -o /dev/null "$B/login.xhtml")
grep -q "^HTTP/1.1 503" <<<"$headers" && grep -qi "^Retry-After: 5" <<<"$headers" \
  || fail "with no instance the balancer answered: $(head -n 1 <<<"$headers")"

kill -TERM "$pid"
for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
if kill -0 "$pid" 2>/dev/null; then fail "bin/cluster did not stop within 60 s of SIGTERM"; fi
pid=""
echo "CLUSTER CHECK PASSED"
