#!/usr/bin/env bash
# The one test command: installs RabbitMQ and Chromium when they are missing, starts a private broker for the tests
# (its own data directory, loopback only), runs every test of the solution, and stops the broker
# whatever the outcome. Extra arguments go to `dotnet test` (e.g. --filter ...).
set -euo pipefail
cd "$(dirname "$0")"

export SUMMIT_BROKER_DIR="$PWD/data/test-broker"
export SUMMIT_BROKER_PORT="${SUMMIT_BROKER_PORT:-5699}"
export SUMMIT_BROKER_NODE="summit-test@localhost"

# The browser tests drive Debian's Chromium (Playwright cannot download browsers here).
if ! command -v chromium >/dev/null 2>&1; then
  echo "Installing Debian's chromium for the browser tests..."
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get install -y -q chromium >/dev/null 2>&1 || { $SUDO apt-get update -q >/dev/null && $SUDO apt-get install -y -q chromium >/dev/null; }
fi

bash deploy/rabbitmq/broker.sh stop >/dev/null 2>&1 || true
rm -rf "$SUMMIT_BROKER_DIR"
bash deploy/rabbitmq/broker.sh start
trap 'bash deploy/rabbitmq/broker.sh stop' EXIT

dotnet test SummitCoordination.sln "$@"
