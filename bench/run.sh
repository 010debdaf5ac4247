#!/usr/bin/env bash
# Runs every benchmark on one machine, each next to its yardstick measured in the same run, and writes
# bench/results/<UTC time>/ (JSON per section, raw tool output, summary.md). docs/benchmarks.md explains them.
#
#   bench/run.sh [--scale 1.0] [--seed 42] [--fresh-db] [--skip-build] [--skip-generate] [--only a,b,...] [--duration 20]
#                [--connections 16] [--jdk-distributed 25|17|both] [--profile]
# --profile: after the measured runs of the lookup, the county-1y and city-5y statistics and the gateway, one more wrk run
# each under a JFR CPU profile (profile-*.jfr), summarised into profile-*.json (tools/jfrtop.py: areas, hottest methods).
# services: legal aid, review/appeal and correction, each its main list and its statistics as (c) and (d) measure mediation's,
# after a smoke check that every endpoint answers 200 with figures above zero on the generated data; correction's every
# list (subjects, investigations, leave worklist, alerts, released persons, and one subject's reports, home visits and
# psychological assessments) is checked and timed.
# Sections (--only): machine, generate, startup, lookup, list, statistics, services, export, rls, aot, distributed, ingest, jmh.
# A quick row-level security measurement at a small scale: bench/run.sh --scale 0.05 --only generate,rls
# Needs: wrk, nginx, pgbench, psql, python3 (Debian: apt-get install -y wrk nginx postgresql-client python3),
# JDK 17 as `java`, Temurin 25 in $JAVA25 (default /usr/lib/jvm/temurin-25-jdk-amd64) for the AOT and distributed runs.
set -uo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
export BENCH_HOME="${BENCH_HOME:-/tmp/sifa-bench}"
export BENCH_PG_PORT="${BENCH_PG_PORT:-55432}"
JAVA17="${JAVA17:-java}"
JAVA25="${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}"
JCMD="$(dirname "$(readlink -f "$(command -v "$JAVA17")")")/jcmd"
SCALE=1.0; SEED=42; BUILD=1; GENERATE=1; ONLY=""; DUR=20; CONNS=16; JDK_DIST=25; FRESH=0; PROFILE=0
while [ $# -gt 0 ]; do
  case "$1" in
    --scale) SCALE="$2"; shift ;;
    --seed) SEED="$2"; shift ;;
    --skip-build) BUILD=0 ;;
    --skip-generate) GENERATE=0 ;;
    --fresh-db) FRESH=1 ;;
    --profile) PROFILE=1 ;;
    --only) ONLY="$2"; shift ;;
    --duration) DUR="$2"; shift ;;
    --connections) CONNS="$2"; shift ;;
    --jdk-distributed) JDK_DIST="$2"; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
RESULTS="${BENCH_RESULTS:-$ROOT/bench/results/$(date -u +%Y%m%dT%H%M%SZ)}"
mkdir -p "$RESULTS" "$BENCH_HOME"
DB_URL="jdbc:postgresql://127.0.0.1:$BENCH_PG_PORT/sifa"
SIFA_JAR="$ROOT/web-gateway/target/sifa.jar"
MED_JAR="$(ls "$ROOT"/mediation-service/target/mediation-service-*-exec.jar 2>/dev/null | head -1)"
CP="$ROOT/bench/target/bench-0.1.0-SNAPSHOT.jar:$ROOT/bench/target/lib/*"
SECRET=bench-secret
PIDS=()
T="$ROOT/bench/tools"
log() { printf '%s [load %s] %s\n' "$(date -u +%H:%M:%S)" "$(cut -d' ' -f1 /proc/loadavg)" "$*" | tee -a "$RESULTS/run.log"; }
want() { [ -z "$ONLY" ] || [[ ",$ONLY," == *",$1,"* ]]; }
psqlq() { psql -h 127.0.0.1 -p "$BENCH_PG_PORT" -U postgres -d sifa -qAtX -c "$1"; }
json() { python3 -c "import json,sys; d=json.load(open(sys.argv[1])) if len(sys.argv)>1 else {}; exec(sys.stdin.read())" "$@"; }

cleanup() {
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null; done
  [ -f "$BENCH_HOME/nginx/nginx.pid" ] && kill "$(cat "$BENCH_HOME/nginx/nginx.pid")" 2>/dev/null
  true
}
trap cleanup EXIT

