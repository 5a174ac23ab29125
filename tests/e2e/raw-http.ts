/**
 * Raw HTTP for tests that post what no browser would: bytes exactly as given, on a keep-alive
 * connection to 127.0.0.1, with the Host and Origin a same-site browser would send. Also the two
 * pieces a plain POST needs to call a server action: the hidden `$ACTION…` fields React renders into
 * the form, and a multipart body built by hand (so names, files and bytes can be anything).
 */
import http from "node:http";

export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
/** What the e2e server calls itself (APP_URL); sent as Host and Origin so same-site checks pass. */
export const SITE = `localhost:${E2E_PORT}`;
export const ORIGIN = `http://${SITE}`;

const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });

export interface RawRequest {
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: Buffer | string;
}

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/**
 * Sends one request. A reset on a reused keep-alive socket is the known race with the server closing
 * an idle connection (Node's docs advise retrying): it is retried once on a fresh connection, so a
 * reset the request itself causes still fails.
 */
export async function send(req: RawRequest, timeoutMs = 30_000): Promise<RawResponse> {
  try {
    return await sendOn(agent, req, timeoutMs);
  } catch (err) {
    if ((err as { reusedSocket?: boolean }).reusedSocket && (err as NodeJS.ErrnoException).code === "ECONNRESET") return sendOn(false, req, timeoutMs);
    throw err;
  }
}

function sendOn(via: http.Agent | false, req: RawRequest, timeoutMs: number): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const body = req.body === undefined ? undefined : Buffer.isBuffer(req.body) ? req.body : Buffer.from(req.body);
    const r = http.request(
      {
        host: "127.0.0.1",
        port: E2E_PORT,
        method: req.method,
        path: req.path,
        agent: via,
        headers: { host: SITE, ...(body ? { "content-length": String(body.length) } : {}), ...req.headers },
        timeout: timeoutMs,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") }));
        res.on("error", reject);
      },
    );
    r.on("timeout", () => r.destroy(new Error(`timeout: ${req.method} ${req.path}`)));
    r.on("error", (err) => reject(Object.assign(err, { reusedSocket: r.reusedSocket })));
    r.end(body);
  });
}

/**
 * The hidden fields React renders into a server-action form, so a plain POST can call the action:
 * those of the first form whose markup contains `marker` (e.g. `name="email"`).
 */
export function hiddenActionFields(html: string, marker = "$ACTION"): [string, string][] {
  const form = html.split(/<form\b/).slice(1).find((f) => f.split("</form>")[0].includes(marker)) ?? "";
  return [...form.matchAll(/<input type="hidden" name="(\$ACTION[^"]*)"(?: value="([^"]*)")?\/?>/g)].map((m) => [
    m[1],
    (m[2] ?? "").replaceAll("&quot;", '"').replaceAll("&amp;", "&").replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&#x27;", "'"),
  ]);
}

/** One multipart part: a text field, or a file when `filename` is set. */
export interface Part {
  name: string;
  value: string | Uint8Array;
  filename?: string;
  type?: string;
}

export const BOUNDARY = "----picketfuzzboundary7MA4YWxkTrZu0gW";
export const MULTIPART = `multipart/form-data; boundary=${BOUNDARY}`;

export function multipart(parts: Part[], boundary = BOUNDARY): Buffer {
  const chunks: Buffer[] = [];
  for (const p of parts) {
    const name = p.name.replace(/["\r\n]/g, "_");
    const file = p.filename === undefined ? "" : `; filename="${p.filename.replace(/["\r\n]/g, "_")}"`;
    const type = p.type || p.filename !== undefined ? `\r\nContent-Type: ${(p.type ?? "application/octet-stream").replace(/[\r\n]/g, "")}` : "";
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"${file}${type}\r\n\r\n`), Buffer.from(p.value), Buffer.from("\r\n"));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return Buffer.concat(chunks);
}
