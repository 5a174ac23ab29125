// `npm audit --omit=dev`: fails on any high or critical advisory in what production installs.
// When the registry offers no audit endpoint (some mirrors answer 405), that is said plainly and the
// check is skipped — unless PICKET_REQUIRE_AUDIT=1, for CI that must never skip it.
import { spawnSync } from "node:child_process";
import { log, root } from "./lib.mjs";

const result = spawnSync("npm", ["audit", "--omit=dev", "--json"], { cwd: root, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
let report;
try {
  report = JSON.parse(result.stdout);
} catch {
  report = { message: result.stderr.trim() || "no output" };
}

if (!report.metadata) {
  const why = report.message ?? report.error?.summary ?? "unknown error";
  if (process.env.PICKET_REQUIRE_AUDIT === "1") {
    log(`npm audit could not run: ${why}`);
    process.exit(1);
  }
  log(`npm audit skipped: the registry gave no audit answer (${why}). Set PICKET_REQUIRE_AUDIT=1 to make this fail.`);
  process.exit(0);
}

const { high = 0, critical = 0, moderate = 0, low = 0 } = report.metadata.vulnerabilities ?? {};
log(`npm audit (production dependencies): ${critical} critical, ${high} high, ${moderate} moderate, ${low} low`);
if (high + critical > 0) {
  for (const [name, v] of Object.entries(report.vulnerabilities ?? {})) {
    if (v.severity === "high" || v.severity === "critical") log(`  ${v.severity}: ${name} ${v.range ?? ""}`);
  }
  process.exit(1);
}
