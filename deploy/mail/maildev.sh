#!/usr/bin/env bash
# A private SMTP server for the mail tests: npm's maildev 3.0.0, which keeps what it receives in memory and reads it back
# over its REST API (GET /api/email, /api/email/{id}/source). Loopback only, its own ports, installed into a cache directory (no global install).
#   deploy/mail/maildev.sh start   installs maildev into the cache when missing, starts it, waits until it answers
#   deploy/mail/maildev.sh stop    stops it (and only it: the process whose id start wrote down)
#   deploy/mail/maildev.sh url     the REST API's address (http://127.0.0.1:<web port>)
#   deploy/mail/maildev.sh smtp    the SMTP server's host:port
# Settings (environment): SUMMIT_MAILDEV_DIR (default ./data/maildev: pid and log), SUMMIT_MAILDEV_CACHE (default
# ./data/maildev-cache: the npm install, kept between runs), SUMMIT_MAILDEV_SMTP_PORT (5697), SUMMIT_MAILDEV_WEB_PORT (5696).
set -euo pipefail

MAILDEV_VERSION=3.0.0
MAILDEV_DIR="${SUMMIT_MAILDEV_DIR:-$PWD/data/maildev}"
MAILDEV_CACHE="${SUMMIT_MAILDEV_CACHE:-$PWD/data/maildev-cache}"
SMTP_PORT="${SUMMIT_MAILDEV_SMTP_PORT:-5697}"
WEB_PORT="${SUMMIT_MAILDEV_WEB_PORT:-5696}"
BIN="$MAILDEV_CACHE/node_modules/maildev/dist/bin/maildev.js"

install_maildev() {
  if [ ! -f "$BIN" ] || ! grep -q "\"version\": \"$MAILDEV_VERSION\"" "$MAILDEV_CACHE/node_modules/maildev/package.json" 2>/dev/null; then
    if ! command -v npm >/dev/null 2>&1; then
      echo "Installing Debian's nodejs and npm for maildev..."
      SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
      $SUDO apt-get install -y -q nodejs npm >/dev/null 2>&1 || { $SUDO apt-get update -q >/dev/null && $SUDO apt-get install -y -q nodejs npm >/dev/null; }
    fi
    echo "Installing maildev $MAILDEV_VERSION into $MAILDEV_CACHE..."
    mkdir -p "$MAILDEV_CACHE"
    npm install --prefix "$MAILDEV_CACHE" --no-audit --no-fund --silent "maildev@$MAILDEV_VERSION" >/dev/null
  fi
}

answers() { curl -fsS -o /dev/null "http://127.0.0.1:$WEB_PORT/api/healthz" 2>/dev/null; }

# Like the broker: the daemon keeps none of its caller's descriptors (a lock held with flock, a pipe being read).
close_inherited_fds() { local fd; for fd in /proc/self/fd/*; do fd=${fd##*/}; if [ "$fd" -gt 2 ]; then eval "exec $fd>&-" 2>/dev/null || true; fi; done; }

start_maildev() {
  install_maildev
  mkdir -p "$MAILDEV_DIR"
  if [ -f "$MAILDEV_DIR/maildev.pid" ] && kill -0 "$(cat "$MAILDEV_DIR/maildev.pid")" 2>/dev/null && answers; then
    echo "maildev already running: SMTP 127.0.0.1:$SMTP_PORT, REST http://127.0.0.1:$WEB_PORT"
    return 0
  fi
  (close_inherited_fds; exec node "$BIN" --smtp "$SMTP_PORT" --web "$WEB_PORT" --ip 127.0.0.1 --web-ip 127.0.0.1 --mail-directory "$MAILDEV_DIR/mail" --silent) \
    > "$MAILDEV_DIR/maildev.log" 2>&1 &
  echo $! > "$MAILDEV_DIR/maildev.pid"
  local pid; pid=$(cat "$MAILDEV_DIR/maildev.pid")
  for _ in $(seq 1 60); do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "maildev failed to start; its log:" >&2; tail -40 "$MAILDEV_DIR/maildev.log" >&2; return 1
    fi
    if answers; then
      echo "maildev running: SMTP 127.0.0.1:$SMTP_PORT, REST http://127.0.0.1:$WEB_PORT"
      return 0
    fi
    sleep 0.5
  done
  echo "maildev did not answer in 30 s; its log:" >&2; tail -40 "$MAILDEV_DIR/maildev.log" >&2
  stop_maildev; return 1
}

stop_maildev() {
  if [ -f "$MAILDEV_DIR/maildev.pid" ]; then
    local pid; pid=$(cat "$MAILDEV_DIR/maildev.pid")
    if kill -0 "$pid" 2>/dev/null; then
      kill "$pid" 2>/dev/null || true
      for _ in $(seq 1 20); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
      kill -9 "$pid" 2>/dev/null || true
    fi
    rm -f "$MAILDEV_DIR/maildev.pid"
  fi
}

case "${1:-}" in
  install) install_maildev ;;
  start) start_maildev ;;
  stop) stop_maildev ;;
  url) echo "http://127.0.0.1:$WEB_PORT" ;;
  smtp) echo "127.0.0.1:$SMTP_PORT" ;;
  *) echo "usage: $0 install|start|stop|url|smtp" >&2; exit 2 ;;
esac
