// The servers a bench run starts: none outlives the run, and one that dies early ends it.
import { spawn } from "node:child_process";
import path from "node:path";
import { root } from "../scripts/lib.mjs";
import { sleep } from "./options.mjs";


const children = new Set();
// Whatever happens, no server outlives the run.
process.on("exit", () => {
  for (const child of children) child.kill("SIGKILL");
});

export function start(cmd, cmdArgs, env) {
  const child = spawn(cmd, cmdArgs, { cwd: root, env, stdio: ["ignore", "ignore", "inherit"] });
  children.add(child);
  child.on("exit", (code, signal) => {
    if (!child.stopping) {
      console.error(`[bench] ${path.basename(cmd)} exited early (${code ?? signal})`);
      process.exit(1);
    }
  });
  return child;
}

export async function waitFor(url, timeoutMs = 60_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {
      // not up yet
    }
    await sleep(200);
  }
  throw new Error(`${url} did not come up`);
}

export function stop(child) {
  child.stopping = true;
  child.kill("SIGTERM");
  children.delete(child);
}
