#!/usr/bin/env node
// Offline validation of Kubernetes manifests (called by deploy/validate.sh on each rendered overlay).
//
//   node deploy/tools/validate-k8s.mjs [--policy] [--secrets deploy/k8s/secrets.example.yaml] [--as LABEL] FILE...
//
// (--as names the input in messages instead of its path, e.g. "rendered prod" for a temporary file.)
//
// For every YAML document of every FILE:
//   1. schema: validated against the Kubernetes OpenAPI schemas shipped inside the npm package kubernetes-models
//      (no cluster, no network). An apiVersion/kind without a schema there is an error, never skipped.
//   2. strict: a field the schema does not define (a typo such as `portz:` or a field at the wrong level) is an
//      error. The compiled validators read each field they know; a Proxy records what they read, and any key left
//      unread is unknown. (The validators alone accept unknown fields, like kubeconform without -strict.)
// With --policy, on the set of documents of each FILE (one rendered overlay):
//   3. hardening of every Deployment (non-root, no privilege escalation, read-only root, all capabilities dropped,
//      RuntimeDefault seccomp, requests and limits, liveness/readiness probes, a pinned image tag, /tmp writable);
//   4. references resolve: ConfigMaps, ServiceAccounts, Service selectors and target ports, HPA and PDB targets,
//      Ingress backends, NetworkPolicy named ports; a default-deny NetworkPolicy exists; no Secret is rendered;
//   5. with --secrets: every secretKeyRef (name and key) and Ingress TLS secret is documented in that file.
// Exit status 1 when anything fails; every problem is printed as `FILE: Kind/name: message`.

import fs from "node:fs";
import { parseAllDocuments } from "yaml";

const args = process.argv.slice(2);
let policy = false;
let secretsFile = null;
let label = null;
const files = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--policy") policy = true;
  else if (args[i] === "--secrets") secretsFile = args[++i];
  else if (args[i] === "--as") label = args[++i];
  else files.push(args[i]);
}
if (files.length === 0) {
  console.error("usage: validate-k8s.mjs [--policy] [--secrets FILE] [--as LABEL] FILE...");
  process.exit(2);
}

/** Loads every document of a multi-document YAML file; syntax errors and duplicate keys are problems. */
function load(file, problems) {
  const docs = [];
  for (const doc of parseAllDocuments(fs.readFileSync(file, "utf8"), { uniqueKeys: true })) {
    for (const e of doc.errors) problems.push(`YAML: ${e.message.split("\n")[0]}`);
    const obj = doc.toJS();
    if (obj !== null && obj !== undefined) docs.push(obj);
  }
  return docs;
}

function id(obj) {
  return `${obj?.kind ?? "?"}/${obj?.metadata?.name ?? "?"}`;
}

const modelCache = new Map();
/** The kubernetes-models class of apiVersion+kind, e.g. apps/v1 Deployment -> kubernetes-models/apps/v1/Deployment. */
async function modelOf(apiVersion, kind) {
  const key = `${apiVersion}/${kind}`;
  if (!modelCache.has(key)) {
    let model = null;
    if (/^[a-z0-9.-]+(\/[a-z0-9]+)?$/.test(apiVersion) && /^[A-Za-z0-9]+$/.test(kind)) {
      try {
        model = (await import(`kubernetes-models/${apiVersion}/${kind}`))[kind] ?? null;
      } catch {
        model = null;
      }
    }
    modelCache.set(key, model);
  }
  return modelCache.get(key);
}

/** Wraps value so that every own property read is recorded in `seen` (path -> {object, read keys}). */
function tracked(value, path, seen) {
  if (value === null || typeof value !== "object") return value;
  const read = new Set();
  seen.push({ path, value, read });
  const children = new Map();
  return new Proxy(value, {
    get(target, prop, receiver) {
      if (typeof prop === "string" && Object.prototype.hasOwnProperty.call(target, prop)) {
        read.add(prop);
        if (!children.has(prop)) children.set(prop, tracked(target[prop], `${path}/${prop}`, seen));
        return children.get(prop);
      }
      return Reflect.get(target, prop, receiver);
    },
  });
}

