#!/usr/bin/env bash
# Builds the platform and starts it standalone: every service in one JVM on an embedded PostgreSQL, demo data on.
# The application prints the portal URL and the demo logins when it is ready.
set -euo pipefail
cd "$(dirname "$0")"
./mvnw -q -B -ntp package -DskipTests
exec java ${JAVA_OPTS:-} -jar web-gateway/target/sifa.jar "$@"
