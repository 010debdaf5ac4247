#!/usr/bin/env bash
# Start-up of the standalone platform the way ./run.sh starts it (extracted jar, embedded PostgreSQL with the demo
# data already loaded, run.sh's JVM options), side by side in one run: Java 17 and Java 25, each without and with
# its class cache (AppCDS archive on 17, AOT cache on 25), each started twice. Prints a Markdown table.
#   bench/startup.sh [ROUNDS]     (JAVA17, JAVA25 override the runtimes; needs web-gateway/target/sifa.jar built)
set -uo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
ROUNDS="${1:-2}"
JAVA17="${JAVA17:-$(command -v java)}"
JAVA25="${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}"
WORK="${STARTUP_HOME:-/tmp/sifa-startup}"
PORT="${STARTUP_PORT:-18080}"
OPTS=(-Xmx640m -XX:G1PeriodicGCInterval=60000)
ARGS=(--server.port="$PORT" --sifa.data-dir="$WORK/data" --sifa.embedded-postgres.port=0)
mkdir -p "$WORK"
rm -rf "$WORK/app"; "$JAVA17" -Djarmode=tools -jar "$ROOT/web-gateway/target/sifa.jar" extract --destination "$WORK/app" >/dev/null

ready() { # ready LOG JAVA [opts]: seconds until /actuator/health is UP, then stops the JVM
  local log="$1" java="$2"; shift 2
  local t0; t0=$(date +%s.%N)
  "$java" "${OPTS[@]}" "$@" -jar "$WORK/app/sifa.jar" "${ARGS[@]}" >"$log" 2>&1 &
  local pid=$! s=""
  for _ in $(seq 1 3000); do
    if curl -fs "http://127.0.0.1:$PORT/actuator/health" 2>/dev/null | grep -q '"UP"'; then
      s=$(python3 -c "print(round($(date +%s.%N) - $t0, 1))"); break
    fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  local rss; rss=$(awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$pid/status" 2>/dev/null)
  kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null
  echo "$s $rss"
}

echo "loading the demo data once (first start on a new data directory) ..." >&2
ready "$WORK/first.log" "$JAVA17" >/dev/null
echo "training runs ..." >&2
"$JAVA17" "${OPTS[@]}" -XX:ArchiveClassesAtExit="$WORK/app/sifa.jsa" -Dspring.context.exit=onRefresh \
  -jar "$WORK/app/sifa.jar" "${ARGS[@]}" >"$WORK/train17.log" 2>&1
"$JAVA25" "${OPTS[@]}" -XX:AOTCacheOutput="$WORK/app/sifa.aot" -Dspring.context.exit=onRefresh \
  -jar "$WORK/app/sifa.jar" "${ARGS[@]}" >"$WORK/train25.log" 2>&1

# The variants take turns within each round, so that a load that changes during the run falls on all of them alike.
LABELS=("Java 17|none" "Java 17|AppCDS ($(du -m "$WORK/app/sifa.jsa" | cut -f1) MB)" "Java 25|none" "Java 25|AOT cache ($(du -m "$WORK/app/sifa.aot" | cut -f1) MB)")
run_variant() {
  case "$1" in
    0) ready "$WORK/v0-$2.log" "$JAVA17" ;;
    1) ready "$WORK/v1-$2.log" "$JAVA17" -XX:SharedArchiveFile="$WORK/app/sifa.jsa" ;;
    2) ready "$WORK/v2-$2.log" "$JAVA25" ;;
    3) ready "$WORK/v3-$2.log" "$JAVA25" -XX:AOTCache="$WORK/app/sifa.aot" ;;
  esac
}
declare -a S R L
for round in $(seq 1 "$ROUNDS"); do
  for v in 0 1 2 3; do
    out=$(run_variant "$v" "$round")
    S[$v]="${S[$v]:+${S[$v]}, }${out% *}"; R[$v]="${R[$v]:+${R[$v]}, }${out#* }"
    L[$v]="${L[$v]:+${L[$v]}, }$(cut -d' ' -f1 /proc/loadavg)"
  done
done
echo "| runtime | class cache | ready s (each start) | RSS at ready MB | load average after each |"
echo "|---|---|---|---|---|"
for v in 0 1 2 3; do
  echo "| ${LABELS[$v]%%|*} | ${LABELS[$v]#*|} | ${S[$v]} | ${R[$v]} | ${L[$v]} |"
done
