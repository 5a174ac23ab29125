/**
 * A micro-cache for the public pages a viral moment sends everyone to (a petition, its campaign, the
 * home page), like a reverse proxy's: the page is rendered by Next at most about once a second and
 * served from memory in between, with a fresh CSP nonce spliced in per response.
 *
 * Only anonymous requests are served from it (no cookie but the language one, which changes nothing
 * on a page under a language's prefix; no router or action headers), and only 200 HTML answers that set no
 * cookie at all and that the proxy marked as anonymous pages (Cache-Control from
 * lib/security/headers.js, kept with the entry so both layers answer alike) are kept. Pages carry nothing per person:
 * the proof-of-work challenge is fetched separately. Freshness: an entry lives TTL_MS; any write that
 * passes through this process (every POST but a signature, which changes no page until confirmed)
 * makes every entry stale at once, so whoever wrote reads their write. Writes by another process
 * sharing the database show within TTL_MS.
 */
import "server-only";
import { randomBytes } from "node:crypto";
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import { requestOrigin } from "@/lib/security/origin";
import { headerReader } from "./io";
import { config } from "@/lib/config";
import { ANONYMOUS_PAGE_CACHE_CONTROL } from "@/lib/security/headers.js";
import { LOCALE_COOKIE } from "@/lib/i18n/routing";
import { routes } from "./routes";
import { writesSeen } from "./writes";
import { prepareSplicedGzip, splicedGzip, type SplicedGzip } from "./spliced-gzip";

const TTL_MS = 1_000;
const MAX_ENTRIES = 500;
// The language cookie only sends a bare path to the chosen language: pages under a language's prefix ignore it.
const ALLOWED_COOKIES = new Set([LOCALE_COOKIE]);
// Headers that make a request something other than a plain page view.
const ROUTER_HEADERS = [
  "rsc",
  "next-action",
  "next-router-state-tree",
  "next-router-prefetch",
  "next-router-segment-prefetch",
  "next-url",
  "authorization",
];
// Headers of the rendered answer that are per connection or rewritten here.
const DROPPED = new Set([
  "date",
  "connection",
  "keep-alive",
  "transfer-encoding",
  "content-length",
  "content-encoding",
  "content-security-policy",
  // Test servers' "which layer answered" (scripts/server.mjs): the inner render's says Next, the answer is ours.
  "x-picket-layer",
]);
const FILL_HEADER = "x-picket-page-fill";
const fillToken = randomBytes(16).toString("hex");

interface Page {
  /** Names and values, flat, as node:http takes them: the rendered answer's, less those rewritten here. */
  headers: string[];
  csp: string[];
  body: SplicedGzip;
}

/** A render, or null when its answer is not to be kept (a 404, a redirect): Next answers those itself. */
interface Entry {
  generation: number;
  at: number;
  page: Page | null;
}

const entries = new Map<string, Entry>();
const filling = new Map<string, { generation: number; done: Promise<Page | null> }>();

function cookiesAllowed(header: string | undefined): boolean {
  if (!header) return true;
  return header.split(";").every((pair) => {
    const name = pair.split("=")[0].trim();
    return name === "" || ALLOWED_COOKIES.has(name);
  });
}

/**
 * The cache key for a request it may answer, or null: the site origin the request arrived on (pages
 * carry absolute links on it) and the URL.
 */
function keyOf(req: IncomingMessage): string | null {
  if (req.method !== "GET" || !req.url || req.headers[FILL_HEADER] === fillToken) return null;
  const query = req.url.indexOf("?");
  const path = query < 0 ? req.url : req.url.slice(0, query);
  if (!routes.cacheablePage(path)) return null;
  if (query >= 0 && req.url.includes("_rsc")) return null;
  if (ROUTER_HEADERS.some((h) => req.headers[h] !== undefined)) return null;
  if (!cookiesAllowed(req.headers.cookie)) return null;
  return `${requestOrigin(headerReader(req))} ${req.url}`;
}

