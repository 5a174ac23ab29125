// Load and requests: bounded autocannon loads from many client addresses, server-action form bodies,
// and the resident memory of a process tree.
import fs from "node:fs";
import autocannon from "autocannon";
import { DURATION } from "./options.mjs";

// The hidden fields React renders into a server-action form, so a plain POST can call the action.
export function hiddenActionFields(html) {
  return [...html.matchAll(/<input type="hidden" name="(\$ACTION[^"]*)"(?: value="([^"]*)")?\/>/g)].map((m) => [m[1], (m[2] ?? "").replaceAll("&quot;", '"')]);
}

const BOUNDARY = "----picketbench";
export const MULTIPART = `multipart/form-data; boundary=${BOUNDARY}`;
export function multipart(fields) {
  return fields.map(([k, v]) => `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`).join("") + `--${BOUNDARY}--\r\n`;
}

// Picket runs behind one trusted proxy here (TRUSTED_PROXY_HOPS=1), as in production, and every
// request comes from its own client address, as in a viral moment: the abuse limits stay at their
// defaults and judge each signer as they would then.
let client = 0;
export const nextClientAddress = () => {
  const n = client++;
  return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
};

/** One bounded load; `body(i)` makes the i-th request body so every signer is distinct. */
export function load({ url, connections, method = "GET", headers = {}, body, duration = DURATION }) {
  let i = 0;
  return autocannon({
    url,
    connections,
    duration,
    timeout: 10,
    requests: [
      {
        method,
        headers,
        setupRequest: (req) => ({ ...req, headers: { ...req.headers, "x-forwarded-for": nextClientAddress() }, ...(body ? { body: body(i++) } : {}) }),
      },
    ],
  });
}

const ok = (result, ...codes) => codes.reduce((n, c) => n + Number(result.statusCodeStats?.[c]?.count ?? 0), 0);
export const summary = (r, ...codes) => ({ rps: Math.round(r.requests.average), p50: r.latency.p50, p99: r.latency.p99, ok: ok(r, ...codes), errors: r.errors + r.timeouts });

export function rssKb(pid) {
  let total = 0;
  const walk = (p) => {
    try {
      total += Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${p}/status`, "utf8"))?.[1] ?? 0);
      for (const child of fs.readFileSync(`/proc/${p}/task/${p}/children`, "utf8").trim().split(/\s+/).filter(Boolean)) walk(child);
    } catch {
      // process gone, or no /proc here
    }
  };
  walk(pid);
  return total;
}

// Every signer of a run is a different person: one counter across the loads.
let signer = 0;
export const nextSigner = () => signer++;
export const signerJson = (prefix) => () => JSON.stringify({ name: "Bench Signer", email: `${prefix}-${nextSigner()}@bench.example`, country: "GB" });
