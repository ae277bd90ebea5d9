#!/usr/bin/env bash
# A private RabbitMQ broker for tests and for distributed mode on a developer machine:
# its own node name, data directory and ports, bound to loopback only. It needs no Docker.
#   deploy/rabbitmq/broker.sh install   installs Debian's rabbitmq-server when it is missing
#   deploy/rabbitmq/broker.sh start     starts the private node (waits until it answers)
#   deploy/rabbitmq/broker.sh stop      stops it
#   deploy/rabbitmq/broker.sh stop_app / start_app   pauses and resumes the broker (outage tests)
# Settings (environment): SUMMIT_BROKER_DIR (default ./data/rabbitmq), SUMMIT_BROKER_PORT (5699),
# SUMMIT_BROKER_NODE (summit@localhost).
set -euo pipefail

BROKER_DIR="${SUMMIT_BROKER_DIR:-$PWD/data/rabbitmq}"
BROKER_PORT="${SUMMIT_BROKER_PORT:-5699}"
BROKER_NODE="${SUMMIT_BROKER_NODE:-summit@localhost}"
DIST_PORT=$((BROKER_PORT + 20000))

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

install_broker() {
  if ! command -v rabbitmq-server >/dev/null 2>&1 && [ ! -x /usr/sbin/rabbitmq-server ]; then
    echo "Installing rabbitmq-server (Debian package)..."
    as_root apt-get update -qq
    # The package's own service is not wanted: the tests run a private node.
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends rabbitmq-server >/dev/null
  fi
}

broker_env() {
  # The scripts in /usr/lib/rabbitmq/bin run as the calling user (those in /usr/sbin switch to the
  # rabbitmq user), so the private node, its files and its Erlang cookie all belong to whoever runs this.
  export PATH="/usr/lib/rabbitmq/bin:/usr/sbin:$PATH"
  export RABBITMQ_NODENAME="$BROKER_NODE"
  export RABBITMQ_NODE_IP_ADDRESS=127.0.0.1
  export RABBITMQ_NODE_PORT="$BROKER_PORT"
  export RABBITMQ_DIST_PORT="$DIST_PORT"
  export RABBITMQ_MNESIA_BASE="$BROKER_DIR/mnesia"
  export RABBITMQ_LOG_BASE="$BROKER_DIR/log"
  export RABBITMQ_PID_FILE="$BROKER_DIR/broker.pid"
  export RABBITMQ_ENABLED_PLUGINS_FILE="$BROKER_DIR/enabled_plugins"
  export RABBITMQ_CONFIG_FILE="$BROKER_DIR/rabbitmq"
  export RABBITMQ_ADVANCED_CONFIG_FILE="$BROKER_DIR/advanced.config"
  export ERL_EPMD_ADDRESS=127.0.0.1
  export RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"
}

# A daemon started here keeps none of its caller's descriptors beyond the standard three: a lock the caller holds
# (flock) or a pipe it reads would otherwise stay held or open for as long as the daemon runs.
close_inherited_fds() { local fd; for fd in /proc/self/fd/*; do fd=${fd##*/}; if [ "$fd" -gt 2 ]; then eval "exec $fd>&-" 2>/dev/null || true; fi; done; }
start_broker() {
  install_broker
  mkdir -p "$BROKER_DIR/mnesia" "$BROKER_DIR/log"
  broker_env
  [ -f "$RABBITMQ_ENABLED_PLUGINS_FILE" ] || echo "[]." > "$RABBITMQ_ENABLED_PLUGINS_FILE"
  cat > "$BROKER_DIR/rabbitmq.conf" <<CONF
listeners.tcp.default = 127.0.0.1:$BROKER_PORT
loopback_users.guest = true
CONF
  [ -f "$RABBITMQ_ADVANCED_CONFIG_FILE" ] || echo "[]." > "$RABBITMQ_ADVANCED_CONFIG_FILE"
  if rabbitmqctl -q -n "$BROKER_NODE" status >/dev/null 2>&1; then
    echo "RabbitMQ node $BROKER_NODE already running on 127.0.0.1:$BROKER_PORT"
    return 0
  fi
  (close_inherited_fds; exec rabbitmq-server) > "$BROKER_DIR/log/console.log" 2>&1 &
  echo $! > "$BROKER_DIR/server.pid"
  local pid; pid=$(cat "$BROKER_DIR/server.pid")
  for _ in $(seq 1 120); do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "RabbitMQ failed to start; its console log:" >&2; tail -40 "$BROKER_DIR/log/console.log" >&2; return 1
    fi
    if rabbitmqctl -q -n "$BROKER_NODE" status >/dev/null 2>&1; then break; fi
    sleep 1
  done
  rabbitmqctl -q -n "$BROKER_NODE" await_startup --timeout 120 >/dev/null 2>&1 || true
  echo "RabbitMQ node $BROKER_NODE running on 127.0.0.1:$BROKER_PORT"
}

stop_broker() {
  broker_env
  rabbitmqctl -q -n "$BROKER_NODE" stop >/dev/null 2>&1 || true
  if [ -f "$BROKER_DIR/server.pid" ]; then
    kill "$(cat "$BROKER_DIR/server.pid")" >/dev/null 2>&1 || true
    rm -f "$BROKER_DIR/server.pid"
  fi
}

case "${1:-}" in
  install) install_broker ;;
  start) start_broker ;;
  stop) stop_broker ;;
  stop_app) broker_env; rabbitmqctl -q -n "$BROKER_NODE" stop_app ;;
  start_app) broker_env; rabbitmqctl -q -n "$BROKER_NODE" start_app; rabbitmqctl -q -n "$BROKER_NODE" await_startup --timeout 60 >/dev/null 2>&1 || true ;;
  *) echo "usage: $0 install|start|stop|stop_app|start_app" >&2; exit 2 ;;
esac
