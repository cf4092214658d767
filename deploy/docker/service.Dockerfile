# Runtime image of one Spring Boot deployable of the poles platform (the four services and the gateway).
#
# The jar is built beforehand by Maven (`./mvnw -pl <module> -am package`), so the build context is the repository
# root and nothing is compiled inside the image:
#
#   docker build -f deploy/docker/service.Dockerfile --build-arg MODULE=crm-service \
#       --build-arg HTTP_PORT=8081 --build-arg GRPC_PORT=9081 -t poles/crm-service:0.1.0 .
#   docker build -f deploy/docker/service.Dockerfile --build-arg MODULE=gateway \
#       --build-arg HTTP_PORT=8080 -t poles/gateway:0.1.0 .
#
# Ports are those of docs/runtime.md (the gateway has no gRPC port: leave GRPC_PORT empty). The container is meant to
# run with a read-only root file system; only /tmp must be writable (an emptyDir or a tmpfs).
ARG JRE_IMAGE=eclipse-temurin:17-jre-noble
FROM ${JRE_IMAGE}

# <module> of `<module>/target/<module>.jar`: crm-service, guidance-service, financing-service, housing-service, gateway
ARG MODULE
ARG HTTP_PORT=8080
# empty for the gateway
ARG GRPC_PORT=

LABEL org.opencontainers.image.title="poles ${MODULE}" \
      org.opencontainers.image.description="Brussels poles platform: ${MODULE}" \
      org.opencontainers.image.source="deploy/docker/service.Dockerfile"

# A fixed numeric uid/gid (10001, above the base image's own users) so that Kubernetes can check runAsNonRoot and
# the same uid is used in Compose and Kubernetes. No home directory, no login shell.
RUN set -eu; \
    test -n "${MODULE}" || { echo "build arg MODULE is required (crm-service, ..., gateway)" >&2; exit 1; }; \
    groupadd --system --gid 10001 poles; \
    useradd --system --uid 10001 --gid 10001 --no-create-home --home-dir /nonexistent \
        --shell /usr/sbin/nologin poles

WORKDIR /app
# Owned by root and not writable by the runtime user: the application cannot alter itself.
COPY ${MODULE}/target/${MODULE}.jar /app/app.jar

# Defaults of docs/runtime.md's SERVER_PORT and GRPC_PORT; every other setting comes from the environment at run time.
# JDK_JAVA_OPTIONS (read by the java launcher only): heap sized from the container's memory limit, not the host's,
# leaving 25 % for metaspace, threads, direct buffers (Netty, gRPC) and code cache; exit on OOM so that the
# orchestrator restarts a clean process. Override the whole variable to tune.
ENV SERVER_PORT=${HTTP_PORT} \
    GRPC_PORT=${GRPC_PORT} \
    JDK_JAVA_OPTIONS="-XX:MaxRAMPercentage=75 -XX:InitialRAMPercentage=50 -XX:+ExitOnOutOfMemoryError -Djava.io.tmpdir=/tmp"

# REST (and gRPC for the services). EXPOSE is documentation only; an empty GRPC_PORT adds nothing.
EXPOSE ${HTTP_PORT} ${GRPC_PORT}

USER 10001:10001

# Readiness, not liveness: "healthy" in Compose means "can take traffic" (depends_on: service_healthy).
# curl ships with the eclipse-temurin Ubuntu images.
HEALTHCHECK --interval=10s --timeout=3s --start-period=90s --retries=3 \
    CMD curl -fsS -o /dev/null "http://127.0.0.1:${SERVER_PORT}/actuator/health/readiness" || exit 1

# exec form: java is PID 1 and receives SIGTERM directly (graceful shutdown, server.shutdown=graceful)
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
