#!/usr/bin/env bash
# Distributed mode on one machine: each service host its own process, on a real RabbitMQ, each with its
# own database (a SQLite file, or a PostgreSQL database), and the YARP gateway in front. The integration tests use this
# same script.
#   deploy/distributed.sh start    builds (unless SUMMIT_NO_BUILD=1), starts the broker and the processes
#   deploy/distributed.sh stop     stops them (and the broker and PostgreSQL cluster this script started)
# Settings (environment):
#   SUMMIT_RUN_DIR        where data, logs and pids go (default ./data/distributed)
#   SUMMIT_BASE_PORT      gateway port; the services and the web app take the next four (default 5100: 5101-5104);
#                         instance n (n > 1) of each takes the same four ten times n-1 higher (instance 2: 5111-5114)
#   SUMMIT_INSTANCES      instances of each service host and of the web app (default 1); more than one needs PostgreSQL:
#                         they share their service's database, the web instances share their data-protection keys
#   SUMMIT_DATABASE       sqlite (default: files under the run directory) or postgresql
#   SUMMIT_PG_URL         with postgresql: a server's Npgsql connection string without a database; unset, the private
#                         cluster of deploy/postgres/postgres.sh is started (SUMMIT_PG_PORT, data under the run directory)
#   SUMMIT_PG_DATABASE_PREFIX  with postgresql: databases <prefix>_scheduling, _consensus, _statements and _dataprotection
#                         (default summit), each made by its host if missing
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
INSTANCES="${SUMMIT_INSTANCES:-1}"
DATABASE="${SUMMIT_DATABASE:-sqlite}"
PG_PREFIX="${SUMMIT_PG_DATABASE_PREFIX:-summit}"
SERVICES=(scheduling consensus statements)
export SUMMIT_BROKER_PORT="$BROKER_PORT"

# Instance n of the host at offset k (1-3 the services, 4 the web app): its port, and its name for pid and log files
# (instance 1 keeps the plain name, as with one instance).
# A daemon started here keeps none of its caller's descriptors beyond the standard three: a lock the caller holds
# (flock) or a pipe it reads would otherwise stay held or open for as long as the daemon runs.
close_inherited_fds() { local fd; for fd in /proc/self/fd/*; do fd=${fd##*/}; if [ "$fd" -gt 2 ]; then eval "exec $fd>&-" 2>/dev/null || true; fi; done; }
port_of() { echo $((BASE_PORT + 10 * ($2 - 1) + $1)); }
name_of() { if [ "$2" -eq 1 ]; then echo "$1"; else echo "$1-$2"; fi; }
# Every instance's address, separated by ';' (the gateway's Gateway:<Host> form).
addresses_of() {
  local k=$1 n list=""
  for n in $(seq 1 "$INSTANCES"); do list="$list${list:+;}http://127.0.0.1:$(port_of "$k" "$n")"; done
  echo "$list"
}

dll() { echo "$ROOT/services/$1/bin/$CONFIGURATION/net10.0/$2.dll"; }

start_one() {
  local name=$1 path=$2 port=$3; shift 3
  # The subshell execs the host, so the pid recorded is the host's own.
  (cd "$RUN_DIR"; close_inherited_fds; exec env "$@" ASPNETCORE_URLS="http://127.0.0.1:$port" dotnet "$path" > "$RUN_DIR/$name.log" 2>&1) &
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

check_settings() {
  case "$DATABASE" in
    sqlite|postgresql) ;;
    *) echo "SUMMIT_DATABASE must be sqlite or postgresql, not '$DATABASE'." >&2; return 1 ;;
  esac
  if ! [[ "$INSTANCES" =~ ^[1-9]$ ]]; then
    echo "SUMMIT_INSTANCES must be a number from 1 to 9, not '$INSTANCES'." >&2; return 1
  fi
  if [ "$INSTANCES" -gt 1 ] && [ "$DATABASE" != postgresql ]; then
    echo "SUMMIT_INSTANCES=$INSTANCES needs SUMMIT_DATABASE=postgresql: instances of a service share its database, and only on" >&2
    echo "PostgreSQL do they share its work (the outbox's leader lock, Quartz's clustering). SQLite runs one instance of each." >&2
    return 1
  fi
}

# The server's connection string without a database: SUMMIT_PG_URL, or the private cluster, started now.
postgres_url() {
  if [ -n "${SUMMIT_PG_URL:-}" ]; then echo "$SUMMIT_PG_URL"; return 0; fi
  SUMMIT_PG_DIR="$RUN_DIR/postgresql" bash "$ROOT/deploy/postgres/postgres.sh" start >&2
  touch "$RUN_DIR/postgresql.started"
  SUMMIT_PG_DIR="$RUN_DIR/postgresql" bash "$ROOT/deploy/postgres/postgres.sh" url
}