# A missing load tool would leave every figure empty (a fresh machine has no wrk): refuse to start instead.
missing=()
for tool in wrk pgbench psql python3; do command -v "$tool" >/dev/null 2>&1 || missing+=("$tool"); done
{ want distributed && ! command -v nginx >/dev/null 2>&1 && [ ! -x /usr/sbin/nginx ]; } && missing+=(nginx)
if [ ${#missing[@]} -gt 0 ]; then
  echo "bench/run.sh: missing ${missing[*]} (Debian: apt-get install -y wrk nginx postgresql-client python3)" >&2
  exit 2
fi

# ---------------------------------------------------------------- processes
# start NAME JAVA [jvm and app args…]: starts in the background, sets APP_PID and APP_T0 (epoch seconds)
start() {
  local name="$1" java="$2"; shift 2
  local a; for a in "$@"; do case "$a" in --server.port=*) port_free "${a#--server.port=}" ;; esac; done
  APP_T0=$(date +%s.%N)
  SPRING_DATASOURCE_URL="$DB_URL" SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD= \
    "$java" "$@" >"$RESULTS/$name.log" 2>&1 &
  APP_PID=$!
  PIDS+=("$APP_PID")
}
# wait_ready BASE_URL: seconds from APP_T0 until GET /actuator/health answers UP (or "" on timeout)
wait_ready() {
  local base="$1" i
  for i in $(seq 1 1800); do
    if curl -fs "$base/actuator/health" 2>/dev/null | grep -q '"UP"'; then
      python3 -c "import sys; print(round($(date +%s.%N) - $APP_T0, 2))"; return 0
    fi
    kill -0 "$APP_PID" 2>/dev/null || { echo ""; return 1; }
    sleep 0.1
  done
  echo ""; return 1
}
# port_free PORT: waits until nothing listens on the port any more (a previous process is gone)
port_free() { local i; for i in $(seq 1 300); do ss -Hltn "sport = :$1" | grep -q . || return 0; sleep 0.1; done; log "port $1 still busy"; }
stop() { kill "$1" 2>/dev/null; for i in $(seq 1 100); do kill -0 "$1" 2>/dev/null || return 0; sleep 0.1; done; kill -9 "$1" 2>/dev/null; }
rss_mb() { awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$1/status" 2>/dev/null; }
# sample_rss PID FILE: background sampler, one line per 0.5 s; kill $! to stop
sample_rss() { while kill -0 "$1" 2>/dev/null; do rss_mb "$1" >>"$2"; echo >>"$2"; sleep 0.5; done; }
max_of() { sort -n "$1" 2>/dev/null | tail -1; }
token() { # token BASE CLIENT
  curl -fs -u "$2:$SECRET" -d grant_type=client_credentials "$1/oauth2/token" | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])'
}
# wrk_run NAME URL CONNECTIONS SECONDS TOKEN [ACCEPT]: writes wrk-NAME.txt and prints its JSON
wrk_run() {
  local threads=$(( $3 < 2 ? 1 : 2 ))
  wrk -t"$threads" -c"$3" -d"$4"s --timeout 60s --latency -H "Authorization: Bearer $5" -H "Accept: ${6:-application/json}" "$2" >"$RESULTS/wrk-$1.txt" 2>&1
  python3 "$T/parse.py" wrk "$RESULTS/wrk-$1.txt"
}
# profile NAME PID URL CONNECTIONS TOKEN [JCMD]: with --profile, a JFR CPU profile of PID during an extra wrk run
# (after the measured ones, so they carry no recording), summarised by tools/jfrtop.py into profile-NAME.json
profile() {
  [ "$PROFILE" = 1 ] || return 0
  local jcmd="${6:-$JCMD}" f="$RESULTS/profile-$1.jfr"
  "$jcmd" "$2" JFR.start name=bench settings=profile filename="$f" >/dev/null 2>&1 || { log "  profile $1: JFR.start failed"; return 0; }
  wrk_run "profile-$1" "$3" "$4" "${PROF_DUR:-15}" "$5" >/dev/null
  "$jcmd" "$2" JFR.stop name=bench >/dev/null 2>&1
  log "  profile $(python3 "$T/jfrtop.py" "$f" "$RESULTS/profile-$1.json" "$(dirname "$JAVA25")/jfr" 2>&1 | tail -1)"
}
# prefix_of CALLER: the sifa.division the platform sets for the bench client of that caller (BenchClients: county
# 430105, city 430100, province 410000), its division code's significant prefix
prefix_of() { case "$1" in county) echo 430105 ;; city) echo 4301 ;; province) echo 41 ;; esac; }
# capture NAME URL TOKEN [CALLER]: the SQL of one request, then EXPLAIN ANALYZE of each SELECT. With CALLER (county,
# city, province) as the application runs it, role sifa_app with the caller's sifa.division, so that the yardstick
# has the plans row-level security gives (they can differ from the owner's: docs/benchmarks.md, V4_27); else as the owner.
capture() {
  curl -fs -o /dev/null -H "Authorization: Bearer $3" "$2"
  python3 "$T/sqlcapture.py" on; sleep 0.5
  local off; off=$(python3 "$T/sqlcapture.py" mark)
  curl -fs -o /dev/null -H "Authorization: Bearer $3" "$2"; sleep 1
  python3 "$T/sqlcapture.py" extract "$off" "$RESULTS/sql-$1.json" >/dev/null
  python3 "$T/sqlcapture.py" off
  local as=(); [ -n "${4:-}" ] && as=(sifa_app "$(prefix_of "$4")")
  python3 "$T/sqlcapture.py" explain "$RESULTS/sql-$1.json" "$RESULTS/explain-$1.json" ${as[@]+"${as[@]}"} >/dev/null
  json "$RESULTS/explain-$1.json" <<<'print(d["total_ms"])'
}

# ---------------------------------------------------------------- machine
machine() {
  local pgv; pgv=$(psqlq "SHOW server_version" 2>/dev/null)
  python3 - "$RESULTS/machine.json" "$pgv" <<'PY'
import json, os, subprocess, sys
def sh(c):
    return subprocess.run(c, shell=True, capture_output=True, text=True).stdout.strip()
m = {
  "cpu": sh("grep -m1 'model name' /proc/cpuinfo | cut -d: -f2").strip(),
  "cores": os.cpu_count(),
  "memory_gb": round(int(sh("awk '/MemTotal/ {print $2}' /proc/meminfo")) / 1024 / 1024, 1),
  "kernel": sh("uname -r"),
  "java17": sh("${JAVA17:-java} -version 2>&1 | sed -n 2p"),
  "java25": sh("${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java} -version 2>&1 | sed -n 2p"),
  "postgresql": sys.argv[2],
  "wrk": sh("wrk -v 2>&1 | head -1"),
  "nginx": sh("nginx -v 2>&1"),
  "pgbench": sh("pgbench --version"),
  "load_at_start": sh("cut -d' ' -f1-3 /proc/loadavg"),
}
json.dump(m, open(sys.argv[1], "w"), indent=1)
print(json.dumps(m, ensure_ascii=False))
PY
}

log "results in $RESULTS; load $(cut -d' ' -f1-3 /proc/loadavg)"
if [ "$BUILD" = 1 ]; then
  log "build: ./mvnw -q -B -ntp -pl web-gateway,mediation-service,bench -am package -DskipTests"
  (cd "$ROOT" && ./mvnw -q -B -ntp -pl web-gateway,mediation-service,bench -am package -DskipTests) || { log "build failed"; exit 1; }
  MED_JAR="$(ls "$ROOT"/mediation-service/target/mediation-service-*-exec.jar 2>/dev/null | head -1)"
fi
"$ROOT/bench/pg.sh" start | tee -a "$RESULTS/run.log"
[ "$FRESH" = 1 ] && "$ROOT/bench/pg.sh" reset | tee -a "$RESULTS/run.log"
want machine && machine >/dev/null

if [ "$GENERATE" = 1 ] && want generate; then
  log "generate: scale $SCALE seed $SEED"
  "$ROOT/bench/generate.sh" --url "$DB_URL" --scale "$SCALE" --seed "$SEED" --reset --report "$RESULTS/generate.json" \
    2>&1 | grep -v ' INFO ' | tee "$RESULTS/generate.log"
  psqlq "CHECKPOINT" >/dev/null
fi
# the data may come from an earlier build: bring its schema to this build's migrations before anything is timed
log "schema: $(SPRING_DATASOURCE_URL="$DB_URL" SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD= \
  "$JAVA17" -cp "$CP" cn.sifa.db.MigrateCommand 2>&1 | grep -v ' INFO \| DEBUG ' | tail -3 | tr '\n' ' ')"
"$JAVA17" -cp "$CP" cn.sifa.bench.run.BenchClients "$DB_URL" postgres "" "$SECRET" | tee -a "$RESULTS/run.log"

