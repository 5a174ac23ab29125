// `npm test`: install what is missing (Chromium included), then unit tests, a production build, and end-to-end tests.
import fs from "node:fs";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { appEnvironment, ensureBuild, ensureDependencies, log, root, run } from "./lib.mjs";

/** Finds or installs a Chromium for Playwright; returns its path, or undefined for Playwright's own. */
function ensureChromium() {
  if (process.env.PLAYWRIGHT_CHROMIUM_PATH) return process.env.PLAYWRIGHT_CHROMIUM_PATH;
  const debian = "/usr/bin/chromium";
  if (fs.existsSync(debian)) return debian;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (isRoot && fs.existsSync("/etc/debian_version")) {
    log("installing Debian's chromium (apt-get)…");
    run("apt-get", ["update", "-qq"]);
    run("apt-get", ["install", "-y", "-qq", "chromium"], { env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
    if (fs.existsSync(debian)) return debian;
  }
  log("installing Playwright's own Chromium…");
  run(path.join(root, "node_modules", ".bin", "playwright"), ["install", "chromium"]);
  return undefined;
}

/** Java, for the W3C Nu HTML Checker (vnu.jar) that checks every page at the end of the e2e run. */
function ensureJava() {
  if (spawnSync("java", ["-version"], { stdio: "ignore" }).status === 0) return;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (isRoot && fs.existsSync("/etc/debian_version")) {
    log("installing Java for the HTML checker (apt-get default-jre-headless)…");
    run("apt-get", ["update", "-qq"]);
    run("apt-get", ["install", "-y", "-qq", "default-jre-headless"], { env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
    return;
  }
  log("Java is missing: install a Java runtime (11 or newer) so the end-to-end run can check every page's HTML");
}

const started = Date.now();
ensureDependencies();
const chromium = ensureChromium();
ensureJava();
const env = appEnvironment({ NEXT_TELEMETRY_DISABLED: "1", ...(chromium ? { PLAYWRIGHT_CHROMIUM_PATH: chromium } : {}) });
// Tests make their own databases and secrets; the developer's .env.local must not leak in.
delete env.DATABASE_URL;

const step = (name, cmd, args, extraEnv = {}) => {
  log(`${name}…`);
  const t = Date.now();
  const result = spawnSync(cmd, args, { cwd: root, stdio: "inherit", env: { ...env, ...extraEnv } });
  log(`${name}: ${result.status === 0 ? "passed" : "FAILED"} in ${Math.round((Date.now() - t) / 1000)} s`);
  return result.status === 0;
};

const bin = (name) => path.join(root, "node_modules", ".bin", name);
const auditOk = step("dependency audit (npm audit --omit=dev, high and critical)", process.execPath, ["scripts/audit.mjs"]);
const typesOk = step("type check (tsc)", bin("tsc"), ["--noEmit"]);
const unitOk = step("unit and integration tests (vitest)", bin("vitest"), ["run"], { NODE_ENV: "test" });
ensureBuild(env);
const e2eOk = step("end-to-end tests (playwright)", bin("playwright"), ["test", ...process.argv.slice(2)]);
// Benchmarks are not tests; this short run only proves the suite works and acknowledged signatures are stored.
const benchOk = step("benchmark smoke run", process.execPath, ["bench/run.mjs", "--smoke"]);
const ok = auditOk && typesOk && unitOk && e2eOk && benchOk;
log(`all tests ${ok ? "passed" : "FAILED"} in ${Math.round((Date.now() - started) / 1000)} s`);
process.exit(ok ? 0 : 1);
