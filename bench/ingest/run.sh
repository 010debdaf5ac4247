#!/usr/bin/env bash
# Ingest benchmark (not part of the build): a 10,000-record action-report batch through the ingest service vs
# PostgreSQL COPY of the same rows, on a fresh embedded PostgreSQL. Writes docs/benchmarks.md (its own section).
# Usage, from anywhere:  bench/ingest/run.sh [rounds, default 5]
set -euo pipefail
cd "$(dirname "$0")/../.."
# test-compile: the module depends on core-domain's test jar, which the reactor resolves only from that phase on.
./mvnw -B -ntp -q -pl enforcement-oversight-service -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=runtime -Dskip.portal=true
CP="enforcement-oversight-service/target/classes:$(cat enforcement-oversight-service/target/bench-classpath.txt)"
exec java -cp "$CP" bench/ingest/IngestBenchmark.java "${1:-5}" docs/benchmarks.md
