// Runs scripts/signatures-refingerprint.ts with the same environment the server uses (.env, .env.local).
import { spawnSync } from "node:child_process";
import path from "node:path";
import { appEnvironment, ensureDependencies, root } from "./lib.mjs";

ensureDependencies();
const result = spawnSync(
  path.join(root, "node_modules", ".bin", "tsx"),
  ["--conditions=react-server", "scripts/signatures-refingerprint.ts", ...process.argv.slice(2)],
  { cwd: root, stdio: "inherit", env: appEnvironment() },
);
process.exit(result.status ?? 1);
