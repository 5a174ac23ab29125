// Runs scripts/backup.ts (backup or restore) with the environment the server uses.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { appEnvironment, ensureDependencies, root } from "./lib.mjs";

ensureDependencies();
const result = spawnSync(path.join(root, "node_modules", ".bin", "tsx"), ["--conditions=react-server", "scripts/backup.ts", ...process.argv.slice(2)], {
  cwd: root,
  stdio: "inherit",
  env: appEnvironment(),
});
process.exit(result.status ?? 1);
