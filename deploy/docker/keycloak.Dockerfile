# Production Keycloak image for Kubernetes (deploy/k8s/base/keycloak): the stock image with its build-time options
# fixed by `kc.sh build`, so that the pod starts with `start --optimized`, does no re-augmentation at start-up and
# can therefore run with a read-only root file system (writable: /tmp and /opt/keycloak/data, both emptyDirs).
#
#   docker build -f deploy/docker/keycloak.Dockerfile -t poles/keycloak:26.7.3 deploy/docker
#
# Compose does not use this image: it runs the stock image in `start-dev` mode with the demo realm imported.
ARG KEYCLOAK_IMAGE=quay.io/keycloak/keycloak:26.7.3

FROM ${KEYCLOAK_IMAGE} AS builder
# Build-time options. PostgreSQL is the production database (a prerequisite, see deploy/README.md); health and
# metrics are served on the management port 9000, not on the public one.
ENV KC_DB=postgres \
    KC_HEALTH_ENABLED=true \
    KC_METRICS_ENABLED=true \
    KC_CACHE=ispn \
    KC_CACHE_STACK=jdbc-ping
WORKDIR /opt/keycloak
RUN /opt/keycloak/bin/kc.sh build

FROM ${KEYCLOAK_IMAGE}
COPY --from=builder /opt/keycloak/ /opt/keycloak/
# Same values at run time: `start --optimized` refuses build options that differ from the built ones.
ENV KC_DB=postgres \
    KC_HEALTH_ENABLED=true \
    KC_METRICS_ENABLED=true \
    KC_CACHE=ispn \
    KC_CACHE_STACK=jdbc-ping
# The stock image's non-root user (uid 1000)
USER 1000
EXPOSE 8080 9000 7800 57800
ENTRYPOINT ["/opt/keycloak/bin/kc.sh"]
CMD ["start", "--optimized"]