# ids and counts the benchmarks use
CASE_ID=$(psqlq "SELECT id FROM sifa.med_case WHERE division_code = '430105' AND status = 'ARCHIVED' AND session_count >= 2 ORDER BY received_on DESC, id LIMIT 1" 2>/dev/null)
log "lookup record: med_case $CASE_ID"

APP_PORT="${BENCH_APP_PORT:-18080}"   # another port when several runs share a machine
APP=http://127.0.0.1:$APP_PORT
# BENCH_APP_ARGS: extra arguments for every application process (e.g. a logging level)
# run.sh's JVM options (README's way to start the platform); the standalone process below runs with them too
RUN_OPTS="${BENCH_RUN_OPTS:--Xmx640m -XX:G1PeriodicGCInterval=60000}"
# with --profile, deep enough stacks that a request's frames reach down to our code (JFR keeps 64 by default)
PROF_OPTS=""; [ "$PROFILE" = 1 ] && PROF_OPTS="-XX:FlightRecorderOptions=stackdepth=512"
# The deadline reminder job (every 15 min) is switched off in every measured process: its first pass over the generated
# provinces sends reminders for ~135,000 overdue and ~139,000 due-soon deadlines, thousands of statements a second, which
# the measurements beside it would time (found in the run of 2026-12-07; it also filled the SQL captures).
BG_OFF="--sifa.deadlines.reminder-cron=-"
APP_ARGS=(--server.port=$APP_PORT --sifa.rate-limit.enabled=false --spring.profiles.active=bench $BG_OFF ${BENCH_APP_ARGS:-})

# ---------------------------------------------------------------- (f) start-up, Java 17 plain jar
if want startup; then
  log "startup: Java 17, plain jar, twice"
  S=(); R=()
  for i in 1 2; do
    start "startup17-$i" "$JAVA17" -jar "$SIFA_JAR" "${APP_ARGS[@]}"
    s=$(wait_ready "$APP"); sleep 10; r=$(rss_mb "$APP_PID"); stop "$APP_PID"
    S+=("$s"); R+=("$r"); log "  ready in ${s}s, RSS idle ${r} MB"
  done
  # as README's ./run.sh starts it: the jar extracted (plain class path) and run.sh's JVM options
  log "startup: Java 17, extracted jar with run.sh's options ($RUN_OPTS), twice"
  rm -rf "$BENCH_HOME/extracted"
  "$JAVA17" -Djarmode=tools -jar "$SIFA_JAR" extract --destination "$BENCH_HOME/extracted" >"$RESULTS/extract17.log" 2>&1
  XS=(); XR=()
  for i in 1 2; do
    start "startup17x-$i" "$JAVA17" $RUN_OPTS -jar "$BENCH_HOME/extracted/sifa.jar" "${APP_ARGS[@]}"
    s=$(wait_ready "$APP"); sleep 10; r=$(rss_mb "$APP_PID"); stop "$APP_PID"
    XS+=("$s"); XR+=("$r"); log "  ready in ${s}s, RSS idle ${r} MB"
  done
  printf '{"java17_ready_s": [%s], "java17_rss_idle_mb": [%s], "java17_extracted_ready_s": [%s], "java17_extracted_rss_idle_mb": [%s], "run_opts": "%s"}\n' \
    "$(IFS=,; echo "${S[*]}")" "$(IFS=,; echo "${R[*]}")" "$(IFS=,; echo "${XS[*]}")" "$(IFS=,; echo "${XR[*]}")" "$RUN_OPTS" >"$RESULTS/startup.json"
fi

# ---------------------------------------------------------------- standalone process for (b) (c) (d) (g)
if want lookup || want list || want statistics || want services || want export; then
  [ -f "$BENCH_HOME/extracted/sifa.jar" ] && [ "$BENCH_HOME/extracted/sifa.jar" -nt "$SIFA_JAR" ] || {
    rm -rf "$BENCH_HOME/extracted"
    "$JAVA17" -Djarmode=tools -jar "$SIFA_JAR" extract --destination "$BENCH_HOME/extracted" >"$RESULTS/extract17.log" 2>&1; }
  start standalone17 "$JAVA17" $RUN_OPTS $PROF_OPTS -Xlog:gc:file="$RESULTS/standalone-gc.log":uptime -jar "$BENCH_HOME/extracted/sifa.jar" "${APP_ARGS[@]}"
  s=$(wait_ready "$APP"); log "standalone (Java 17) ready in ${s}s, RSS $(rss_mb "$APP_PID") MB"
  SPID=$APP_PID
  : >"$RESULTS/rss-standalone-load.txt"
  sample_rss "$SPID" "$RESULTS/rss-standalone-load.txt" & SAMPLER=$!
fi

# ---------------------------------------------------------------- (b) lookup by id: API vs pgbench
if want lookup && [ -n "$CASE_ID" ]; then
  log "lookup: GET /api/mediation/v1/cases/$CASE_ID, $CONNS connections, ${DUR}s; then pgbench with its SQL"
  TOK=$(token "$APP" bench-county)
  URL="$APP/api/mediation/v1/cases/$CASE_ID"
  curl -fs -H "Authorization: Bearer $TOK" "$URL" >"$RESULTS/lookup-response.json" || log "  lookup answered an error"
  wrk_run lookup-warmup "$URL" "$CONNS" "${WARMUP:-30}" "$TOK" >/dev/null   # the JIT needs this long on 2 cores
  API=$(wrk_run lookup "$URL" "$CONNS" "$DUR" "$TOK")
  API1=$(wrk_run lookup-c1 "$URL" 1 10 "$TOK")
  capture lookup "$URL" "$TOK" >/dev/null
  profile lookup "$SPID" "$URL" "$CONNS" "$TOK"
  python3 "$T/sqlcapture.py" pgbench "$RESULTS/sql-lookup.json" "$RESULTS/pgbench-lookup.sql" >/dev/null
  rm -f "$RESULTS"/pgb-lookup*
  # the read model's SQL names tables without the schema, as the application's connections (search_path sifa) run it
  PGOPTIONS="-c search_path=sifa" pgbench -h 127.0.0.1 -p "$BENCH_PG_PORT" -U postgres -n -M prepared -c "$CONNS" -j 2 -T "$DUR" -f "$RESULTS/pgbench-lookup.sql" \
    -l --log-prefix="$RESULTS/pgb-lookup" sifa >"$RESULTS/pgbench-lookup.txt" 2>&1
  PGB=$(python3 "$T/parse.py" pgbench "$RESULTS/pgbench-lookup.txt" "$RESULTS/pgb-lookup")
  rm -f "$RESULTS"/pgb-lookup.*
  STMTS=$(json "$RESULTS/sql-lookup.json" <<<'print(len(d))')
  printf '{"connections": %s, "api": %s, "api_c1": %s, "pgbench": %s, "statements": %s}\n' "$CONNS" "$API" "$API1" "$PGB" "$STMTS" >"$RESULTS/lookup.json"
  log "  $(cat "$RESULTS/lookup.json")"
