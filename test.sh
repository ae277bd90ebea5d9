#!/usr/bin/env bash
# The one test command: installs RabbitMQ, PostgreSQL, maildev (npm), Chromium's headless shell, poppler-utils and a serif font when they are missing,
# starts a private broker and a private PostgreSQL cluster for the tests (each its own data directory under ./data and
# its own port, loopback only), builds the solution once and runs every test project in two lanes, and stops both
# whatever the outcome. Extra arguments go to each `dotnet test` (e.g. --filter ...).
set -euo pipefail
cd "$(dirname "$0")"

export SUMMIT_BROKER_DIR="$PWD/data/test-broker"
export SUMMIT_BROKER_PORT="${SUMMIT_BROKER_PORT:-5699}"
export SUMMIT_BROKER_NODE="${SUMMIT_BROKER_NODE:-summit-test@localhost}"
export SUMMIT_PG_DIR="$PWD/data/test-postgresql"
export SUMMIT_PG_PORT="${SUMMIT_PG_PORT:-5698}"
# A cluster thrown away after the run: no fsync (see deploy/postgres/postgres.sh).
export SUMMIT_PG_FAST=1
# The mail tests' SMTP server (npm's maildev, installed into ./data/maildev-cache; see deploy/mail/maildev.sh).
export SUMMIT_MAILDEV_DIR="$PWD/data/test-maildev"
export SUMMIT_MAILDEV_SMTP_PORT="${SUMMIT_MAILDEV_SMTP_PORT:-5697}"
export SUMMIT_MAILDEV_WEB_PORT="${SUMMIT_MAILDEV_WEB_PORT:-5696}"
# Test processes live for seconds to minutes: the JIT's profile-guided tier (instrumented code, then a second rejit)
# costs them more than it saves, and idle thread-pool workers spinning for work steal the other lane's core. Measured
# on Statements.Tests: 53 s of CPU with the defaults, 34 s with these two (same wall time). The product keeps the defaults.
# The browser journeys' full-page screenshots (tests/Web.BrowserTests/TestResults/screenshots) are for people to look
# at; the test command leaves them out unless asked (SUMMIT_SCREENSHOTS=on ./test.sh). Running the browser project
# directly (dotnet test tests/Web.BrowserTests) keeps them.
export SUMMIT_SCREENSHOTS="${SUMMIT_SCREENSHOTS:-off}"
export DOTNET_TieredPGO=0
export DOTNET_ThreadPool_UnfairSemaphoreSpinLimit=0

# The browser tests drive Debian's Chromium (Playwright cannot download browsers here), as its headless shell: the same
# Blink without the full browser's window machinery, a third less CPU for the journeys (tests/TestSupport/ChromiumPath.cs).
if ! command -v chromium-headless-shell >/dev/null 2>&1; then
  echo "Installing Debian's chromium-headless-shell for the browser tests..."
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get install -y -q chromium-headless-shell >/dev/null 2>&1 || { $SUDO apt-get update -q >/dev/null && $SUDO apt-get install -y -q chromium-headless-shell >/dev/null; }
fi

# The official text's PDF is read back with poppler's pdftotext and pdffonts, and drawn in a serif font with Cyrillic
# that the Statements service finds among the system's fonts (Liberation Serif, else DejaVu Serif).
if ! command -v pdftotext >/dev/null 2>&1 || ! command -v pdffonts >/dev/null 2>&1; then
  echo "Installing Debian's poppler-utils to read the PDFs back..."
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get install -y -q poppler-utils >/dev/null 2>&1 || { $SUDO apt-get update -q >/dev/null && $SUDO apt-get install -y -q poppler-utils >/dev/null; }
fi
if [ ! -e /usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf ]; then
  echo "Installing Debian's fonts-dejavu-core for the PDFs (every letter of the seven languages)..."
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get install -y -q fonts-dejavu-core >/dev/null 2>&1 || { $SUDO apt-get update -q >/dev/null && $SUDO apt-get install -y -q fonts-dejavu-core >/dev/null; }
fi

stop_all() {
  bash deploy/rabbitmq/broker.sh stop || true
  bash deploy/postgres/postgres.sh stop || true
  bash deploy/mail/maildev.sh stop || true
}