start() {
  check_settings
  mkdir -p "$RUN_DIR/data"
  local port n k
  for n in $(seq 1 "$INSTANCES"); do
    for port in "$BASE_PORT" $(for k in 1 2 3 4; do port_of "$k" "$n"; done); do
      if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
        echo "Port $port is already in use: stop what listens there or set SUMMIT_BASE_PORT." >&2
        return 1
      fi
    done
  done
  if [ "${SUMMIT_NO_BUILD:-0}" != "1" ]; then
    dotnet build "$ROOT/SummitCoordination.sln" -c "$CONFIGURATION" -v q -nologo >/dev/null
  fi
  if [ "${SUMMIT_BROKER_EXTERNAL:-0}" != "1" ]; then
    SUMMIT_BROKER_DIR="$RUN_DIR/rabbitmq" bash "$ROOT/deploy/rabbitmq/broker.sh" start
  fi
  local common=(ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}" Bus__Transport=RabbitMq
    Bus__RabbitMq__Host=127.0.0.1 Bus__RabbitMq__Port="$BROKER_PORT")
  local -A database
  local service web_keys=()
  if [ "$DATABASE" = postgresql ]; then
    local server; server=$(postgres_url)
    common+=(Database__Provider=PostgreSql)
    for service in "${SERVICES[@]}"; do database[$service]="$server;Database=${PG_PREFIX}_$service"; done
    web_keys=(ConnectionStrings__DataProtection="$server;Database=${PG_PREFIX}_dataprotection")
  else
    common+=(Database__Provider=Sqlite)
    for service in "${SERVICES[@]}"; do database[$service]="Data Source=$RUN_DIR/data/$service.db"; done
  fi

  # Instance 1 of everything first, ready, then the others: the first makes and migrates each database, so two
  # instances never race to create one.
  for n in $(seq 1 "$INSTANCES"); do
    start_one "$(name_of scheduling "$n")" "$(dll Scheduling/Scheduling.Host SummitCoordination.Scheduling.Host)" "$(port_of 1 "$n")" "${common[@]}" \
      ConnectionStrings__Scheduling="${database[scheduling]}"
    start_one "$(name_of consensus "$n")" "$(dll Consensus/Consensus.Host SummitCoordination.Consensus.Host)" "$(port_of 2 "$n")" "${common[@]}" \
      ConnectionStrings__Consensus="${database[consensus]}"
    start_one "$(name_of statements "$n")" "$(dll Statements/Statements.Host SummitCoordination.Statements.Host)" "$(port_of 3 "$n")" "${common[@]}" \
      ConnectionStrings__Statements="${database[statements]}"
    # The web app calls the APIs through the gateway, like any client.
    start_one "$(name_of web "$n")" "$(dll Web/Web.Host SummitCoordination.Web.Host)" "$(port_of 4 "$n")" "${common[@]}" "${web_keys[@]}" \
      Services__Scheduling="http://127.0.0.1:$BASE_PORT" Services__Statements="http://127.0.0.1:$BASE_PORT" Services__Consensus="http://127.0.0.1:$BASE_PORT"
    if [ "$n" -eq 1 ]; then
      start_one gateway "$(dll Gateway SummitCoordination.Gateway)" "$BASE_PORT" \
        Gateway__Scheduling="$(addresses_of 1)" Gateway__Consensus="$(addresses_of 2)" \
        Gateway__Statements="$(addresses_of 3)" Gateway__Web="$(addresses_of 4)"
    fi
    if ! { wait_healthy "$(name_of scheduling "$n")" "http://127.0.0.1:$(port_of 1 "$n")/health/ready" &&
            wait_healthy "$(name_of consensus "$n")" "http://127.0.0.1:$(port_of 2 "$n")/health/ready" &&
            wait_healthy "$(name_of statements "$n")" "http://127.0.0.1:$(port_of 3 "$n")/health/ready" &&
            wait_healthy "$(name_of web "$n")" "http://127.0.0.1:$(port_of 4 "$n")/health/ready" &&
            { [ "$n" -gt 1 ] || wait_healthy gateway "http://127.0.0.1:$BASE_PORT/health/live"; }; }; then
      stop
      return 1
    fi
  done
  echo "Distributed mode is up ($INSTANCES instance(s) of each host, $DATABASE). Gateway: http://127.0.0.1:$BASE_PORT (API reference of each service at its own port, /scalar)"
}

stop() {
  # The gateway first, then the web instances, then the services: every instance that left a pid file.
  local file pid
  for file in "$RUN_DIR"/gateway.pid "$RUN_DIR"/web*.pid "$RUN_DIR"/statements*.pid "$RUN_DIR"/consensus*.pid "$RUN_DIR"/scheduling*.pid; do
    [ -f "$file" ] || continue
    pid=$(cat "$file")
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
    kill -9 "$pid" 2>/dev/null || true
    rm -f "$file"
  done
  if [ "${SUMMIT_BROKER_EXTERNAL:-0}" != "1" ]; then
    SUMMIT_BROKER_DIR="$RUN_DIR/rabbitmq" bash "$ROOT/deploy/rabbitmq/broker.sh" stop
  fi
  if [ -f "$RUN_DIR/postgresql.started" ]; then
    SUMMIT_PG_DIR="$RUN_DIR/postgresql" bash "$ROOT/deploy/postgres/postgres.sh" stop
    rm -f "$RUN_DIR/postgresql.started"
  fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
