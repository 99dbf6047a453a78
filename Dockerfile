# Build: Maven on a JDK 17 image.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -q -B dependency:go-offline
COPY src ./src
# conf/ holds classify.yaml and policy-kvk.yaml, which the jar carries as its built-in copies
COPY conf ./conf
# no class-data sharing archive here: it must be made by the JVM that runs it (below)
RUN mvn -q -B package -DskipTests -Dcds.skip=true

# Run: a JRE, a non-root user, data in a volume, conf/ mountable.
FROM eclipse-temurin:17-jre
RUN groupadd --system statuswacht && useradd --system --gid statuswacht --home /app statuswacht
WORKDIR /app
COPY --from=build /src/target/statuswacht.jar /app/statuswacht.jar
COPY bin/statuswacht bin/healthcheck /app/bin/
COPY conf /app/conf
# The class-data sharing archive of the short commands, made by this image's own JVM (an archive is
# only used by the JDK build that made it): bin/statuswacht maps it at every start (README, Running
# it from cron and in small containers). ArchiveTraining reads no configuration and no network; it
# lists the classes the short commands load, and -Xshare:dump stores them in a static archive (the
# only kind that holds picocli's Java 5 class files).
RUN java -XX:DumpLoadedClassList=/tmp/statuswacht.classlist -XX:TieredStopAtLevel=1 \
      -XX:+UseSerialGC -cp /app/statuswacht.jar nl.statuswacht.cli.ArchiveTraining /tmp/training \
    && java -Xshare:dump -XX:SharedClassListFile=/tmp/statuswacht.classlist \
      -XX:SharedArchiveFile=/app/statuswacht.jsa -Xlog:cds*=off -cp /app/statuswacht.jar \
    && rm /tmp/statuswacht.classlist \
    && chmod 0755 /app/bin/statuswacht /app/bin/healthcheck
RUN mkdir -p /data && chown statuswacht:statuswacht /data
ENV STATUSWACHT_DATA_DIR=/data
# the dashboard, feeds, /healthz, /readyz and /metrics; publish the port to reach them
ENV STATUSWACHT_WEB_LISTEN=0.0.0.0:8080
EXPOSE 8080
VOLUME ["/data"]
USER statuswacht
# ready: a successful poll within three poll intervals and an outbox that moves. The JRE image
# has no curl or wget: bin/healthcheck asks /readyz on loopback through bash's /dev/tcp (a JVM
# started for each check used more CPU than the idle daemon does in a minute)
HEALTHCHECK --interval=1m --timeout=10s --start-period=2m --retries=3 \
  CMD ["/app/bin/healthcheck"]
# the launcher: `run` with the daemon's small-heap flags (a 64 MB heap, the serial collector, C1
# only), every other command (docker exec … /app/bin/statuswacht report) with the archive and C1;
# JAVA_OPTS is added after them (e.g. -e JAVA_OPTS=-Xmx128m)
ENTRYPOINT ["/app/bin/statuswacht"]
CMD ["run"]
