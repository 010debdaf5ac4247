# One image recipe for every Sifa process. Build the jars first (./mvnw -q package -DskipTests), then e.g.
#   docker build --build-arg JAR=web-gateway/target/sifa.jar -t sifa/gateway .
#   docker build --build-arg JAR=mediation-service/target/mediation-service-0.1.0-SNAPSHOT-exec.jar -t sifa/mediation .
# Java 25 runtime, extracted jar and an AOT cache: start-up about 3 s instead of 10 (docs/architecture.md).
FROM eclipse-temurin:25-jre AS build
ARG JAR
WORKDIR /build
COPY ${JAR} app.jar
RUN java -Djarmode=tools -jar app.jar extract --destination extracted \
 && cd extracted \
 && java -XX:AOTCacheOutput=app.aot -Dspring.context.exit=onRefresh -Dsifa.data-dir=/tmp/aot-training -jar app.jar || true

FROM eclipse-temurin:25-jre
RUN useradd --system --uid 10001 sifa
WORKDIR /app
COPY --from=build /build/extracted/ ./
USER sifa
# Heap: 60% of the container's memory limit leaves room for metaspace, code cache, thread stacks and direct buffers
# (about 300 MB for the standalone jar); G1 returns heap unused for a minute to the OS.
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=60 -XX:G1PeriodicGCInterval=60000"
EXPOSE 8080
ENTRYPOINT ["sh", "-c", "if [ -f app.aot ]; then exec java -XX:AOTCache=app.aot -jar app.jar \"$@\"; else exec java -jar app.jar \"$@\"; fi", "--"]
