#!/usr/bin/env bash
# A private PostgreSQL cluster for tests and for distributed mode on a developer machine: its own data directory and
# port, listening on 127.0.0.1 only, password authentication (scram-sha-256). It needs no Docker and leaves Debian's own
# cluster (if any) alone.
#   deploy/postgres/postgres.sh install   installs Debian's postgresql when it is missing
#   deploy/postgres/postgres.sh start     creates the cluster if needed, starts it (waits until it answers) and prints
#                                          the connection string
#   deploy/postgres/postgres.sh stop      stops it
#   deploy/postgres/postgres.sh url       prints the connection string (Npgsql form, no database)
# Settings (environment): SUMMIT_PG_DIR (default ./data/postgresql), SUMMIT_PG_PORT (5698), SUMMIT_PG_FAST=1 (tests: no
# fsync, no synchronous commit: a crash of the machine may lose the cluster, which tests throw away anyway).
set -euo pipefail

PG_DIR="${SUMMIT_PG_DIR:-$PWD/data/postgresql}"
PG_PORT="${SUMMIT_PG_PORT:-5698}"
PG_USER=summit
# Where start put the cluster when the postgres user could not reach the directory asked for.
[ -f "$PG_DIR/.redirect" ] && PG_DIR="$(cat "$PG_DIR/.redirect")"

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

bin_dir() {
  local initdb
  initdb=$(ls -d /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -1 || true)
  [ -n "$initdb" ] && dirname "$initdb"
}

install_postgres() {
  if [ -z "$(bin_dir)" ]; then
    echo "Installing postgresql (Debian package)..."
    as_root apt-get update -qq
    # The package's own cluster is not used: the tests run a private one.
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends postgresql >/dev/null
  fi
}

# PostgreSQL refuses to run as root: as root, the cluster belongs to the postgres user.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

password() { cat "$PG_DIR/.password"; }

url() { echo "Host=127.0.0.1;Port=$PG_PORT;Username=$PG_USER;Password=$(password)"; }

# A daemon started here keeps none of its caller's descriptors beyond the standard three: a lock the caller holds
# (flock) or a pipe it reads would otherwise stay held or open for as long as the daemon runs.
close_inherited_fds() { local fd; for fd in /proc/self/fd/*; do fd=${fd##*/}; if [ "$fd" -gt 2 ]; then eval "exec $fd>&-" 2>/dev/null || true; fi; done; }
start_postgres() {
  install_postgres
  local bin; bin=$(bin_dir)
  mkdir -p "$PG_DIR"
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres: "$PG_DIR"
    if ! runuser -u postgres -- test -w "$PG_DIR"; then
      # As root the cluster runs as the postgres user, which a closed parent directory (a checkout under /root) keeps
      # out: the cluster then lives in a private directory under /tmp, named in $PG_DIR/.redirect for stop and url.
      local elsewhere; elsewhere=$(mktemp -d /tmp/summit-postgresql.XXXXXX)
      echo "$elsewhere" > "$PG_DIR/.redirect"
      echo "The postgres user cannot reach $PG_DIR; the cluster lives in $elsewhere instead."
      PG_DIR="$elsewhere"
      chown postgres: "$PG_DIR"
    fi
  fi
  chmod 700 "$PG_DIR"
  if [ ! -f "$PG_DIR/cluster/PG_VERSION" ]; then
    [ -f "$PG_DIR/.password" ] || (umask 077; head -c 18 /dev/urandom | base64 | tr -d '/+=' > "$PG_DIR/.password")
    [ "$(id -u)" -eq 0 ] && chown postgres: "$PG_DIR/.password"
    as_owner "$bin/initdb" -D "$PG_DIR/cluster" -U "$PG_USER" --pwfile="$PG_DIR/.password" --auth=scram-sha-256 \
      -E UTF8 --locale=C.UTF-8 >"$PG_DIR/initdb.log" 2>&1 || { cat "$PG_DIR/initdb.log" >&2; return 1; }
    {
      echo "listen_addresses = '127.0.0.1'"
      echo "port = $PG_PORT"
      echo "unix_socket_directories = '$PG_DIR'"
      echo "max_connections = 400"
      if [ "${SUMMIT_PG_FAST:-0}" = 1 ]; then
        echo "fsync = off"
        echo "synchronous_commit = off"
        echo "full_page_writes = off"
      fi
    } | as_owner tee -a "$PG_DIR/cluster/postgresql.conf" >/dev/null
  fi
  if as_owner "$bin/pg_ctl" -D "$PG_DIR/cluster" status >/dev/null 2>&1; then
    echo "PostgreSQL already running on 127.0.0.1:$PG_PORT"
    return 0
  fi
  # The port of this start, whatever the cluster was made with (a data directory kept from a run on another port).
  (close_inherited_fds; as_owner "$bin/pg_ctl" -D "$PG_DIR/cluster" -l "$PG_DIR/server.log" -o "-p $PG_PORT" -w -t 120 start >/dev/null) \
    || { echo "PostgreSQL failed to start; its log:" >&2; tail -40 "$PG_DIR/server.log" >&2; return 1; }
  echo "PostgreSQL running on 127.0.0.1:$PG_PORT (data $PG_DIR)"
}

stop_postgres() {
  local bin; bin=$(bin_dir)
  [ -n "$bin" ] && [ -f "$PG_DIR/cluster/PG_VERSION" ] || return 0
  as_owner "$bin/pg_ctl" -D "$PG_DIR/cluster" -m fast -w stop >/dev/null 2>&1 || true
  # A cluster put under /tmp for want of access is thrown away with the run that made it.
  case "$PG_DIR" in /tmp/summit-postgresql.*) [ "${SUMMIT_PG_FAST:-0}" = 1 ] && rm -rf "$PG_DIR" ;; esac
  return 0
}

case "${1:-}" in
  install) install_postgres ;;
  start) start_postgres ;;
  stop) stop_postgres ;;
  url) url ;;
  *) echo "usage: $0 install|start|stop|url" >&2; exit 2 ;;
esac