function split(body: Buffer, nonce: string): Buffer[] {
  const parts: Buffer[] = [];
  const needle = Buffer.from(nonce);
  let from = 0;
  for (let at = body.indexOf(needle); at >= 0; at = body.indexOf(needle, from)) {
    parts.push(body.subarray(from, at));
    from = at + needle.length;
  }
  parts.push(body.subarray(from));
  return parts;
}

/** Renders the page through this same server (marked, so it is not answered from the cache). */
function render(req: IncomingMessage, key: string): Promise<Page | null> {
  const [origin, url] = key.split(" ");
  return new Promise((resolve) => {
    const headers: Record<string, string> = {
      [FILL_HEADER]: fillToken,
      accept: "text/html",
    };
    // The site's own name for the origin the visitor came on (APP_URL's or an alternate), never the
    // visitor's Host header itself: what a page derives from the host is shared by everyone the entry is
    // served to, and entries are kept per origin.
    headers.host = new URL(origin).host;
    const fill = http.request(
      {
        host: req.socket.localAddress,
        port: req.socket.localPort,
        path: url,
        headers,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("error", () => resolve(null));
        res.on("end", () => {
          const csp = typeof res.headers["content-security-policy"] === "string" ? res.headers["content-security-policy"] : "";
          const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(csp)?.[1];
          const html = res.headers["content-type"]?.startsWith("text/html");
          // A cookie makes the answer personal (the language cookie is set only by the switcher, in
          // the browser); so does any Cache-Control but the one the proxy gives anonymous pages.
          if (
            res.statusCode !== 200 ||
            !nonce ||
            !html ||
            res.headers["content-encoding"] ||
            res.headers["set-cookie"] !== undefined ||
            res.headers["cache-control"] !== ANONYMOUS_PAGE_CACHE_CONTROL
          ) {
            return resolve(null);
          }
          const kept: string[] = [];
          for (const [name, value] of Object.entries(res.headers)) {
            if (DROPPED.has(name) || value === undefined) continue;
            for (const one of Array.isArray(value) ? value : [value]) kept.push(name, one);
          }
          if (!/accept-encoding/i.test(String(res.headers.vary ?? ""))) kept.push("vary", "Accept-Encoding");
          resolve({
            headers: kept,
            csp: csp.split(nonce),
            body: prepareSplicedGzip(split(Buffer.concat(chunks), nonce)),
          });
        });
      },
    );
    fill.on("error", () => resolve(null));
    fill.end();
  });
}

/** The cached page for this request, rendering it first if need be; null: let Next answer. */
async function lookup(req: IncomingMessage, key: string): Promise<Page | null> {
  const now = Date.now();
  const entry = entries.get(key);
  const generation = writesSeen();
  if (entry && entry.generation === generation && now - entry.at < TTL_MS) return entry.page;
  const pending = filling.get(key);
  if (pending && pending.generation === generation) return pending.done;
  const done = render(req, key).then((page) => {
    if (filling.get(key)?.done === done) filling.delete(key);
    entries.delete(key);
    if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
    entries.set(key, { generation, at: Date.now(), page });
    return page;
  });
  filling.set(key, { generation, done });
  return done;
}

function send(req: IncomingMessage, res: ServerResponse, entry: Page): void {
  const nonce = randomBytes(16).toString("base64");
  const fill = Buffer.from(nonce);
  const gzip = /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
  const chunks = gzip ? splicedGzip(entry.body, fill) : entry.body.parts.flatMap((part, i) => (i === 0 ? [part] : [fill, part]));
  const body = Buffer.concat(chunks);
  const headers = [...entry.headers, "content-security-policy", entry.csp.join(nonce), "content-length", String(body.length)];
  if (gzip) headers.push("content-encoding", "gzip");
  res.writeHead(200, headers);
  res.end(body);
}

/** Answers a cacheable page request from the cache; false: not cacheable, or the render did not qualify. */
export async function servePage(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  const key = keyOf(req);
  if (!key) return false;
  const page = await lookup(req, key);
  if (!page) return false;
  send(req, res, page);
  return true;
}
