/**
 * Records what the suite's browsers are sent, for checks that run once at the end of the run
 * (tests/e2e/global-teardown.ts): the raw HTML of every page (the response body as the server sent
 * it, before any script ran: what a browser parses, and what a browser without JavaScript shows) and
 * the name of every cookie a response sets.
 *
 * Pages are kept one per route and structure: the path with numbers and tokens generalised, plus a
 * hash of the markup with text and attribute values left out, so the hundred visits of a petition
 * page are one file while a page whose markup differs (an error shown, organiser Markdown) is another.
 */
import type { BrowserContext, Response } from "@playwright/test";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

export const RECORD_DIR = path.join(process.cwd(), "data", "e2e-record");
export const PAGES_DIR = path.join(RECORD_DIR, "pages");
export const COOKIES_FILE = path.join(RECORD_DIR, "cookies.txt");
/** At most this many structures per route, so one route that varies a lot cannot slow the check down. */
const MAX_PER_ROUTE = 12;

const perRoute = new Map<string, number>();
const seen = new Set<string>();

function route(url: URL): string {
  return url.pathname
    .split("/")
    .map((s) => (/^\d+$/.test(s) ? ":n" : s.length >= 20 ? ":token" : s))
    .join("/");
}

function skeleton(html: string): string {
  return createHash("sha256")
    .update(html.replace(/>[^<]*</g, "><").replace(/\s[\w:-]+="[^"]*"/g, (m) => m.slice(0, m.indexOf("=") + 1)))
    .digest("hex")
    .slice(0, 16);
}

async function record(response: Response): Promise<void> {
  const headers = await response.allHeaders().catch(() => ({}) as Record<string, string>);
  const cookies = headers["set-cookie"];
  if (cookies) fs.appendFileSync(COOKIES_FILE, cookies.split("\n").map((c) => `${c.split("=")[0].trim()}\n`).join(""));
  if (response.request().resourceType() !== "document" || !String(headers["content-type"]).startsWith("text/html")) return;
  const url = new URL(response.url());
  const body = await response.text().catch(() => null);
  if (!body) return;
  const routeKey = `${route(url)}`;
  const key = `${routeKey} ${skeleton(body)}`;
  if (seen.has(key) || (perRoute.get(routeKey) ?? 0) >= MAX_PER_ROUTE) return;
  seen.add(key);
  perRoute.set(routeKey, (perRoute.get(routeKey) ?? 0) + 1);
  const name = createHash("sha256").update(key).digest("hex").slice(0, 20);
  fs.mkdirSync(PAGES_DIR, { recursive: true });
  fs.writeFileSync(path.join(PAGES_DIR, `${name}.html`), body);
  fs.writeFileSync(path.join(PAGES_DIR, `${name}.url`), `${url.pathname}${url.search} (${response.status()})\n`);
}

/** Records every response the context receives, until it closes. */
export function recordPages(context: BrowserContext): void {
  fs.mkdirSync(RECORD_DIR, { recursive: true });
  context.on("response", (response) => void record(response).catch(() => undefined));
}

/**
 * Every cookie Picket can set, as app/[locale]/privacy/page.tsx lists them (supporter-browses-untracked-with-any-device.spec.ts
 * checks the page names each one; the teardown checks the run saw no other).
 */
export const PRIVACY_PAGE_COOKIES = ["NEXT_LOCALE", "picket_my_data", "authjs.session-token", "authjs.csrf-token", "authjs.callback-url"] as const;
