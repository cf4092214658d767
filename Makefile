# Brussels poles platform: local entry points. `make help` lists them.
# Needs JDK 17+ and a Debian-like system (tar, setsid); Maven comes through ./mvnw, Keycloak from Maven Central.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help
MAKEFLAGS += --no-builtin-rules

MVNW := ./mvnw -B
JAVA ?= java
KEYCLOAK_VERSION := 26.7.3
KEYCLOAK_HOME := .local/keycloak-$(KEYCLOAK_VERSION)
KEYCLOAK_TGZ := .local/dist/keycloak-quarkus-dist-$(KEYCLOAK_VERSION).tar.gz
LAUNCHER := deploy/launcher/target/launcher-exec.jar
RUN_DIR := .local/run

# The executable jars `make run` starts (only those of modules that exist), and every build input.
APPS := $(notdir $(wildcard crm-service guidance-service financing-service housing-service gateway))
JARS := $(LAUNCHER) $(foreach m,$(APPS),$(m)/target/$(m).jar)
SOURCES := $(shell find . \( -path ./.local -o -path ./.git -o -name target -o -name node_modules \) -prune \
             -o \( -name pom.xml -o -path '*/src/*' -o -path './.mvn/*' -o -path './ui/*' \) -type f -print)

.PHONY: help build keycloak browser run stop status logs seed test bench clean distclean

help: ## Show this help
	@echo "Brussels poles platform. Usage: make <target>"
	@grep -hE '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  %-13s %s\n", $$1, $$2}'
	@echo "Ports, environment variables and demo users: docs/runtime.md"

build: $(JARS) ## Build every module (./mvnw package, tests skipped) when a source is newer than the jars

# One Maven run makes all jars (grouped target); the jars are touched afterwards because Maven leaves an
# up-to-date jar alone, which would otherwise make `make` rebuild every time.
$(JARS) &: $(SOURCES)
	$(MVNW) -DskipTests package
	@if [ ! -f $(LAUNCHER) ]; then $(MVNW) -q -f deploy/launcher/pom.xml -DskipTests package; fi
	@touch $(wildcard $(JARS))

keycloak: $(KEYCLOAK_HOME)/bin/kc.sh ## Fetch Keycloak (Maven Central artifact) and unpack it into .local/, once

$(KEYCLOAK_TGZ):
	@mkdir -p $(@D)
	$(MVNW) -q -N dependency:copy -Dartifact=org.keycloak:keycloak-quarkus-dist:$(KEYCLOAK_VERSION):tar.gz \
	  -DoutputDirectory=$(@D)

$(KEYCLOAK_HOME)/bin/kc.sh: $(KEYCLOAK_TGZ)
	tar --no-same-owner -xzf $< -C .local
	@touch $@

browser: ## Install Debian's chromium and chromium-driver for the browser tests, when missing (root or sudo)
	@if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then exit 0; fi; \
	sudo=""; [ "$$(id -u)" -eq 0 ] || sudo="sudo"; \
	apt-cache show chromium-driver >/dev/null 2>&1 || $$sudo apt-get update -qq; \
	DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y chromium chromium-driver

run: ## Build, start everything in the background (mongo, Keycloak, services, gateway), seed demo data
	@if [ -f $(LAUNCHER) ] && $(JAVA) -jar $(LAUNCHER) status >/dev/null 2>&1; then \
	  echo "The platform is already running; 'make stop' first to run a new build."; \
	  $(JAVA) -jar $(LAUNCHER) start; exit 0; \
	fi; \
	$(MAKE) --no-print-directory build keycloak; \
	$(JAVA) -jar $(LAUNCHER) start; \
	$(JAVA) -jar $(LAUNCHER) seed || { echo "Seeding failed (see above); the platform is running: make stop"; exit 1; }

seed: ## Load the demo data into the running platform (idempotent)
	@[ -f $(LAUNCHER) ] || { echo "$(LAUNCHER) is missing: make run"; exit 1; }
	$(JAVA) -jar $(LAUNCHER) seed

stop: ## Stop the processes started by `make run` (and only those)
	@if [ -f $(LAUNCHER) ]; then $(JAVA) -jar $(LAUNCHER) stop; \
	 elif ls $(RUN_DIR)/*.pid >/dev/null 2>&1; then echo "$(LAUNCHER) is missing: run 'make build', then 'make stop'"; exit 1; \
	 else echo "Nothing was running."; fi

status: ## Show the processes of `make run` and their health
	@if [ -f $(LAUNCHER) ]; then $(JAVA) -jar $(LAUNCHER) status || true; else echo "Not built, not running."; fi

logs: ## Follow the logs of `make run` (.local/run/logs/*.log)
	@ls $(RUN_DIR)/logs/*.log >/dev/null 2>&1 || { echo "No logs yet: make run"; exit 1; }
	tail -n 40 -F $(RUN_DIR)/logs/*.log

test: keycloak browser ## Run every test: unit, integration, Keycloak, end-to-end with headless Chromium (./mvnw verify), then deploy-check
	$(MVNW) verify
	deploy/validate.sh

bench: ## Run the benchmarks (module bench/, profile bench); figures printed and kept in bench/target/
	$(MVNW) -pl bench -am -DskipTests verify -Pbench

.PHONY: deploy-check
deploy-check: ## Validate deploy/ offline: kustomize, k8s schemas and policy, Dockerfiles, compose config, yamllint
	deploy/validate.sh

clean: stop ## Remove build output, run state and the local demo data (keeps the Keycloak download)
	$(MVNW) -q clean
	rm -rf $(RUN_DIR) .local/data

distclean: clean ## Also remove everything under .local/ (Keycloak download included)
	rm -rf .local
