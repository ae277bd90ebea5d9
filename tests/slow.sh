#!/usr/bin/env bash
# The slow checks, kept out of the test command (README, Tests): the same tests, at full strength.
#   1. the lost-race tests at 100 rounds (SUMMIT_RACE_REPEATS; 25 in the test command);
#   2. the fuzz suite at 5,000 requests per role (SUMMIT_FUZZ_REQUESTS; 400 in the test command);
#   3. every timer test (trait Category=Timers) 20 times in a row with `stress --cpu 2` loading both cores.
# Each part uses the test command (its private broker and PostgreSQL, stopped whatever the outcome). Takes about an hour.
#   tests/slow.sh [races|fuzz|timers ...]   (default: all three; SUMMIT_TIMER_ROUNDS sets the 20)
set -euo pipefail
cd "$(dirname "$0")/.."
parts=("$@")
[ ${#parts[@]} -gt 0 ] || parts=(races fuzz timers)

for part in "${parts[@]}"; do
  case "$part" in
    races)
      SUMMIT_RACE_REPEATS=100 ./test.sh --filter "FullyQualifiedName~LostRaceTests" ;;
    fuzz)
      SUMMIT_FUZZ_REQUESTS=5000 ./test.sh --filter "FullyQualifiedName~FuzzTests" ;;
    timers)
      if ! command -v stress >/dev/null 2>&1; then
        SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
        $SUDO apt-get install -y -q stress >/dev/null 2>&1 || { $SUDO apt-get update -q >/dev/null && $SUDO apt-get install -y -q stress >/dev/null; }
      fi
      stress --cpu 2 >/dev/null 2>&1 & load=$!
      trap 'kill $load 2>/dev/null || true' EXIT
      SUMMIT_TEST_TIMES="${SUMMIT_TIMER_ROUNDS:-20}" ./test.sh --filter "Category=Timers"
      kill $load 2>/dev/null || true ;;
    *) echo "Unknown part '$part' (races, fuzz, timers)." >&2; exit 2 ;;
  esac
done
