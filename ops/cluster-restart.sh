#!/usr/bin/env bash
# A rolling restart of the cluster that bin/cluster runs (issue 13): one instance at a time, the balancer first
# stops sending it requests (HAProxy's "maint" state over its runtime API: its browsers go on, logged in, on another
# instance, their sessions being replicated), the requests it is serving finish
# (at most DRAIN_SECONDS, 30), then the instance gets SIGTERM, is started again with its settings, and takes requests
# once /health/ready answers UP. The other instances serve everyone meanwhile.
# Usage: ops/cluster-restart.sh [CLUSTER_DIR]   (default: RAS_CLUSTER_DIR, else data/cluster)
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-${RAS_CLUSTER_DIR:-data/cluster}}
drain=${DRAIN_SECONDS:-30}
sock="$dir/haproxy.sock"
fail() { echo "cluster-restart: $*" >&2; exit 1; }
[ -S "$sock" ] || fail "no balancer socket $sock: is bin/cluster running with RAS_CLUSTER_DIR=$dir?"

# HAProxy's runtime API over its UNIX socket (python3 is on every machine of this project's kind; socat is not).
api() {
  python3 - "$sock" "$1" <<'PY'
import socket, sys
s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
s.connect(sys.argv[1])
s.sendall((sys.argv[2] + "\n").encode())
out = b""
while True:
    chunk = s.recv(65536)
    if not chunk:
        break
    out += chunk
sys.stdout.write(out.decode())
PY
}
# Requests the server is serving now (scur of "show stat").
current() { api "show stat" | awk -F, -v s="$1" '$1 == "ras" && $2 == s {print $5}'; }

for node in $(ls -d "$dir"/node-* | sort -V); do
  name="ras${node##*-}"
  # shellcheck disable=SC1091
  port=$(source "$node/env"; echo "$RAS_PORT")
  bind=$(source "$node/env"; echo "$RAS_BIND")
  pid=$(cat "$node/pid")
  echo "$name: draining"
  api "set server ras/$name state maint" >/dev/null
  for _ in $(seq 1 "$((drain * 10))"); do [ "$(current "$name")" = 0 ] && break; sleep 0.1; done
  echo "$name: stopping (SIGTERM), $(current "$name") requests still in flight"
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
  kill -0 "$pid" 2>/dev/null && { echo "$name did not stop within 60 s: SIGKILL" >&2; kill -9 "$pid"; }
  [ -f "$node/server.log" ] && mv "$node/server.log" "$node/server.log.1"
  setsid ops/cluster-node.sh "$node" &
  echo $! > "$node/pid"
  for _ in $(seq 1 240); do
    grep -q '"ras-database","status":"UP"' <<<"$(curl -s --max-time 2 "http://$bind:$port/health/ready")" && break
    sleep 1
  done
  grep -q '"ras-database","status":"UP"' <<<"$(curl -s --max-time 2 "http://$bind:$port/health/ready")" \
    || fail "$name was not ready within 240 s after its restart (log: $node/server.log)"
  api "set server ras/$name state ready" >/dev/null
  echo "$name: restarted and taking requests"
done
echo "rolling restart done"