fi

# ---------------------------------------------------------------- (c) lists, pages 1 and 100 (by number, and 100 by cursor)
if want list; then
  log "list: p50/p99 at 1 connection, next to EXPLAIN ANALYZE of the SQL each page issues"
  TOKC=$(token "$APP" bench-county); TOKP=$(token "$APP" bench-province)
  : >"$RESULTS/list.jsonl"
  while read -r name who query; do
    tok=$TOKC; [ "$who" = province ] && tok=$TOKP
    for page in 0 99; do
      url="$APP/api/mediation/v1/cases?$query&size=20&page=$page"
      wrk_run "list-$name-p$page-warmup" "$url" 2 5 "$tok" >/dev/null
      w=$(wrk_run "list-$name-p$page" "$url" 1 10 "$tok")
      e=$(capture "list-$name-p$page" "$url" "$tok" "$who")
      total=$(curl -fs -H "Authorization: Bearer $tok" "$url" | python3 -c 'import json,sys; print(json.load(sys.stdin)["page"]["totalElements"])' 2>/dev/null)
      echo "{\"name\": \"$name\", \"caller\": \"$who\", \"query\": \"$query\", \"page\": $((page+1)), \"rows_matching\": ${total:-null}, \"wrk\": $w, \"explain_ms\": ${e:-null}}" >>"$RESULTS/list.jsonl"
      log "  $name page $((page+1)): $w; SQL ${e} ms"
    done
    # Page 100 again, read after a cursor (keyset paging: a seek after the row, no offset). A numbered page answers the
    # cursor of the page after it, so page 99's nextCursor is page 100's; none when the list has fewer than 100 pages.
    cursor=$(curl -fs -H "Authorization: Bearer $tok" "$APP/api/mediation/v1/cases?$query&size=20&page=98" \
      | python3 -c 'import json,sys; print(json.load(sys.stdin)["page"].get("nextCursor") or "")' 2>/dev/null)
    if [ -n "$cursor" ]; then
      url="$APP/api/mediation/v1/cases?$query&size=20&cursor=$cursor"
      wrk_run "list-$name-c99-warmup" "$url" 2 5 "$tok" >/dev/null
      w=$(wrk_run "list-$name-c99" "$url" 1 10 "$tok")
      e=$(capture "list-$name-c99" "$url" "$tok" "$who")
      echo "{\"name\": \"$name\", \"caller\": \"$who\", \"query\": \"$query\", \"page\": 100, \"via\": \"cursor\", \"rows_matching\": ${total:-null}, \"wrk\": $w, \"explain_ms\": ${e:-null}}" >>"$RESULTS/list.jsonl"
      log "  $name page 100 by cursor: $w; SQL ${e} ms"
    fi
  done <<'LISTS'
county-archived county status=ARCHIVED&sort=receivedOn,desc&sort=caseNo,desc
county-type-year county disputeType=NEIGHBOUR&from=2024-01-01&to=2025-12-31&sort=receivedOn,desc&sort=caseNo,desc
province-all province sort=receivedOn,desc&sort=caseNo,desc
province-type-year province disputeType=LABOUR&from=2025-01-01&to=2025-12-31&sort=receivedOn,desc&sort=caseNo,desc
LISTS
fi

# ---------------------------------------------------------------- (d) statistics
if want statistics; then
  log "statistics: county and city, 1 and 5 years"
  TOKC=$(token "$APP" bench-county); TOKY=$(token "$APP" bench-city)
  : >"$RESULTS/statistics.jsonl"
  while read -r name who from to; do
    tok=$TOKC; [ "$who" = city ] && tok=$TOKY
    url="$APP/api/mediation/v1/statistics?from=$from&to=$to"
    curl -fs -H "Authorization: Bearer $tok" "$url" >"$RESULTS/statistics-$name.json" || log "  $name answered an error"
    wrk_run "stat-$name-warmup" "$url" 2 5 "$tok" >/dev/null
    w=$(wrk_run "stat-$name" "$url" 1 10 "$tok")
    e=$(capture "stat-$name" "$url" "$tok" "$who")
    echo "{\"name\": \"$name\", \"from\": \"$from\", \"to\": \"$to\", \"wrk\": $w, \"explain_ms\": ${e:-null}}" >>"$RESULTS/statistics.jsonl"
    log "  $name: $w; SQL ${e} ms"
    [ "$name" = county-1y ] || [ "$name" = city-5y ] && profile "stat-$name" "$SPID" "$url" 1 "$tok"
  done <<'STATS'
county-1y county 2025-01-01 2025-12-31
county-5y county 2021-11-01 2026-10-31
city-1y city 2025-01-01 2025-12-31
city-5y city 2021-11-01 2026-10-31
STATS
fi

