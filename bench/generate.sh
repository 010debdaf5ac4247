#!/usr/bin/env bash
# Fills a PostgreSQL database with benchmark data through the real schema (COPY). Options go to Generate:
#   bench/generate.sh [--url jdbc:postgresql://127.0.0.1:55432/sifa] [--scale 1.0] [--seed 42] [--reset] [--report FILE]
# Build first: ./mvnw -q -B -ntp -pl bench -am package -DskipTests
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
JAVA="${JAVA:-java}"
exec "$JAVA" -Xmx3g -cp "$ROOT/bench/target/bench-0.1.0-SNAPSHOT.jar:$ROOT/bench/target/lib/*" cn.sifa.bench.generate.Generate "$@"