async function schemaCheck(obj, report) {
  if (typeof obj !== "object" || Array.isArray(obj)) return report("not a mapping");
  if (!obj.apiVersion || !obj.kind) return report("apiVersion and kind are required");
  const Model = await modelOf(obj.apiVersion, obj.kind);
  if (!Model) return report(`no schema for ${obj.apiVersion} ${obj.kind} in kubernetes-models`);
  try {
    new Model(obj).validate();
  } catch (e) {
    return report(`schema: ${e.message}`);
  }
  // Strict pass, only on a document the schema accepted (a failing validator may stop before reading every field).
  const seen = [];
  Model.prototype.validate.call(tracked(obj, "", seen));
  for (const { path, value, read } of seen) {
    if (Array.isArray(value)) continue;
    for (const key of Object.keys(value)) {
      if (!read.has(key)) report(`unknown field ${path}/${key}`);
    }
  }
}

// ---------------------------------------------------------------------------------------------- policy checks

function selects(selector, labels) {
  if (!selector) return false;
  labels = labels ?? {};
  for (const [k, v] of Object.entries(selector.matchLabels ?? {})) if (labels[k] !== v) return false;
  for (const { key, operator, values = [] } of selector.matchExpressions ?? []) {
    const has = Object.prototype.hasOwnProperty.call(labels, key);
    if (operator === "In" && !(has && values.includes(labels[key]))) return false;
    if (operator === "NotIn" && has && values.includes(labels[key])) return false;
    if (operator === "Exists" && !has) return false;
    if (operator === "DoesNotExist" && has) return false;
  }
  return true;
}

const hasQty = (r, k) => r?.[k]?.cpu !== undefined && r?.[k]?.memory !== undefined;