# ---------------------------------------------------------------- (c2) (d2) legal aid, review/appeal, correction
# Each service's main list (county-scoped, filtered: a status, a type over two years, the overdue ones from core_deadline
# (legal aid: its applications list by status instead, a county has next to no overdue legal-aid records);
# page 1 and a deep page: page 100, or the last page when the county has fewer) and its statistics (a county over a year,
# a city over five years), with the method and yardstick of (c) and (d): wrk at c=1 next to EXPLAIN ANALYZE of the SQL.
if want services; then
  log "services: smoke check, then lists and statistics of legal aid, review/appeal and correction"
  TOKC=$(token "$APP" bench-county); TOKY=$(token "$APP" bench-city)
  : >"$RESULTS/services-smoke.jsonl"; : >"$RESULTS/services-list.jsonl"; : >"$RESULTS/services-statistics.jsonl"
  # {subject} in a path below: the 开福 subject under correction with the most generated reports (and visits and
  # assessments); its per-subject lists are skipped when there is none (a schema before cr_check_in)
  SUBJECT_ID=$(psqlq "SELECT s.id FROM sifa.cr_subject s WHERE s.division_code = '430105' AND s.status = 'UNDER_CORRECTION'
    AND EXISTS (SELECT 1 FROM sifa.cr_home_visit v WHERE v.subject_id = s.id) AND EXISTS (SELECT 1 FROM sifa.cr_psych_assessment a WHERE a.subject_id = s.id)
    ORDER BY (SELECT count(*) FROM sifa.cr_check_in c WHERE c.subject_id = s.id) DESC, s.id LIMIT 1" 2>/dev/null)
  log "  per-subject lists of correction subject ${SUBJECT_ID:-(none)}"
  # smoke: every list and statistics endpoint answers 200; the named figures (a JSON path, or "length" for a list
  # answered as a bare array; "-" for none) are above zero
  while read -r svc who path figures; do
    if [[ "$path" == *"{subject}"* ]]; then
      [ -n "$SUBJECT_ID" ] || { log "  smoke $svc $path: skipped, no subject"; continue; }
      path=${path//"{subject}"/$SUBJECT_ID}
    fi
    tok=$TOKC; [ "$who" = city ] && tok=$TOKY
    code=$(curl -s -o "$RESULTS/smoke-$svc-$(echo "$path" | tr '/?=&' '____' | cut -c1-60).json" -w '%{http_code}' -H "Authorization: Bearer $tok" "$APP$path")
    body="$RESULTS/smoke-$svc-$(echo "$path" | tr '/?=&' '____' | cut -c1-60).json"
    ok=$(python3 - "$body" "$code" "$figures" <<'PY'
import json, sys
body, code, figures = sys.argv[1], sys.argv[2], sys.argv[3]
out = {"http": int(code), "figures": {}}
try:
    d = json.load(open(body))
except Exception:
    d = None
for path in [p for p in figures.split(",") if p and p != "-"]:
    v = d
    if path == "length":
        v = len(d) if isinstance(d, list) else None
    else:
        for k in path.split("."):
            v = v.get(k) if isinstance(v, dict) else None
    out["figures"][path] = v
out["ok"] = out["http"] == 200 and all(isinstance(v, (int, float)) and v > 0 for v in out["figures"].values())
print(json.dumps(out, ensure_ascii=False))
PY
)
    echo "{\"service\": \"$svc\", \"caller\": \"$who\", \"path\": \"$path\", \"result\": $ok}" >>"$RESULTS/services-smoke.jsonl"
    log "  smoke $svc $path: $ok"
  done <<'SMOKE'
legal-aid county /api/legal-aid/v1/cases?size=20 page.totalElements
legal-aid county /api/legal-aid/v1/applications?size=20 page.totalElements
legal-aid county /api/legal-aid/v1/statistics?from=2025-01-01&to=2025-12-31 applications,casesOpened,casesClosed,consultations,dutyLawyerServices
review county /api/review/v1/reconsiderations?size=20 page.totalElements
review county /api/review/v1/litigations?size=20 page.totalElements
review county /api/review/v1/statistics?from=2025-01-01&to=2025-12-31 reconsideration.received,reconsideration.concluded,litigation.newCases
correction county /api/correction/v1/subjects?size=20 page.totalElements
correction county /api/correction/v1/investigations?size=20 page.totalElements
correction county /api/correction/v1/released-persons?size=20 page.totalElements
correction county /api/correction/v1/leave-requests?size=20 -
correction county /api/correction/v1/alerts length
correction county /api/correction/v1/subjects/{subject}/check-ins?size=20 page.totalElements
correction county /api/correction/v1/subjects/{subject}/home-visits?size=20 page.totalElements
correction county /api/correction/v1/subjects/{subject}/psychological-assessments?size=20 page.totalElements
correction county /api/correction/v1/statistics?from=2025-01-01&to=2025-12-31 inRegister,intake,discharged,assessmentsDone,releasedUnderSupport
SMOKE
  while read -r svc name path query; do
    if [[ "$path" == *"{subject}"* ]]; then
      [ -n "$SUBJECT_ID" ] || { log "  $svc $name: skipped, no subject"; continue; }
      path=${path//"{subject}"/$SUBJECT_ID}
    fi
    TOKC=$(token "$APP" bench-county)   # a token per list: on a loaded machine the section outlives one
    first="$APP$path?$query&size=20&page=0"
    # a page's totalElements; a list answered as a bare array (alerts: not paged, one request) counts its items
    read -r total paged < <(curl -fs -H "Authorization: Bearer $TOKC" "$first" \
      | python3 -c 'import json,sys; d=json.load(sys.stdin); print(*((d["page"]["totalElements"], 1) if isinstance(d, dict) else (len(d), 0)))' 2>/dev/null)
    last=$(( ( ${total:-0} + 19 ) / 20 - 1 )); [ "$last" -lt 0 ] && last=0; [ "$last" -gt 99 ] && last=99; [ "${paged:-1}" = 0 ] && last=0
    pages=0; [ "$last" -gt 0 ] && pages="0 $last"
    for page in $pages; do
      url="$APP$path?$query&size=20&page=$page"
      wrk_run "svc-list-$svc-$name-p$page-warmup" "$url" 2 5 "$TOKC" >/dev/null
      w=$(wrk_run "svc-list-$svc-$name-p$page" "$url" 1 10 "$TOKC")
      e=$(capture "svc-list-$svc-$name-p$page" "$url" "$TOKC" county)
      echo "{\"service\": \"$svc\", \"name\": \"$name\", \"path\": \"$path\", \"query\": \"$query\", \"page\": $((page+1)), \"rows_matching\": ${total:-null}, \"wrk\": $w, \"explain_ms\": ${e:-null}}" >>"$RESULTS/services-list.jsonl"
      log "  $svc $name page $((page+1)) of ${total:-?} rows: $w; SQL ${e} ms"
    done
  done <<'SLISTS'
legal-aid closed /api/legal-aid/v1/cases status=CLOSED
legal-aid civil-2y /api/legal-aid/v1/cases category=CIVIL&from=2024-01-01&to=2025-12-31
legal-aid granted /api/legal-aid/v1/applications status=GRANTED
review final /api/review/v1/reconsiderations status=FINAL
review penalty-2y /api/review/v1/reconsiderations actCategory=PENALTY&from=2024-01-01&to=2025-12-31
review overdue /api/review/v1/reconsiderations overdue=true
correction under-correction /api/correction/v1/subjects status=UNDER_CORRECTION
correction probation-2y /api/correction/v1/subjects kind=PROBATION&from=2024-01-01&to=2025-12-31
correction overdue /api/correction/v1/subjects overdue=true
correction investigations-submitted /api/correction/v1/investigations status=SUBMITTED
correction released-supporting /api/correction/v1/released-persons status=SUPPORTING
correction leave-worklist /api/correction/v1/leave-requests status=REQUESTED&status=APPROVED
correction alerts /api/correction/v1/alerts type=CHECK_IN_MISSED
correction subject-check-ins /api/correction/v1/subjects/{subject}/check-ins type=REGULAR
correction subject-home-visits /api/correction/v1/subjects/{subject}/home-visits sort=visitedOn,desc
correction subject-assessments /api/correction/v1/subjects/{subject}/psychological-assessments sort=assessedOn,desc
SLISTS
  while read -r svc path name who from to; do
    tok=$(token "$APP" bench-county); [ "$who" = city ] && tok=$(token "$APP" bench-city)
    url="$APP$path?from=$from&to=$to"
    curl -fs -H "Authorization: Bearer $tok" "$url" >"$RESULTS/statistics-$svc-$name.json" || log "  $svc $name answered an error"
    wrk_run "svc-stat-$svc-$name-warmup" "$url" 2 5 "$tok" >/dev/null
    w=$(wrk_run "svc-stat-$svc-$name" "$url" 1 10 "$tok")
    e=$(capture "svc-stat-$svc-$name" "$url" "$tok" "${who:-county}")
    echo "{\"service\": \"$svc\", \"name\": \"$name\", \"from\": \"$from\", \"to\": \"$to\", \"wrk\": $w, \"explain_ms\": ${e:-null}}" >>"$RESULTS/services-statistics.jsonl"
    log "  $svc statistics $name: $w; SQL ${e} ms"
  done <<'SSTATS'
legal-aid /api/legal-aid/v1/statistics county-1y county 2025-01-01 2025-12-31
legal-aid /api/legal-aid/v1/statistics city-5y city 2021-11-01 2026-10-31
review /api/review/v1/statistics county-1y county 2025-01-01 2025-12-31
review /api/review/v1/statistics city-5y city 2021-11-01 2026-10-31
correction /api/correction/v1/statistics county-1y county 2025-01-01 2025-12-31
correction /api/correction/v1/statistics city-5y city 2021-11-01 2026-10-31
SSTATS
fi

# ---------------------------------------------------------------- (g) exports
if want export; then
  log "export: CSV and XLSX of the case list, county and province; heap from GC log and jcmd"
  TOKC=$(token "$APP" bench-county); TOKP=$(token "$APP" bench-province)
  : >"$RESULTS/export.jsonl"
  # the mediation case list for a county and a province, and the province's enforcement actions (over a million rows)
  while read -r list who path; do
    tok=$TOKC; [ "$who" = province ] && tok=$TOKP
    for fmt in csv xlsx; do
      accept="text/csv"; [ "$fmt" = xlsx ] && accept="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
      "$JCMD" "$SPID" GC.run >/dev/null 2>&1; sleep 1
      up0=$("$JCMD" "$SPID" VM.uptime 2>/dev/null | awk 'NR==2 {print $1}')
      : >"$RESULTS/heap-$who-$fmt.txt"
      ( while kill -0 "$SPID" 2>/dev/null; do "$JCMD" "$SPID" GC.heap_info 2>/dev/null | awk '/garbage-first heap/ {for(i=1;i<=NF;i++) if($i=="used") print $(i+1)}' >>"$RESULTS/heap-$who-$fmt.txt"; sleep 0.5; done ) & HS=$!
      out="$BENCH_HOME/export-$list-$who.$fmt"
      t=$(curl -s -o "$out" -w '%{http_code} %{time_total} %{size_download}' -H "Authorization: Bearer $tok" -H "Accept: $accept" \
          "$APP$path")
      kill $HS 2>/dev/null; wait $HS 2>/dev/null
      up1=$("$JCMD" "$SPID" VM.uptime 2>/dev/null | awk 'NR==2 {print $1}')
      rows=null; [ "$fmt" = csv ] && rows=$(( $(wc -l <"$out") - 1 ))
      [ "$fmt" = xlsx ] && rows=$(python3 - "$out" <<'PY'
import re, sys, zipfile
try:
    z = zipfile.ZipFile(sys.argv[1])
    total = 0
    for n in [x for x in z.namelist() if x.startswith("xl/worksheets/sheet")]:
        with z.open(n) as f:   # read in chunks: a sheet of a million rows is gigabytes of XML
            carry = b""
            while True:
                chunk = f.read(1 << 24)
                if not chunk:
                    break
                data = carry + chunk
                total += data.count(b"<row ")
                carry = data[-4:]
                total -= carry.count(b"<row ")   # counted again with the next chunk
            total += carry.count(b"<row ")
        total -= 1   # each sheet's header row
    print(max(0, total))
except Exception:
    print("null")
PY
)
      gc=$(python3 "$T/parse.py" gc "$RESULTS/standalone-gc.log" "${up0%s}" "${up1%s}")
      sampled=$(sed 's/[^0-9]//g' "$RESULTS/heap-$who-$fmt.txt" | sort -n | tail -1)
      set -- $t
      echo "{\"list\": \"$list\", \"caller\": \"$who\", \"format\": \"$fmt\", \"status\": $1, \"seconds\": $2, \"bytes\": $3, \"rows\": $rows, \"gc\": $gc, \"max_used_sampled_kb\": ${sampled:-null}}" >>"$RESULTS/export.jsonl"
      log "  $list $who $fmt: HTTP $1, $2 s, $3 bytes, $rows rows, GC $gc, sampled max used ${sampled}K"
      rm -f "$out"
    done
  done <<'EXPORTS'
cases county /api/mediation/v1/cases?sort=receivedOn,desc&sort=caseNo,desc
cases province /api/mediation/v1/cases?sort=receivedOn,desc&sort=caseNo,desc
actions province /api/enforcement/v1/actions
EXPORTS
fi

if [ -n "${SPID:-}" ]; then
  kill "$SAMPLER" 2>/dev/null
  echo "{\"rss_under_load_max_mb\": $(max_of "$RESULTS/rss-standalone-load.txt"), \"rss_after_mb\": $(rss_mb "$SPID")}" >"$RESULTS/standalone-rss.json"
  log "standalone RSS: $(cat "$RESULTS/standalone-rss.json")"
  stop "$SPID"
fi

# ---------------------------------------------------------------- (i) row-level security overhead (issue 16)
# The same list and statistics requests against two standalone processes: the default one, connected as sifa_app
# and so bound by the row-level security policies, and one started with sifa.db.row-level-security=false, connected
# as the owner, whom the policies do not bind (the platform before issue 16). p50 at 1 connection from wrk; and the
# SQL each request issues, EXPLAIN ANALYZE'd as the owner and as sifa_app with the caller's sifa.division.
if want rls; then
  log "rls: lists and statistics with row-level security (sifa_app) and without (owner)"
  [ -f "$BENCH_HOME/extracted/sifa.jar" ] && [ "$BENCH_HOME/extracted/sifa.jar" -nt "$SIFA_JAR" ] || {
    rm -rf "$BENCH_HOME/extracted"
    "$JAVA17" -Djarmode=tools -jar "$SIFA_JAR" extract --destination "$BENCH_HOME/extracted" >"$RESULTS/extract17.log" 2>&1; }
  : >"$RESULTS/rls.jsonl"
  for mode in on off; do
    extra=(); [ "$mode" = off ] && extra=(--sifa.db.row-level-security=false)
    start "rls-$mode" "$JAVA17" $RUN_OPTS -jar "$BENCH_HOME/extracted/sifa.jar" "${APP_ARGS[@]}" "${extra[@]}"
    s=$(wait_ready "$APP"); log "  standalone, row-level security $mode, ready in ${s}s"
    TOKC=$(token "$APP" bench-county); TOKY=$(token "$APP" bench-city); TOKP=$(token "$APP" bench-province)
    while read -r name who path; do
      tok=$TOKC; [ "$who" = city ] && tok=$TOKY; [ "$who" = province ] && tok=$TOKP
      url="$APP$path"
      wrk_run "rls-$mode-$name-warmup" "$url" 2 "${RLS_WARMUP:-10}" "$tok" >/dev/null
      w=$(wrk_run "rls-$mode-$name" "$url" 1 "${RLS_DURATION:-10}" "$tok")
      sql_owner=null; sql_app=null
      if [ "$mode" = on ]; then
        sql_owner=$(capture "rls-$name" "$url" "$tok")
        sql_app=$(python3 "$T/sqlcapture.py" explain "$RESULTS/sql-rls-$name.json" "$RESULTS/explain-rls-app-$name.json" sifa_app "$(prefix_of "$who")" >/dev/null \
          && json "$RESULTS/explain-rls-app-$name.json" <<<'print(d["total_ms"])')
      fi
      echo "{\"mode\": \"$mode\", \"name\": \"$name\", \"caller\": \"$who\", \"path\": \"$path\", \"wrk\": $w, \"sql_ms_owner\": ${sql_owner:-null}, \"sql_ms_sifa_app\": ${sql_app:-null}}" >>"$RESULTS/rls.jsonl"
      log "  RLS $mode $name: $w; SQL as owner ${sql_owner} ms, as sifa_app ${sql_app} ms"
    done <<'CASES'
county-list county /api/mediation/v1/cases?sort=receivedOn,desc&sort=caseNo,desc&size=20&page=0
county-archived-p100 county /api/mediation/v1/cases?status=ARCHIVED&sort=receivedOn,desc&sort=caseNo,desc&size=20&page=99
province-list province /api/mediation/v1/cases?sort=receivedOn,desc&sort=caseNo,desc&size=20&page=0
province-one-county province /api/mediation/v1/cases?divisionCode=410105&sort=receivedOn,desc&sort=caseNo,desc&size=20&page=0
county-stat-1y county /api/mediation/v1/statistics?from=2025-01-01&to=2025-12-31
city-stat-5y city /api/mediation/v1/statistics?from=2021-11-01&to=2026-10-31
CASES
    stop "$APP_PID"
  done
  python3 - "$RESULTS/rls.jsonl" "$RESULTS/rls.json" <<'PY' | tee -a "$RESULTS/run.log"
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
by = {}
for r in rows:
    by.setdefault(r["name"], {})[r["mode"]] = r
out = []
for name, m in by.items():
    on, off = m.get("on"), m.get("off")
    if not on or not off:
        continue
    p_on, p_off = on["wrk"].get("p50_ms"), off["wrk"].get("p50_ms")
    s_on, s_off = on.get("sql_ms_sifa_app"), on.get("sql_ms_owner")
    row = {"name": name, "api_p50_ms_rls": p_on, "api_p50_ms_owner": p_off,
           "api_ratio": round(p_on / p_off, 3) if p_on and p_off else None,
           "sql_ms_rls": s_on, "sql_ms_owner": s_off,
           "sql_ratio": round(s_on / s_off, 3) if s_on and s_off else None}
    out.append(row)
    print("rls %-22s API p50 %s ms with RLS / %s ms without = %s; SQL %s / %s ms = %s" % (
        name, p_on, p_off, row["api_ratio"], s_on, s_off, row["sql_ratio"]))
json.dump(out, open(sys.argv[2], "w"), indent=1)
PY
fi

# ---------------------------------------------------------------- (f) Java 25 with the AOT cache
if want aot; then
  log "aot: Java 25, extracted jar, AOT cache"
  AOT="$BENCH_HOME/aot"; rm -rf "$AOT"; mkdir -p "$AOT"
  "$JAVA25" -Djarmode=tools -jar "$SIFA_JAR" extract --destination "$AOT/sifa" >"$RESULTS/aot-extract.log" 2>&1
  port_free "$APP_PORT"
  SPRING_DATASOURCE_URL="$DB_URL" SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD= \
    "$JAVA25" -XX:AOTCacheOutput="$AOT/sifa/app.aot" -Dspring.context.exit=onRefresh -jar "$AOT/sifa/sifa.jar" "${APP_ARGS[@]}" >"$RESULTS/aot-training.log" 2>&1
  ls -la "$AOT/sifa/app.aot" >>"$RESULTS/run.log" 2>&1
  S=(); R=(); P=()
  for i in 1 2; do
    start "aot25-$i" "$JAVA25" -XX:AOTCache="$AOT/sifa/app.aot" -jar "$AOT/sifa/sifa.jar" "${APP_ARGS[@]}"
    s=$(wait_ready "$APP"); sleep 10; r=$(rss_mb "$APP_PID")
    S+=("$s"); R+=("$r"); log "  AOT start $i: ready in ${s}s, RSS idle ${r} MB"
    if [ "$i" = 2 ] && [ -n "$CASE_ID" ]; then
      TOK=$(token "$APP" bench-county); : >"$RESULTS/rss-aot-load.txt"
      sample_rss "$APP_PID" "$RESULTS/rss-aot-load.txt" & SM=$!
      w=$(wrk_run aot-lookup "$APP/api/mediation/v1/cases/$CASE_ID" "$CONNS" "$DUR" "$TOK")
      kill $SM 2>/dev/null; P=("$w"); log "  AOT lookup under load: $w, RSS max $(max_of "$RESULTS/rss-aot-load.txt") MB"
    fi
    stop "$APP_PID"
  done
  # the same Java 25 without the cache, for the split between JDK and cache
  start plain25 "$JAVA25" -jar "$SIFA_JAR" "${APP_ARGS[@]}"; s25=$(wait_ready "$APP"); r25=$(rss_mb "$APP_PID"); stop "$APP_PID"
  log "  Java 25 plain jar: ready in ${s25}s"
  printf '{"aot_ready_s": [%s], "aot_rss_idle_mb": [%s], "aot_lookup": %s, "aot_rss_under_load_max_mb": %s, "java25_plain_ready_s": %s, "java25_plain_rss_mb": %s, "aot_cache_mb": %s}\n' \
    "$(IFS=,; echo "${S[*]}")" "$(IFS=,; echo "${R[*]}")" "${P[0]:-null}" "$(max_of "$RESULTS/rss-aot-load.txt" || echo null)" "${s25:-null}" "${r25:-null}" \
    "$(du -m "$AOT/sifa/app.aot" 2>/dev/null | cut -f1 || echo null)" >"$RESULTS/aot.json"
fi

# ---------------------------------------------------------------- (a) gateway overhead, distributed mode
distributed() { # distributed JAVA LABEL
  local java="$1" label="$2" GW=http://127.0.0.1:18090 SVC=http://127.0.0.1:18091 NGX=http://127.0.0.1:18092
  log "distributed ($label): gateway :18090 -> mediation-service :18091; nginx :18092 -> :18091"
  start "gateway-$label" "$java" $PROF_OPTS -jar "$SIFA_JAR" --sifa.mode=distributed --server.port=18090 --sifa.rate-limit.enabled=false \
    --sifa.services.mediation.url="$SVC" --sifa.db.migration=validate --spring.profiles.active=bench $BG_OFF ${BENCH_APP_ARGS:-}
  local gpid=$APP_PID; local gs; gs=$(wait_ready "$GW")
  SIFA_GATEWAY_URL="$GW" start "mediation-$label" "$java" $PROF_OPTS -jar "$MED_JAR" --server.port=18091 --spring.profiles.active=bench $BG_OFF ${BENCH_APP_ARGS:-}
  local mpid=$APP_PID; local ms; ms=$(wait_ready "$SVC")
  log "  gateway ready in ${gs}s, mediation-service in ${ms}s"
  mkdir -p "$BENCH_HOME/nginx/logs"
  cat >"$BENCH_HOME/nginx/nginx.conf" <<NGINX
worker_processes auto;
pid $BENCH_HOME/nginx/nginx.pid;
error_log $BENCH_HOME/nginx/logs/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  upstream mediation { server 127.0.0.1:18091; keepalive 64; }
  server {
    listen 127.0.0.1:18092;
    location / {
      proxy_pass http://mediation;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$host;
      proxy_set_header X-Forwarded-For \$remote_addr;
      proxy_set_header X-Forwarded-Proto http;
    }
  }
}
NGINX
  nginx -p "$BENCH_HOME/nginx" -c "$BENCH_HOME/nginx/nginx.conf"
  local tok; tok=$(token "$GW" bench-county)
  local path="/api/mediation/v1/cases/$CASE_ID" out="$RESULTS/distributed-$label.jsonl"
  : >"$out"
  for target in direct gateway nginx; do
    local base=$SVC; [ "$target" = gateway ] && base=$GW; [ "$target" = nginx ] && base=$NGX
    curl -fs -o /dev/null -w "  $target: HTTP %{http_code}\n" -H "Authorization: Bearer $tok" "$base$path" | tee -a "$RESULTS/run.log"
    wrk_run "dist-$label-$target-warmup" "$base$path" "$CONNS" "${WARMUP:-20}" "$tok" >/dev/null
  done
  for target in direct gateway nginx; do
    local base=$SVC; [ "$target" = gateway ] && base=$GW; [ "$target" = nginx ] && base=$NGX
    local c1 cn
    c1=$(wrk_run "dist-$label-$target-c1" "$base$path" 1 "$DUR" "$tok")
    cn=$(wrk_run "dist-$label-$target-c$CONNS" "$base$path" "$CONNS" "$DUR" "$tok")
    echo "{\"target\": \"$target\", \"c1\": $c1, \"cN\": $cn, \"connections\": $CONNS}" >>"$out"
    log "  $target: c1 $c1; c$CONNS $cn"
  done
  profile "gateway-$label" "$gpid" "$GW$path" "$CONNS" "$tok" "$(dirname "$java")/jcmd"
  kill "$(cat "$BENCH_HOME/nginx/nginx.pid")" 2>/dev/null
  echo "{\"gateway_ready_s\": ${gs:-null}, \"service_ready_s\": ${ms:-null}, \"gateway_rss_mb\": $(rss_mb $gpid || echo null), \"service_rss_mb\": $(rss_mb $mpid || echo null)}" >"$RESULTS/distributed-$label-procs.json"
  stop "$mpid"; stop "$gpid"
}
if want distributed && [ -n "$CASE_ID" ] && [ -n "$MED_JAR" ]; then
  { [ "$JDK_DIST" = 25 ] || [ "$JDK_DIST" = both ]; } && distributed "$JAVA25" java25
  { [ "$JDK_DIST" = 17 ] || [ "$JDK_DIST" = both ]; } && distributed "$JAVA17" java17
fi

# ---------------------------------------------------------------- (e) ingest (the enforcement helper's benchmark)
if want ingest; then
  if [ -f "$ROOT/bench/ingest/run.sh" ]; then
    log "ingest: bench/ingest/run.sh"
    bash "$ROOT/bench/ingest/run.sh" >"$RESULTS/ingest.txt" 2>&1; log "  $(tail -5 "$RESULTS/ingest.txt" | tr '\n' ' ')"
  else
    log "ingest: bench/ingest/run.sh not present (enforcement-oversight-service's benchmark), skipped"
  fi
fi

# ---------------------------------------------------------------- (h) JMH
if want jmh; then
  log "jmh: forks 1, 3 warm-up and 5 measured iterations of ${JMH_TIME:-2s}"
  "$JAVA17" -cp "$CP" org.openjdk.jmh.Main -f 1 -wi 3 -i 5 -w "${JMH_TIME:-2s}" -r "${JMH_TIME:-2s}" -rf json -rff "$RESULTS/jmh.json" 'cn.sifa.bench.jmh.*' \
    >"$RESULTS/jmh.txt" 2>&1
  grep -A30 '^Benchmark' "$RESULTS/jmh.txt" | tee -a "$RESULTS/run.log"
fi

echo "{\"load_at_end\": \"$(cut -d' ' -f1-3 /proc/loadavg)\"}" >"$RESULTS/end.json"
python3 "$T/report.py" "$RESULTS" >"$RESULTS/summary.md" && log "summary: $RESULTS/summary.md"
