# Sourced by scripts/test-all.sh and scripts/bench-instances.sh: installs Debian's postgresql when it is missing,
# then starts a throwaway server of its own on 127.0.0.1 (a cluster made by initdb in a temporary folder, owned by
# the postgres user when run as root, since initdb refuses root), stopped and deleted however the caller ends.
# Sets PG_URL (postgresql://postgres@127.0.0.1:PORT, no database). Port: PG_TEST_PORT or 55432, the next free one.

pg_bin_dir() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }

start_throwaway_postgres() {
  if [ -z "$(pg_bin_dir)" ]; then
    if [ "$(id -u)" != 0 ]; then
      echo "The PostgreSQL run needs Debian's postgresql package: install it (sudo apt-get install postgresql)." >&2
      exit 1
    fi
    echo "Installing Debian's postgresql for the PostgreSQL run…"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  fi
  PG_BIN="$(pg_bin_dir)"
  PG_DIR="$(mktemp -d)"
  trap stop_throwaway_postgres EXIT
  if [ "$(id -u)" = 0 ]; then chown postgres "$PG_DIR"; fi
  local port="${PG_TEST_PORT:-55432}"
  while (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
  as_postgres "'$PG_BIN/initdb' -D '$PG_DIR/data' -A trust -U postgres -E UTF8 --locale=C" >/dev/null
  as_postgres "'$PG_BIN/pg_ctl' -D '$PG_DIR/data' -o \"-p $port -k '$PG_DIR' -c listen_addresses=127.0.0.1 -c max_connections=400\" -l '$PG_DIR/pg.log' -w start" >/dev/null
  PG_URL="postgresql://postgres@127.0.0.1:$port"
  echo "PostgreSQL test server on 127.0.0.1:$port"
}

as_postgres() { if [ "$(id -u)" = 0 ]; then su postgres -c "cd / && $1"; else bash -c "$1"; fi; }

stop_throwaway_postgres() {
  [ -n "${PG_DIR:-}" ] || return 0
  as_postgres "'$PG_BIN/pg_ctl' -D '$PG_DIR/data' -m fast stop" >/dev/null 2>&1 || true
  rm -rf "$PG_DIR"
}