function policyCheck(docs, secretsDoc, problem) {
  const byKind = (kind) => docs.filter((d) => d.kind === kind);
  const names = (kind) => new Set(byKind(kind).map((d) => d.metadata?.name));
  const configMaps = names("ConfigMap");
  const serviceAccounts = names("ServiceAccount");
  const deployments = byKind("Deployment");
  const podLabels = deployments.map((d) => ({ d, labels: d.spec?.template?.metadata?.labels ?? {} }));
  const portNamesOf = (d) =>
    new Set((d.spec?.template?.spec?.containers ?? []).flatMap((c) => (c.ports ?? []).map((p) => p.name)));
  const documented = new Map(); // secret name -> Set of keys
  for (const s of secretsDoc ?? []) {
    if (s.kind === "Secret") {
      documented.set(s.metadata?.name, new Set(Object.keys({ ...(s.data ?? {}), ...(s.stringData ?? {}) })));
    }
  }

  for (const s of byKind("Secret")) {
    problem(s, "a Secret is rendered: secrets are created out of band, never committed (secrets.example.yaml)");
  }

  for (const d of deployments) {
    const pod = d.spec?.template?.spec ?? {};
    if (!selects(d.spec?.selector, d.spec?.template?.metadata?.labels)) {
      problem(d, "spec.selector does not select the pod template's labels");
    }
    if (pod.serviceAccountName && !serviceAccounts.has(pod.serviceAccountName)) {
      problem(d, `serviceAccountName ${pod.serviceAccountName} is not defined`);
    }
    const psc = pod.securityContext ?? {};
    const mounts = new Set();
    for (const c of [...(pod.initContainers ?? []), ...(pod.containers ?? [])]) {
      const where = (msg) => problem(d, `container ${c.name}: ${msg}`);
      const sc = c.securityContext ?? {};
      if ((sc.runAsNonRoot ?? psc.runAsNonRoot) !== true) where("runAsNonRoot must be true");
      if ((sc.runAsUser ?? psc.runAsUser) === 0) where("runAsUser must not be 0");
      if (sc.allowPrivilegeEscalation !== false) where("allowPrivilegeEscalation must be false");
      if (sc.readOnlyRootFilesystem !== true) where("readOnlyRootFilesystem must be true");
      if (!(sc.capabilities?.drop ?? []).includes("ALL")) where("capabilities.drop must contain ALL");
      if (sc.privileged) where("must not be privileged");
      if ((sc.seccompProfile ?? psc.seccompProfile)?.type !== "RuntimeDefault") {
        where("seccompProfile RuntimeDefault required (pod or container)");
      }
      if (!hasQty(c.resources, "requests") || !hasQty(c.resources, "limits")) {
        where("cpu and memory requests and limits are required");
      }
      const image = String(c.image ?? "");
      const tag = image.includes("@") ? "digest" : image.slice(image.lastIndexOf("/") + 1).split(":")[1];
      if (!tag || tag === "latest") where(`image ${image} must carry a pinned tag or digest`);
      if (!(pod.initContainers ?? []).includes(c)) {
        if (!c.livenessProbe) where("livenessProbe required");
        if (!c.readinessProbe) where("readinessProbe required");
        const ports = new Set((c.ports ?? []).map((p) => p.name));
        for (const probe of [c.startupProbe, c.livenessProbe, c.readinessProbe]) {
          const port = probe?.httpGet?.port;
          if (typeof port === "string" && !ports.has(port)) where(`probe port ${port} is not a named container port`);
        }
      }
      for (const m of c.volumeMounts ?? []) mounts.add(m.mountPath);
      for (const ref of c.envFrom ?? []) {
        if (ref.configMapRef && !configMaps.has(ref.configMapRef.name)) {
          where(`envFrom ConfigMap ${ref.configMapRef.name} is not defined`);
        }
      }
      for (const e of c.env ?? []) {
        const cm = e.valueFrom?.configMapKeyRef;
        if (cm && !configMaps.has(cm.name)) where(`env ${e.name}: ConfigMap ${cm.name} is not defined`);
        const sk = e.valueFrom?.secretKeyRef;
        if (sk && secretsDoc) {
          if (!documented.has(sk.name)) where(`env ${e.name}: Secret ${sk.name} is not in the secrets example`);
          else if (!documented.get(sk.name).has(sk.key)) {
            where(`env ${e.name}: key ${sk.key} of Secret ${sk.name} is not in the secrets example`);
          }
        }
      }
    }
    if (!mounts.has("/tmp")) problem(d, "no writable /tmp mounted (the root file system is read-only)");
    const volumes = new Set((pod.volumes ?? []).map((v) => v.name));
    for (const c of pod.containers ?? []) {
      for (const m of c.volumeMounts ?? []) {
        if (!volumes.has(m.name)) problem(d, `container ${c.name}: volume ${m.name} is not defined`);
      }
    }
  }

  for (const s of byKind("Service")) {
    const targets = podLabels.filter(({ labels }) => selects({ matchLabels: s.spec?.selector }, labels));
    if (targets.length === 0) {
      problem(s, "selector matches no Deployment's pods");
      continue;
    }
    for (const p of s.spec?.ports ?? []) {
      if (typeof p.targetPort === "string" && !targets.some(({ d }) => portNamesOf(d).has(p.targetPort))) {
        problem(s, `targetPort ${p.targetPort} is not a named port of the selected pods`);
      }
    }
  }

  const deploymentNames = new Set(deployments.map((d) => d.metadata?.name));
  for (const h of byKind("HorizontalPodAutoscaler")) {
    const ref = h.spec?.scaleTargetRef ?? {};
    if (ref.kind !== "Deployment" || !deploymentNames.has(ref.name)) problem(h, `target ${ref.kind}/${ref.name} not found`);
    if ((h.spec?.minReplicas ?? 1) > h.spec?.maxReplicas) problem(h, "minReplicas > maxReplicas");
  }
  for (const p of byKind("PodDisruptionBudget")) {
    if (!podLabels.some(({ labels }) => selects(p.spec?.selector, labels))) problem(p, "selects no Deployment's pods");
  }

  const services = new Map(byKind("Service").map((s) => [s.metadata?.name, s]));
  for (const ing of byKind("Ingress")) {
    for (const rule of ing.spec?.rules ?? []) {
      for (const path of rule.http?.paths ?? []) {
        const svc = path.backend?.service;
        if (!svc) continue;
        const target = services.get(svc.name);
        if (!target) problem(ing, `backend Service ${svc.name} not found`);
        else if (svc.port?.name && !(target.spec?.ports ?? []).some((p) => p.name === svc.port.name)) {
          problem(ing, `backend Service ${svc.name} has no port named ${svc.port.name}`);
        }
      }
    }
    for (const tls of ing.spec?.tls ?? []) {
      if (secretsDoc && !documented.has(tls.secretName)) {
        problem(ing, `TLS Secret ${tls.secretName} is not in the secrets example`);
      }
    }
  }

  const policies = byKind("NetworkPolicy");
  const denyAll = policies.some(
    (np) =>
      Object.keys(np.spec?.podSelector ?? {}).length === 0 &&
      (np.spec?.policyTypes ?? []).includes("Ingress") &&
      (np.spec?.policyTypes ?? []).includes("Egress") &&
      !np.spec?.ingress &&
      !np.spec?.egress,
  );
  if (!denyAll && deployments.length > 0) problem({ kind: "NetworkPolicy", metadata: { name: "*" } }, "no default-deny policy");
  for (const np of policies) {
    const selected = podLabels.filter(({ labels }) => selects(np.spec?.podSelector, labels));
    if (selected.length === 0) problem(np, "podSelector selects no Deployment's pods");
    for (const rule of np.spec?.ingress ?? []) {
      for (const port of rule.ports ?? []) {
        if (typeof port.port === "string" && !selected.some(({ d }) => portNamesOf(d).has(port.port))) {
          problem(np, `ingress port ${port.port} is not a named port of the selected pods`);
        }
      }
    }
    for (const rule of np.spec?.egress ?? []) {
      const peers = (rule.to ?? []).filter((t) => t.podSelector && !t.namespaceSelector);
      if (peers.length === 0) continue;
      const destinations = podLabels.filter(({ labels }) => peers.some((t) => selects(t.podSelector, labels)));
      if (destinations.length === 0) problem(np, "an egress peer selects no Deployment's pods");
      for (const port of rule.ports ?? []) {
        if (typeof port.port === "string" && !destinations.some(({ d }) => portNamesOf(d).has(port.port))) {
          problem(np, `egress port ${port.port} is not a named port of the destination pods`);
        }
      }
    }
  }
}

// ----------------------------------------------------------------------------------------------------- main

let failures = 0;
let secretsDoc = null;
if (secretsFile) {
  const problems = [];
  secretsDoc = load(secretsFile, problems);
  for (const p of problems) {
    console.error(`${secretsFile}: ${p}`);
    failures++;
  }
}

for (const path of files) {
  const file = label ?? path;
  const problems = [];
  const docs = load(path, problems);
  let count = 0;
  for (const doc of docs) {
    count++;
    await schemaCheck(doc, (msg) => problems.push(`${id(doc)}: ${msg}`));
  }
  if (policy) policyCheck(docs, secretsDoc, (obj, msg) => problems.push(`${id(obj)}: ${msg}`));
  for (const p of problems) console.error(`${file}: ${p}`);
  failures += problems.length;
  const kinds = [...new Set(docs.map((d) => d.kind))].sort().join(", ");
  console.log(
    `${problems.length === 0 ? "ok  " : "FAIL"} ${file}: ${count} documents (${kinds}), ${problems.length} problem(s)` +
      `${policy ? "; schema + strict fields + policy" : "; schema + strict fields"}`,
  );
}
process.exit(failures === 0 ? 0 : 1);
