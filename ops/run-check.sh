#!/usr/bin/env bash
# Checks the README's run command for real: starts bin/run on a fresh data directory and a free port, waits until
# RAS is ready, logs in as the demo supervisor and opens the outgoing-mail page, checks that only the loopback
# address listens, then stops it with SIGINT (Ctrl-C) and checks that it ended. Prints the time to ready and RSS.
set -euo pipefail
cd "$(dirname "$0")/.."
port=${RAS_CHECK_PORT:-28180}
work=$(mktemp -d --suffix=.ras-run-check)
pid=""
cleanup() {
  [ -n "$pid" ] && kill "$pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "run-check: ERROR: $*" >&2; tail -n 60 "$work/run.log" >&2 || true; exit 1; }

start=$(date +%s.%N)
# A background job of a non-interactive shell starts with SIGINT ignored, and the JVM then ignores Ctrl-C too:
# perl restores the default before bin/run starts, as a terminal would have it; setsid gives it its own group.
RAS_DATA_DIR="$work/data" RAS_PORT=$port setsid perl -e '$SIG{INT} = "DEFAULT"; exec @ARGV' bin/run >"$work/run.log" 2>&1 &
pid=$!
ready=false
for _ in $(seq 1 240); do
  if curl -s "http://127.0.0.1:$port/health/ready" | grep -q '"name":"ras-database","status":"UP"'; then
    ready=true
    break
  fi
  kill -0 "$pid" 2>/dev/null || fail "bin/run ended before RAS was ready"
  sleep 0.5
done
$ready || fail "RAS was not ready within 120 s"
echo "ready after $(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }') s, RSS $(( $(ps -o rss= -p "$pid") / 1024 )) MB"

listening=$(ss -ltnH "( sport = :$port )" | awk '{print $4}')
grep -Eq '^(\[::ffff:)?127\.0\.0\.1\]?:'"$port"'$' <<<"$listening" || fail "HTTP listens on '$listening', not 127.0.0.1 only"
others=$(ss -ltnpH | grep "pid=$pid," | awk '{print $4}' | grep -vE '^(\[::ffff:)?127\.0\.0\.1\]?:' || true)
[ -z "$others" ] || fail "RAS listens beyond the loopback address: $others"

# Security 7: Payara's /metrics is off (RAS_METRICS unset) and no WADL is served.
for path in /metrics /openapi/application.wadl /api/application.wadl; do
  code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port$path")
  [ "$code" = 404 ] || fail "$path answered $code, not 404"
done
# Security 5: a page carries the security headers.
headers=$(curl -s -D - -o /dev/null "http://127.0.0.1:$port/login.xhtml")
for header in 'Content-Security-Policy: default-src' 'X-Content-Type-Options: nosniff' 'Cache-Control: no-store'; do
  grep -qi "^$header" <<<"$headers" || fail "the login page has no '$header' header"
done

jar="$work/cookies"
vs=$(curl -s -c "$jar" -b "$jar" -L "http://127.0.0.1:$port/officer/supervisor/outbox.xhtml" \
  | grep -o 'name="jakarta.faces.ViewState" id="[^"]*" value="[^"]*"' | head -n 1 | sed 's/.*value="//;s/"$//')
[ -n "$vs" ] || fail "the login page has no form"
location=$(curl -s -o /dev/null -w '%{redirect_url}' -c "$jar" -b "$jar" "http://127.0.0.1:$port/login.xhtml" \
  --data-urlencode "login=login" --data-urlencode "login:authId=SUP0000001" \
  --data-urlencode "login:password=demo-password-2026" --data-urlencode "login:submit=x" \
  --data-urlencode "jakarta.faces.ViewState=$vs")
case "$location" in */officer/supervisor/outbox.xhtml) ;; *) fail "demo supervisor login went to '$location'" ;; esac
# Once seen in CI (1 run of 4) and not reproduced: the page did not show. The answer is printed, and the page asked for
# once more, so a second failure says what the server answered.
outbox() {
  curl -s -b "$jar" -o "$work/outbox.html" -w '%{http_code}' "http://127.0.0.1:$port/officer/supervisor/outbox.xhtml"
}
code=$(outbox)
if ! grep -q '<h1>送信メール</h1>' "$work/outbox.html"; then
  echo "run-check: the outbox page answered $code without its heading: $(grep -o '<title>[^<]*</title>' "$work/outbox.html" | head -n 1); asking again"
  sleep 2
  code=$(outbox)
  grep -q '<h1>送信メール</h1>' "$work/outbox.html" \
    || fail "the outbox page did not open for the demo supervisor (HTTP $code: $(grep -o '<title>[^<]*</title>' "$work/outbox.html" | head -n 1))"
fi
echo "demo supervisor SUP0000001 logged in and opened the outgoing-mail page"

kill -INT -- "-$pid"
for _ in $(seq 1 60); do
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.5
done
if kill -0 "$pid" 2>/dev/null; then fail "bin/run did not stop within 30 s of Ctrl-C"; fi
pid=""
echo "stopped by Ctrl-C"
echo "RUN CHECK PASSED"
