#!/usr/bin/env bash
# Builds the platform and starts it standalone: every service in one JVM on an embedded PostgreSQL, demo data on.
# The application prints the portal URL and the demo logins when it is ready.
set -euo pipefail
cd "$(dirname "$0")"
./mvnw -q -B -ntp package -DskipTests

# The runtime: Java 25+ when one is installed (SIFA_JAVA, JAVA_HOME or a JDK in the usual places), for its AOT cache;
# otherwise the `java` on the PATH (17+).
java_feature() { "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | cut -d. -f1; }
pick_java() {
  if [ -n "${SIFA_JAVA:-}" ]; then echo "$SIFA_JAVA"; return; fi
  local candidate
  for candidate in "${JAVA_HOME:-/nonexistent}/bin/java" /usr/lib/jvm/*/bin/java \
                   /Library/Java/JavaVirtualMachines/*/Contents/Home/bin/java; do
    if [ -x "$candidate" ] && [ "$(java_feature "$candidate")" -ge 25 ] 2>/dev/null; then echo "$candidate"; return; fi
  done
  command -v java
}
JAVA=$(pick_java)
FEATURE=$(java_feature "$JAVA")

# Runs the jar extracted (web-gateway/target/sifa/: the application jar and lib/, a plain class path) rather than the
# nested fat jar: the same classes, about a fifth less start-up CPU, since no class or resource is read through
# Spring Boot's nested-jar loader. It is extracted again only when the jar changed, because the AOT cache below is
# valid only for the exact files it was made from.
APP=web-gateway/target/sifa
JAR_SUM=$(cksum < web-gateway/target/sifa.jar)
if [ ! -f "$APP/.jar-sum" ] || [ "$(cat "$APP/.jar-sum")" != "$JAR_SUM" ]; then
  rm -rf "$APP"
  java -Djarmode=tools -jar web-gateway/target/sifa.jar extract --destination "$APP"
  echo "$JAR_SUM" > "$APP/.jar-sum"
fi

# JVM defaults (JAVA_OPTS replaces them): a bounded heap keeps the whole platform under 1 GB of RSS (the JVM's own
# default is a quarter of the machine's memory), and G1 gives heap it no longer uses back to the OS after a minute
# of quiet. The default thread stack size stays: request threads are virtual on Java 21+, and on 17 the few hundred
# platform threads only touch the stack pages they use.
read -r -a OPTS <<< "${JAVA_OPTS:--Xmx640m -XX:G1PeriodicGCInterval=60000}"

# On Java 25 the first run makes an AOT cache (JEP 483/514: the classes the platform loads, already parsed and linked)
# with a training start that stops right after the application context is refreshed (spring.context.exit=onRefresh),
# and every later run maps it. On 17 a dynamic AppCDS archive was measured to bring nothing (docs/benchmarks.md,
# "Start-up, the run.sh way"), so Java 17 starts plain. SIFA_CLASS_CACHE=off skips the cache.
CACHE_OPTS=()
if [ "$FEATURE" -ge 25 ] && [ "${SIFA_CLASS_CACHE:-on}" != off ]; then
  CACHE="$APP/sifa.aot"
  if [ ! -f "$CACHE" ]; then
    echo "首次启动:正在生成 AOT 类缓存(约一分钟,只做一次;日志见 $APP/aot-training.log)……"
    if ! "$JAVA" "${OPTS[@]}" -XX:AOTCacheOutput="$CACHE" -Dspring.context.exit=onRefresh -jar "$APP/sifa.jar" "$@" \
         > "$APP/aot-training.log" 2>&1; then
      echo "AOT 类缓存未能生成,本次不使用(见 $APP/aot-training.log)"
      rm -f "$CACHE"
    fi
  fi
  # -Xlog: the JVM warns about each compiled stub of the cache it cannot reuse, harmless and not for a clerk's console
  if [ -f "$CACHE" ]; then CACHE_OPTS=(-XX:AOTCache="$CACHE" "-Xlog:aot*=error"); fi
fi
echo "Java $FEATURE: $JAVA${CACHE_OPTS[*]:+ (${CACHE_OPTS[*]})}"
exec "$JAVA" "${OPTS[@]}" ${CACHE_OPTS[@]+"${CACHE_OPTS[@]}"} -jar "$APP/sifa.jar" "$@"
