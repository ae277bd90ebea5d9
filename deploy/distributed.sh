#!/usr/bin/env bash
# Distributed mode on one machine: each service host its own process, on a real RabbitMQ, each with its
# own SQLite file, and the YARP gateway in front. The integration tests use this same script.
#   deploy/distributed.sh start    builds (unless SUMMIT_NO_BUILD=1), starts the broker and the four processes
#   deploy/distributed.sh stop     stops them (and the broker this script started)
# Settings (environment):
#   SUMMIT_RUN_DIR        where data, logs and pids go (default ./data/distributed)
#   SUMMIT_BASE_PORT      gateway port; the services and the web app take the next four (default 5100: 5101-5104)
#   SUMMIT_BROKER_PORT    RabbitMQ port (default 5699)
#   SUMMIT_BROKER_EXTERNAL=1   a broker is already running there: do not start or stop one
#   CONFIGURATION         build configuration (default Debug)
# Any other variable in the environment (e.g. Outbox__PollInterval) reaches the hosts as configuration.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
RUN_DIR="${SUMMIT_RUN_DIR:-$ROOT/data/distributed}"
BASE_PORT="${SUMMIT_BASE_PORT:-5100}"
BROKER_PORT="${SUMMIT_BROKER_PORT:-5699}"
CONFIGURATION="${CONFIGURATION:-Debug}"
export SUMMIT_BROKER_PORT="$BROKER_PORT"

dll() { echo "$ROOT/services/$1/bin/$CONFIGURATION/net10.0/$2.dll"; }

start_one() {
  local name=$1 path=$2 port=$3; shift 3
  # The subshell execs the host, so the pid recorded is the host's own.
  (cd "$RUN_DIR"; exec env "$@" ASPNETCORE_URLS="http://127.0.0.1:$port" dotnet "$path" > "$RUN_DIR/$name.log" 2>&1) &
  echo $! > "$RUN_DIR/$name.pid"
}

wait_healthy() {
  local name=$1 url=$2
  for _ in $(seq 1 120); do
    if curl -fsS "$url" >/dev/null 2>&1; then echo "  $name ready: ${url%/health/*}"; return 0; fi
    if ! kill -0 "$(cat "$RUN_DIR/$name.pid")" 2>/dev/null; then
      echo "$name exited; its log:" >&2; tail -40 "$RUN_DIR/$name.log" >&2; return 1
    fi
    sleep 0.5
  done
  echo "$name did not become ready; its log:" >&2; tail -40 "$RUN_DIR/$name.log" >&2; return 1
}

start() {
  mkdir -p "$RUN_DIR/data"
  local port
  for port in "$BASE_PORT" $((BASE_PORT + 1)) $((BASE_PORT + 2)) $((BASE_PORT + 3)) $((BASE_PORT + 4)); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "Port $port is already in use: stop what listens there or set SUMMIT_BASE_PORT." >&2
      return 1
    fi
  done
  if [ "${SUMMIT_NO_BUILD:-0}" != "1" ]; then
    dotnet build "$ROOT/SummitCoordination.sln" -c "$CONFIGURATION" -v q -nologo >/dev/null
  fi
  if [ "${SUMMIT_BROKER_EXTERNAL:-0}" != "1" ]; then
    SUMMIT_BROKER_DIR="$RUN_DIR/rabbitmq" bash "$ROOT/deploy/rabbitmq/broker.sh" start
  fi
  local common=(ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}" Bus__Transport=RabbitMq
    Bus__RabbitMq__Host=127.0.0.1 Bus__RabbitMq__Port="$BROKER_PORT" Database__Provider=Sqlite)
  start_one scheduling "$(dll Scheduling/Scheduling.Host SummitCoordination.Scheduling.Host)" $((BASE_PORT + 1)) "${common[@]}" \
    ConnectionStrings__Scheduling="Data Source=$RUN_DIR/data/scheduling.db"
  start_one consensus "$(dll Consensus/Consensus.Host SummitCoordination.Consensus.Host)" $((BASE_PORT + 2)) "${common[@]}" \
    ConnectionStrings__Consensus="Data Source=$RUN_DIR/data/consensus.db"
  start_one statements "$(dll Statements/Statements.Host SummitCoordination.Statements.Host)" $((BASE_PORT + 3)) "${common[@]}" \
    ConnectionStrings__Statements="Data Source=$RUN_DIR/data/statements.db"
  # The web app calls the APIs through the gateway, like any client.
  start_one web "$(dll Web/Web.Host SummitCoordination.Web.Host)" $((BASE_PORT + 4)) "${common[@]}" \
    Services__Scheduling="http://127.0.0.1:$BASE_PORT" Services__Statements="http://127.0.0.1:$BASE_PORT" Services__Consensus="http://127.0.0.1:$BASE_PORT"
  start_one gateway "$(dll Gateway SummitCoordination.Gateway)" "$BASE_PORT" \
    Gateway__Scheduling="http://127.0.0.1:$((BASE_PORT + 1))" Gateway__Consensus="http://127.0.0.1:$((BASE_PORT + 2))" \
    Gateway__Statements="http://127.0.0.1:$((BASE_PORT + 3))" Gateway__Web="http://127.0.0.1:$((BASE_PORT + 4))"
  if ! { wait_healthy scheduling "http://127.0.0.1:$((BASE_PORT + 1))/health/ready" &&
          wait_healthy consensus "http://127.0.0.1:$((BASE_PORT + 2))/health/ready" &&
          wait_healthy statements "http://127.0.0.1:$((BASE_PORT + 3))/health/ready" &&
          wait_healthy web "http://127.0.0.1:$((BASE_PORT + 4))/health/ready" &&
          wait_healthy gateway "http://127.0.0.1:$BASE_PORT/health/live"; }; then
    stop
    return 1
  fi
  echo "Distributed mode is up. Gateway: http://127.0.0.1:$BASE_PORT (API reference of each service at its own port, /scalar)"
}

stop() {
  for name in gateway web statements consensus scheduling; do
    if [ -f "$RUN_DIR/$name.pid" ]; then
      local pid; pid=$(cat "$RUN_DIR/$name.pid")
      kill "$pid" 2>/dev/null || true
      for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
      kill -9 "$pid" 2>/dev/null || true
      rm -f "$RUN_DIR/$name.pid"
    fi
  done
  if [ "${SUMMIT_BROKER_EXTERNAL:-0}" != "1" ]; then
    SUMMIT_BROKER_DIR="$RUN_DIR/rabbitmq" bash "$ROOT/deploy/rabbitmq/broker.sh" stop
  fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
