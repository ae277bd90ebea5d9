#!/usr/bin/env bash
# Issue 21.7: throughput of the whole summit flow through the gateway of distributed mode on PostgreSQL and RabbitMQ,
# with one and with two instances of each host, in one run; prints one markdown table and the ratio two / one.
#   tests/Flow.Benchmarks/run.sh [clients=4] [seconds=20] [warm-up seconds=30] [instance counts="1 2"]
# On a shared machine: flock -o /tmp/summit.lock nice -n 10 tests/Flow.Benchmarks/run.sh 4 60
# Builds Release once (the benchmark and, through its project references, every host), then for each instance count:
# a fresh private RabbitMQ (deploy/rabbitmq/broker.sh) and a fresh private PostgreSQL cluster (deploy/postgres/postgres.sh,
# fsync on as in production; SUMMIT_PG_FAST=1 turns it off), deploy/distributed.sh start with SUMMIT_INSTANCES=n on
# fresh databases, the benchmark, then everything stopped. Fresh broker and cluster each time, because the first run's
# queues would outlive its hosts and keep receiving a copy of every event of the second. Whatever the outcome, what
# this script started is stopped.
# Settings (environment): SUMMIT_FLOW_DIR (work directory, default ./data/flow-bench, emptied first),
# SUMMIT_FLOW_BASE_PORT (gateway, 5400: the hosts take 5401-5404, 5411-5414), SUMMIT_FLOW_BROKER_PORT (5679),
# SUMMIT_FLOW_PG_PORT (5678), SUMMIT_FLOW_NO_BUILD=1 (use the Release build there is). Any other variable reaches
# the hosts as configuration (e.g. Outbox__PollInterval=00:00:00.250).
set -euo pipefail
# Descriptors inherited from the caller (flock's lock file, without -o) are closed here, so that the broker, the cluster
# and the hosts started below do not hold them: a daemon that outlives this script (epmd) would keep the lock taken.
for fd in /proc/$$/fd/*; do
  fd="${fd##*/}"
  if [ "$fd" -gt 2 ] && [ "$fd" -lt 255 ]; then eval "exec $fd>&-" 2>/dev/null || true; fi
done
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
CLIENTS="${1:-4}"
MEASURED="${2:-20}"
WARMUP="${3:-30}"
COUNTS="${4:-1 2}"
WORK="${SUMMIT_FLOW_DIR:-$ROOT/data/flow-bench}"
BASE_PORT="${SUMMIT_FLOW_BASE_PORT:-5400}"
export SUMMIT_BROKER_PORT="${SUMMIT_FLOW_BROKER_PORT:-5679}"
export SUMMIT_BROKER_NODE="summit-flow@localhost"
export SUMMIT_BROKER_DIR="$WORK/rabbitmq"
export SUMMIT_PG_PORT="${SUMMIT_FLOW_PG_PORT:-5678}"
export SUMMIT_PG_DIR="$WORK/postgresql"
BENCH="$ROOT/tests/Flow.Benchmarks/bin/Release/net10.0/Flow.Benchmarks.dll"

# The hosts as the embedded-host benchmarks run them: the load comes from one address (through the gateway, whose
# X-Forwarded-For the hosts believe), so the per-address limits are lifted; information-level request logs and console
# telemetry are left out, as in the other benchmarks.
export RateLimits__TokenEndpoint__PermitLimit=1000000
export RateLimits__Anonymous__PermitLimit=1000000
export RateLimits__FailedAuthentication__PermitLimit=1000000
export Logging__LogLevel__Default="${Logging__LogLevel__Default:-Warning}"
export Telemetry__Console=false

RUN_DIR=""
stop_all() {
  if [ -n "$RUN_DIR" ]; then
    SUMMIT_RUN_DIR="$RUN_DIR" SUMMIT_BROKER_EXTERNAL=1 bash "$ROOT/deploy/distributed.sh" stop || true
    RUN_DIR=""
  fi
  bash "$ROOT/deploy/rabbitmq/broker.sh" stop >/dev/null 2>&1 || true
  bash "$ROOT/deploy/postgres/postgres.sh" stop >/dev/null 2>&1 || true
  # As root, a cluster the postgres user could not reach here lives under /tmp (named in .redirect): thrown away.
  if [ -f "$SUMMIT_PG_DIR/.redirect" ]; then rm -rf "$(cat "$SUMMIT_PG_DIR/.redirect")"; rm -f "$SUMMIT_PG_DIR/.redirect"; fi
}
trap stop_all EXIT

for port in "$SUMMIT_BROKER_PORT" "$SUMMIT_PG_PORT"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "Port $port is already in use (a run of this script left behind, or someone else's): stop it or choose another." >&2
    trap - EXIT; exit 1
  fi
done
rm -rf "$WORK"
mkdir -p "$WORK"

if [ "${SUMMIT_FLOW_NO_BUILD:-0}" != "1" ]; then
  echo "Building Release..."
  dotnet build "$ROOT/tests/Flow.Benchmarks/Flow.Benchmarks.csproj" -c Release -v q -nologo >/dev/null
fi

results=()
for n in $COUNTS; do
  echo "== $n instance(s) of each host"
  bash "$ROOT/deploy/rabbitmq/broker.sh" start
  bash "$ROOT/deploy/postgres/postgres.sh" start
  pg_url="$(bash "$ROOT/deploy/postgres/postgres.sh" url)"
  RUN_DIR="$WORK/run-$n"
  SUMMIT_RUN_DIR="$RUN_DIR" SUMMIT_BASE_PORT="$BASE_PORT" SUMMIT_INSTANCES="$n" SUMMIT_DATABASE=postgresql \
    SUMMIT_PG_URL="$pg_url" SUMMIT_PG_DATABASE_PREFIX="bench_$n" SUMMIT_BROKER_EXTERNAL=1 SUMMIT_NO_BUILD=1 CONFIGURATION=Release \
    bash "$ROOT/deploy/distributed.sh" start

  # The processes besides the hosts: the cluster's postmaster (its backends are its children) and the broker's node.
  pg_data="$SUMMIT_PG_DIR"; [ -f "$SUMMIT_PG_DIR/.redirect" ] && pg_data="$(cat "$SUMMIT_PG_DIR/.redirect")"
  postmaster="$(head -1 "$pg_data/cluster/postmaster.pid")"
  broker="$(cat "$SUMMIT_BROKER_DIR/server.pid")"
  SUMMIT_INSTANCES="$n" SUMMIT_FLOW_RUN_DIR="$RUN_DIR" SUMMIT_FLOW_PROCESSES="postgres=$postmaster rabbitmq=$broker" \
    SUMMIT_FLOW_RESULT="$WORK/result-$n.json" \
    dotnet "$BENCH" "http://127.0.0.1:$BASE_PORT" "$CLIENTS" "$MEASURED" "$WARMUP"
  results+=("$WORK/result-$n.json")

  stop_all
  rm -rf "$SUMMIT_BROKER_DIR" "$SUMMIT_PG_DIR"
done

echo
echo "Whole summit flow through the gateway, PostgreSQL + RabbitMQ, $CLIENTS clients, ${MEASURED} s measured after ${WARMUP} s warm-up, $(nproc) cores ($(date -u '+%Y-%m-%d %H:%M UTC')):"
echo
dotnet "$BENCH" table "${results[@]}"
