#!/usr/bin/env bash
# Starts one instance of bin/cluster from the settings bin/cluster kept in NODE_DIR/env; its log is
# NODE_DIR/server.log. Used by bin/cluster and by ops/cluster-restart.sh. Usage: ops/cluster-node.sh NODE_DIR
set -euo pipefail
cd "$(dirname "$0")/.."
node=${1:?usage: $0 NODE_DIR}
[ -r "$node/env" ] || { echo "cluster-node: no settings in $node/env (start the cluster with bin/cluster)" >&2; exit 2; }
# shellcheck disable=SC1091
source "$node/env"
exec bin/run > "$node/server.log" 2>&1