bash deploy/rabbitmq/broker.sh stop >/dev/null 2>&1 || true
bash deploy/postgres/postgres.sh stop >/dev/null 2>&1 || true
bash deploy/mail/maildev.sh stop >/dev/null 2>&1 || true
rm -rf "$SUMMIT_BROKER_DIR" "$SUMMIT_PG_DIR" "$SUMMIT_MAILDEV_DIR"
trap stop_all EXIT
# The broker, the cluster and the SMTP server start while the solution builds (the build leaves about a third of the
# two cores idle; starting them first cost 20 s); the tests wait for both.
mkdir -p data
( bash deploy/rabbitmq/broker.sh start && bash deploy/postgres/postgres.sh start && bash deploy/mail/maildev.sh start ) > data/test-services.log 2>&1 &
services=$!

# Build once, then run the test projects in two lanes (the machine has two cores), the longest first in each, so
# that the browser journeys (the longest project) start at once instead of last. A test project not named below
# (any project referencing xunit.runner.visualstudio) joins the second lane. Every lane runs to its end; the command
# fails if any project failed.
# The build asks for the compiler server even where the environment switches it off (UseSharedCompilation=false, as on
# our CI machines): without it every project starts a cold `csc` whose own JIT costs more than the compile (a clean
# build 162 s, with the server 95 s), and it is stopped as soon as the build ends so it holds no memory through the
# tests. `-graph` schedules the projects from their reference graph, so independent ones compile side by side (88 s).
built=0
dotnet build SummitCoordination.sln -graph -nologo -v q -clp:ErrorsOnly -p:UseSharedCompilation=true || built=$?
dotnet build-server shutdown --vbcscompiler >/dev/null 2>&1 || true
started=0
wait $services || started=$?
cat data/test-services.log
[ $started -eq 0 ] || { echo "The test services did not start (above)."; exit $started; }
[ $built -eq 0 ] || exit $built
SUMMIT_TEST_POSTGRES="$(bash deploy/postgres/postgres.sh url)"
SUMMIT_TEST_SMTP="$(bash deploy/mail/maildev.sh smtp)"
SUMMIT_TEST_MAILDEV="$(bash deploy/mail/maildev.sh url)"
export SUMMIT_TEST_POSTGRES SUMMIT_TEST_SMTP SUMMIT_TEST_MAILDEV

# The projects, longest first (as last measured, README "How long it takes"), but BuildingBlocks.Tests early: its timer
# tests wait on Quartz more than they compute, and a lane waiting at the end leaves a core idle; two lanes (the machine has two cores)
# each take the next project not yet taken, so that neither waits idle while the other has a queue (with a filter that
# leaves some projects nearly empty, a fixed split left one lane idle for 100 s). A test project not named below (any
# project referencing xunit.runner.visualstudio) goes last. Every lane runs to its end; the command fails if any
# project failed.
queue=(Web.BrowserTests Integration BuildingBlocks.Tests Scheduling.Tests Consensus.Tests Statements.Tests Web.Tests Gateway.Tests)
for project in $(grep -l 'xunit.runner.visualstudio' tests/*/*.csproj | xargs -n1 dirname | xargs -n1 basename); do
  case " ${queue[*]} " in *" $project "*) ;; *) queue+=("$project") ;; esac
done

taken="$PWD/data/test-queue"
lane() {
  local failed=0 next
  while :; do
    next=$(flock "$taken" bash -c 'n=$(cat "$1"); echo $((n + 1)) > "$1"; echo "$n"' _ "$taken")
    [ "$next" -lt "${#queue[@]}" ] || break
    dotnet test "tests/${queue[$next]}" --no-build -nologo "${test_args[@]}" || failed=1
  done
  return $failed
}

# SUMMIT_TEST_TIMES=N runs the lanes N times in a row (tests/slow.sh: the timer tests 20 times under load), stopping
# at the first failing round.
test_args=("$@")
for round in $(seq 1 "${SUMMIT_TEST_TIMES:-1}"); do
  started=$SECONDS
  echo 0 > "$taken"
  lane & first_lane=$!
  lane & second_lane=$!
  status=0
  wait $first_lane || status=1
  wait $second_lane || status=1
  echo "Round $round: tests took $((SECONDS - started)) s in two lanes; $([ $status -eq 0 ] && echo 'all passed' || echo 'SOME FAILED')."
  [ $status -eq 0 ] || exit $status
done
