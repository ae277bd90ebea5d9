#!/usr/bin/env bash
# Issue 21.7: one run of every row of issue 21's table, side by side, each against its reference in the same run, on
# SQLite and on PostgreSQL, then the whole summit flow with one and with two instances of each service:
#   1. events at the broker's pace: a backlog of 5,000 outbox rows published and applied (a batch consumer)
#      against bare RabbitMQ.Client with each confirm awaited; 4 writers at 25 writes/s each, write to applied
#   2. positions and 3. scheduling a meeting end to end against a bare endpoint inserting one row
#   4. 10,000 deadlines due at one instant
#   5. public reads against a fixed-JSON endpoint
#   6. the summit flow through the gateway, one and two instances of everything (PostgreSQL and RabbitMQ)
# Everything it needs is private to the run: a RabbitMQ (deploy/rabbitmq/broker.sh) and a PostgreSQL cluster
# (deploy/postgres/postgres.sh, fsync on) under ./data/benchmarks/<time>, on their own ports, stopped whatever the outcome.
# Each benchmark's whole output goes to its own log there; what it concluded is printed as it ends. About 20 minutes.
#   tests/benchmarks.sh [seconds per measurement=10] [sections="outbox writes deadlines reads flow"]
# On a shared machine: flock -o /tmp/summit.lock nice -n 10 tests/benchmarks.sh
# Settings (environment): SUMMIT_BENCH_BROKER_PORT (5659), SUMMIT_BENCH_PG_PORT (5658), SUMMIT_BENCH_NO_BUILD=1.
set -euo pipefail
# The broker and the cluster outlive no descriptor of the caller's (flock's lock file among them).
for fd in /proc/$$/fd/*; do
  fd="${fd##*/}"
  if [ "$fd" -gt 2 ] && [ "$fd" -lt 255 ]; then eval "exec $fd>&-" 2>/dev/null || true; fi
done
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SECONDS_EACH="${1:-10}"
SECTIONS="${2:-outbox writes deadlines reads flow}"
OUT="$ROOT/data/benchmarks/$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$OUT"
export SUMMIT_BROKER_DIR="$OUT/rabbitmq" SUMMIT_BROKER_PORT="${SUMMIT_BENCH_BROKER_PORT:-5659}" SUMMIT_BROKER_NODE="summit-bench@localhost"
export SUMMIT_PG_DIR="$OUT/postgresql" SUMMIT_PG_PORT="${SUMMIT_BENCH_PG_PORT:-5658}"
export SUMMIT_BENCH_RABBITMQ_PORT="$SUMMIT_BROKER_PORT"
# The outbox benchmark's consumer applies batches (IdempotentBatchConsumer).
export SUMMIT_BENCH_BATCH=1

stop_all() {
  bash "$ROOT/deploy/rabbitmq/broker.sh" stop >/dev/null 2>&1 || true
  bash "$ROOT/deploy/postgres/postgres.sh" stop >/dev/null 2>&1 || true
}
trap stop_all EXIT

wants() { [[ " $SECTIONS " == *" $1 "* ]]; }

# One benchmark: its whole output to <name>.log, the lines that carry its figures to the screen.
bench() {
  local name=$1 pattern=$2; shift 2
  echo "== $name ($(cut -d' ' -f1-3 /proc/loadavg))"
  if ! "$@" > "$OUT/$name.log" 2>&1; then
    echo "   FAILED, see $OUT/$name.log"; tail -5 "$OUT/$name.log"; return 0
  fi
  grep -E "$pattern" "$OUT/$name.log" | sed 's/^/   /' || true
}

run_project() { local project=$1; shift; dotnet "$ROOT/tests/$project/bin/Release/net10.0/$project.dll" "$@"; }

if [ "${SUMMIT_BENCH_NO_BUILD:-0}" != 1 ]; then
  echo "Building (Release)..."
  for project in services/SummitCoordination.Host tests/Outbox.Benchmarks tests/Consensus.Benchmarks tests/Deadlines.Benchmarks \
      tests/Statements.Benchmarks; do
    dotnet build "$ROOT/$project" -c Release -v q -nologo >/dev/null
  done
fi
bash "$ROOT/deploy/rabbitmq/broker.sh" start
bash "$ROOT/deploy/postgres/postgres.sh" start
PG_SERVER="$(bash "$ROOT/deploy/postgres/postgres.sh" url)"
echo "$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load average $(cut -d' ' -f1-3 /proc/loadavg); logs in $OUT"

for database in sqlite postgresql; do
  if [ "$database" = postgresql ]; then export SUMMIT_BENCH_POSTGRES="$PG_SERVER"; deadline_args=(10000 60 postgresql); else unset SUMMIT_BENCH_POSTGRES; deadline_args=(10000 20); fi
  echo; echo "##### $database"
  if wants outbox; then
    bench "outbox-backlog-$database" "^Bare|^Outbox backlog|^Applied rows" run_project Outbox.Benchmarks 5000 100
    bench "outbox-writers-$database" "writers \(|^Applied rows" run_project Outbox.Benchmarks 0 100 writers 4 "$SECONDS_EACH" 25
  fi
  if wants writes; then
    bench "positions-and-scheduling-$database" "^ *\|" run_project Consensus.Benchmarks "$SECONDS_EACH" 6 positions schedule
  fi
  if wants deadlines; then
    bench "deadlines-$database" "^ *\||Store:|stored in" run_project Deadlines.Benchmarks "${deadline_args[@]}"
  fi
  if wants reads; then
    bench "public-reads-$database" "^ *\|" run_project Statements.Benchmarks "$SECONDS_EACH" 4 10000
  fi
done
unset SUMMIT_BENCH_POSTGRES

if wants flow; then
  echo; echo "##### the summit flow, one and two instances (PostgreSQL, RabbitMQ)"
  # Its own fresh broker and cluster for each instance count (tests/Flow.Benchmarks/run.sh says why), on its own ports.
  bench "flow" "^ *\||^Ratio|^Whole" env SUMMIT_FLOW_DIR="$OUT/flow" bash "$ROOT/tests/Flow.Benchmarks/run.sh" 4 60
fi
echo; echo "Logs: $OUT"
