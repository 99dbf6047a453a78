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
VOLUME ["/data"]
USER statuswacht
ENTRYPOINT ["java", "-jar", "/app/statuswacht.jar"]
CMD ["run"]
