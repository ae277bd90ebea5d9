#!/usr/bin/env bash
# The one test command: installs RabbitMQ, PostgreSQL and Chromium when they are missing, starts a private broker and a
# private PostgreSQL cluster for the tests (each its own data directory under ./data and its own port, loopback only),
# runs every test of the solution, and stops both whatever the outcome. Extra arguments go to `dotnet test` (e.g. --filter ...).
set -euo pipefail
cd "$(dirname "$0")"

export SUMMIT_BROKER_DIR="$PWD/data/test-broker"
export SUMMIT_BROKER_PORT="${SUMMIT_BROKER_PORT:-5699}"
export SUMMIT_BROKER_NODE="summit-test@localhost"
export SUMMIT_PG_DIR="$PWD/data/test-postgresql"
export SUMMIT_PG_PORT="${SUMMIT_PG_PORT:-5698}"
# A cluster thrown away after the run: no fsync (see deploy/postgres/postgres.sh).
export SUMMIT_PG_FAST=1

# The browser tests drive Debian's Chromium (Playwright cannot download browsers here).
if ! command -v chromium >/dev/null 2>&1; then
  echo "Installing Debian's chromium for the browser tests..."
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get install -y -q chromium >/dev/null 2>&1 || { $SUDO apt-get update -q >/dev/null && $SUDO apt-get install -y -q chromium >/dev/null; }
fi

stop_all() {
  bash deploy/rabbitmq/broker.sh stop || true
  bash deploy/postgres/postgres.sh stop || true
}

bash deploy/rabbitmq/broker.sh stop >/dev/null 2>&1 || true
bash deploy/postgres/postgres.sh stop >/dev/null 2>&1 || true
rm -rf "$SUMMIT_BROKER_DIR" "$SUMMIT_PG_DIR"
trap stop_all EXIT
bash deploy/rabbitmq/broker.sh start
bash deploy/postgres/postgres.sh start
SUMMIT_TEST_POSTGRES="$(bash deploy/postgres/postgres.sh url)"
export SUMMIT_TEST_POSTGRES

dotnet test SummitCoordination.sln "$@"
