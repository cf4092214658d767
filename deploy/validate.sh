#!/usr/bin/env bash
# Static validation of the deployment set-ups (deploy/compose, deploy/k8s, deploy/docker). Runs offline apart from
# the first `npm ci` and, when a tool is missing, its apt install; no container engine and no cluster are used,
# because none is available on the project's machines: nothing here is built, started or applied.
#
#   deploy/validate.sh          (or: make deploy-check)
#
# Steps (each reports ok / FAIL / SKIPPED; the script fails when a step fails):
#   1. kustomize: `kubectl kustomize` renders the base and every overlay in deploy/k8s/overlays/.
#   2. k8s:       deploy/tools/validate-k8s.mjs checks every rendered document against the Kubernetes schemas of the
#                 npm package kubernetes-models (installed with `npm ci` into deploy/tools/node_modules), rejects
#                 unknown fields, and checks hardening, cross-references and the documented secrets
#                 (deploy/k8s/secrets.example.yaml, itself schema-checked).
#   3. docker:    deploy/tools/validate-dockerfiles.mjs: Dockerfile syntax and policy (nothing is built).
#   4. compose:   `docker-compose config -q` (Compose v1, no daemon needed) with .env.example's values.
#   5. yamllint:  every YAML file under deploy/compose and deploy/k8s, with deploy/.yamllint.yaml.
# A missing docker-compose or yamllint is installed with apt (`--no-install-recommends`, so no Docker engine comes
# along) only when running as root with apt-get available; otherwise that step is SKIPPED and says why.
# DEPLOY_CHECK_STRICT=1 turns every SKIPPED into a failure (for CI machines that must run every step).
# DOCKER_COMPOSE / YAMLLINT / KUBECTL name other binaries for those tools.
set -euo pipefail

DOCKER_COMPOSE="${DOCKER_COMPOSE:-docker-compose}"
YAMLLINT="${YAMLLINT:-yamllint}"
KUBECTL="${KUBECTL:-kubectl}"

DEPLOY="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$DEPLOY")"
cd "$ROOT"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

declare -a SUMMARY=()
FAILED=0
SKIPPED=0
pass() { SUMMARY+=("ok       $1"); }
fail() { SUMMARY+=("FAIL     $1"); FAILED=1; }
skip() { SUMMARY+=("SKIPPED  $1"); SKIPPED=1; echo "SKIPPED: $1" >&2; }
step() { printf '\n== %s\n' "$1"; }

# Installs a Debian package when possible; returns 1 (with the reason on stderr) when it may not or cannot.
apt_install() {
  local pkg="$1"
  if [[ "$(id -u)" != 0 ]]; then
    echo "not root: will not install $pkg (run: sudo apt-get install -y --no-install-recommends $pkg)" >&2
    return 1
  fi
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "apt-get not available: cannot install $pkg" >&2
    return 1
  fi
  echo "installing $pkg with apt-get (--no-install-recommends) ..."
  if ! DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$pkg" >"$WORK/apt.log" 2>&1; then
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >>"$WORK/apt.log" 2>&1 || true
    if ! DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$pkg" >>"$WORK/apt.log" 2>&1; then
      tail -5 "$WORK/apt.log" >&2
      echo "apt-get install $pkg failed" >&2
      return 1
    fi
  fi
}

