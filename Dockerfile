# Build: Maven on a JDK 17 image.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -q -B dependency:go-offline
COPY src ./src
# conf/ holds classify.yaml and policy-kvk.yaml, which the jar carries as its built-in copies
COPY conf ./conf
RUN mvn -q -B package -DskipTests

# Run: a JRE, a non-root user, data in a volume, conf/ mountable.
FROM eclipse-temurin:17-jre
RUN groupadd --system statuswacht && useradd --system --gid statuswacht --home /app statuswacht
WORKDIR /app
COPY --from=build /src/target/statuswacht.jar /app/statuswacht.jar
COPY conf /app/conf
RUN mkdir -p /data && chown statuswacht:statuswacht /data
ENV STATUSWACHT_DATA_DIR=/data
# the dashboard, feeds, /healthz, /readyz and /metrics; publish the port to reach them
ENV STATUSWACHT_WEB_LISTEN=0.0.0.0:8080
EXPOSE 8080
VOLUME ["/data"]
USER statuswacht
# ready: a successful poll within three poll intervals and an outbox that moves. The JRE image
# has no curl to rely on: a small class of the jar asks /readyz on loopback
HEALTHCHECK --interval=1m --timeout=10s --start-period=2m --retries=3 \
  CMD ["java", "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-cp", "/app/statuswacht.jar", "nl.statuswacht.web.Probe"]
ENTRYPOINT ["java", "-jar", "/app/statuswacht.jar"]
CMD ["run"]
