#!/usr/bin/env node
// Offline checks of the Dockerfiles (called by deploy/validate.sh). No Docker engine is needed or used, so this is
// syntax and policy only: nothing is built.
//
//   node deploy/tools/validate-dockerfiles.mjs FILE...
//
//   1. syntax: dockerfile-utils' validator (the one behind the VS Code Docker extension): unknown instructions,
//      malformed arguments (EXPOSE, HEALTHCHECK, USER, ...), misplaced ARG/FROM;
//   2. policy on the final stage: base image pinned (a default for an ARG-supplied image counts), a numeric
//      non-root USER, ENTRYPOINT in exec form (the JVM is PID 1 and gets SIGTERM); for the application images
//      (those that copy a `target/*.jar`) also a HEALTHCHECK on /actuator/health/readiness and the container-aware
//      heap setting -XX:MaxRAMPercentage.

import fs from "node:fs";
import { DockerfileParser } from "dockerfile-ast";
import { validate } from "dockerfile-utils";

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: validate-dockerfiles.mjs FILE...");
  process.exit(2);
}

let failures = 0;
for (const file of files) {
  const content = fs.readFileSync(file, "utf8");
  const problems = [];

  for (const d of validate(content)) {
    // severity 1 = error, 2 = warning: both fail, a Dockerfile here has no reason to carry either
    problems.push(`line ${d.range.start.line + 1}: ${d.message}`);
  }

  const dockerfile = DockerfileParser.parse(content);
  const instructions = dockerfile.getInstructions();
  const froms = instructions.filter((i) => i.getKeyword() === "FROM");
  if (froms.length === 0) problems.push("no FROM");
  const lastFrom = froms.at(-1);
  const finalStage = lastFrom ? instructions.slice(instructions.indexOf(lastFrom)) : [];
  const args = new Map(
    instructions
      .filter((i) => i.getKeyword() === "ARG")
      .map((i) => i.getArgumentsContent().split("=", 2))
      .map(([k, v]) => [k.trim(), v?.trim()]),
  );

  // FROM image pinned: resolve ${ARG} to its default
  for (const from of froms) {
    let image = from.getArgumentsContent().split(/\s+/)[0];
    image = image.replace(/\$\{?(\w+)\}?/g, (_, name) => args.get(name) ?? "");
    const stageNames = froms.map((f) => f.getArgumentsContent().split(/\s+[Aa][Ss]\s+/)[1]?.trim()).filter(Boolean);
    if (stageNames.includes(image)) continue;
    const tag = image.includes("@") ? "digest" : image.slice(image.lastIndexOf("/") + 1).split(":")[1];
    if (!image || !tag || tag === "latest") problems.push(`FROM ${image || "(empty)"}: base image must carry a pinned tag`);
  }

  const users = finalStage.filter((i) => i.getKeyword() === "USER");
  const user = users.at(-1)?.getArgumentsContent().trim();
  if (!user) problems.push("final stage has no USER: it would run as root");
  else if (!/^[1-9]\d*(:\d+)?$/.test(user)) problems.push(`USER ${user}: use a numeric non-root uid (runAsNonRoot checks it)`);

  const entrypoint = finalStage.filter((i) => i.getKeyword() === "ENTRYPOINT").at(-1);
  if (!entrypoint) problems.push("final stage has no ENTRYPOINT");
  else if (!entrypoint.getArgumentsContent().trim().startsWith("[")) problems.push("ENTRYPOINT must use the exec form");

  const isApp = finalStage.some((i) => i.getKeyword() === "COPY" && /target\/\S*\.jar/.test(i.getArgumentsContent()));
  if (isApp) {
    const health = finalStage.filter((i) => i.getKeyword() === "HEALTHCHECK").at(-1);
    if (!health || !health.getArgumentsContent().includes("/actuator/health/readiness")) {
      problems.push("application image without a HEALTHCHECK on /actuator/health/readiness");
    }
    if (!content.includes("-XX:MaxRAMPercentage=")) problems.push("application image without -XX:MaxRAMPercentage");
  }

  for (const p of problems) console.error(`${file}: ${p}`);
  failures += problems.length;
  console.log(`${problems.length === 0 ? "ok  " : "FAIL"} ${file}: ${instructions.length} instructions, ${problems.length} problem(s)`);
}
process.exit(failures === 0 ? 0 : 1);