# ------------------------------------------------------------------------------------------------ 1. kustomize
step "1. kubectl kustomize (base and overlays)"
declare -a RENDERED=()
if command -v "$KUBECTL" >/dev/null 2>&1; then
  for dir in deploy/k8s/base deploy/k8s/overlays/*/; do
    dir="${dir%/}"
    name="$(basename "$dir")"
    out="$WORK/$name.yaml"
    if "$KUBECTL" kustomize "$dir" >"$out" 2>"$WORK/$name.err"; then
      echo "rendered $dir: $(grep -c '^kind:' "$out") documents"
      RENDERED+=("$out")
      pass "kustomize $dir"
    else
      cat "$WORK/$name.err" >&2
      fail "kustomize $dir"
    fi
  done
else
  skip "kustomize: kubectl not found (it ships on the project's machines; Debian's kubernetes-client is too old)"
fi

# ------------------------------------------------------------------------------------------ node tools (npm ci)
NODE_OK=0
if command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; then
  tools="$DEPLOY/tools"
  if [[ ! -f "$tools/node_modules/.package-lock.json" || "$tools/package-lock.json" -nt "$tools/node_modules/.package-lock.json" ]]; then
    echo "installing deploy/tools dependencies (npm ci) ..."
    if (cd "$tools" && npm ci --no-audit --no-fund --loglevel=error >"$WORK/npm.log" 2>&1); then
      NODE_OK=1
    else
      cat "$WORK/npm.log" >&2
      fail "npm ci in deploy/tools"
    fi
  else
    NODE_OK=1
  fi
else
  skip "k8s and Dockerfile validation: node/npm not found"
fi

# -------------------------------------------------------------------------------------------------- 2. k8s
step "2. Kubernetes manifests: schema, unknown fields, policy"
if [[ "$NODE_OK" == 1 ]]; then
  if node "$DEPLOY/tools/validate-k8s.mjs" deploy/k8s/secrets.example.yaml; then
    pass "k8s schema: deploy/k8s/secrets.example.yaml"
  else
    fail "k8s schema: deploy/k8s/secrets.example.yaml"
  fi
  for out in "${RENDERED[@]}"; do
    name="$(basename "$out" .yaml)"
    if node "$DEPLOY/tools/validate-k8s.mjs" --policy --secrets deploy/k8s/secrets.example.yaml --as "rendered $name" "$out"; then
      pass "k8s schema + policy: $name"
    else
      fail "k8s schema + policy: $name"
    fi
  done
  [[ ${#RENDERED[@]} -gt 0 ]] || skip "k8s schema + policy: nothing rendered"
fi

# ------------------------------------------------------------------------------------------------ 3. docker
step "3. Dockerfiles: syntax and policy (not built: no Docker engine)"
if [[ "$NODE_OK" == 1 ]]; then
  if node "$DEPLOY/tools/validate-dockerfiles.mjs" deploy/docker/*.Dockerfile; then
    pass "Dockerfiles"
  else
    fail "Dockerfiles"
  fi
fi

# ----------------------------------------------------------------------------------------------- 4. compose
step "4. docker-compose config -q (Compose v1, no daemon)"
if ! command -v "$DOCKER_COMPOSE" >/dev/null 2>&1; then
  apt_install docker-compose && DOCKER_COMPOSE=docker-compose || true
fi
if command -v "$DOCKER_COMPOSE" >/dev/null 2>&1; then
  echo "$("$DOCKER_COMPOSE" version --short 2>/dev/null || echo '?'): deploy/compose/compose.yaml with deploy/compose/.env.example"
  if "$DOCKER_COMPOSE" --env-file deploy/compose/.env.example -f deploy/compose/compose.yaml config -q; then
    pass "compose: deploy/compose/compose.yaml"
  else
    fail "compose: deploy/compose/compose.yaml"
  fi
else
  skip "compose: docker-compose is not installed and could not be installed here (see the message above)"
fi

# ---------------------------------------------------------------------------------------------- 5. yamllint
step "5. yamllint (deploy/.yamllint.yaml)"
if ! command -v "$YAMLLINT" >/dev/null 2>&1; then
  apt_install yamllint && YAMLLINT=yamllint || true
fi
if command -v "$YAMLLINT" >/dev/null 2>&1; then
  if "$YAMLLINT" -c deploy/.yamllint.yaml deploy/.yamllint.yaml deploy/compose deploy/k8s; then
    pass "yamllint: deploy/compose deploy/k8s"
  else
    fail "yamllint: deploy/compose deploy/k8s"
  fi
else
  skip "yamllint: not installed and could not be installed here (see the message above)"
fi

# ------------------------------------------------------------------------------------------------- summary
printf '\n== summary (static checks only: nothing was built, started or applied)\n'
printf '%s\n' "${SUMMARY[@]}"
if [[ "$FAILED" == 1 ]]; then
  echo "deploy check FAILED"
  exit 1
fi
if [[ "$SKIPPED" == 1 && "${DEPLOY_CHECK_STRICT:-0}" == 1 ]]; then
  echo "deploy check incomplete: steps were skipped and DEPLOY_CHECK_STRICT=1"
  exit 1
fi
if [[ "$SKIPPED" == 1 ]]; then
  echo "deploy check passed with SKIPPED steps (see above)"
else
  echo "deploy check passed"
fi
