/**
 * The hot paths of a viral moment, answered by the production front door (scripts/server.mjs)
 * straight from node:http instead of through Next's request pipeline, which costs milliseconds of
 * CPU per request before any of Picket's own work:
 * - POST /api/petitions/<slug>/signatures (lib/petitions/sign-json.ts, as the route handler);
 * - GET /api/petitions/<slug>, from a cache of at most a second;
 * - GET of the petition, campaign and home pages, from the page micro-cache;
 * - the sign form's no-JavaScript post, when it is valid and signs (lib/hot/sign-form.ts).
 * Everything else, and anything these paths do not fully understand (a trailing slash, an escape, a
 * form with errors to show), goes to Next. The URLs come from lib/hot/routes.ts; lib/hot/front-door.ts
 * hands `handleHot` to the front door.
 */
import "server-only";
import type { IncomingMessage, ServerResponse } from "node:http";
import { commonHeaders, resourceContentSecurityPolicy } from "@/lib/security/headers.js";
import { FACTS_CACHE_CONTROL, MISSING_CACHE_CONTROL, publicPetitionFacts } from "@/lib/petitions/facts";
import { MAX_SIGN_BODY_BYTES, signFromJson } from "@/lib/petitions/sign-json";
import { headerReader, type NextHandler, readBody } from "./io";
import { servePage } from "./page-cache";
import { routes } from "./routes";
import { signFormFast } from "./sign-form";
import { writeSeen, writesSeen } from "./writes";

const FACTS_TTL_MS = 1_000;
const FACTS_MAX = 1_000;

const RESOURCE_HEADERS: string[] = [
  ...commonHeaders.flatMap(({ key, value }: { key: string; value: string }) => [key, value]),
  "Content-Security-Policy",
  resourceContentSecurityPolicy,
];

/** A JSON answer's headers as one flat list of names and values: the cheapest form node:http takes. */
function jsonHeaders(body: string, extra: Record<string, string>): string[] {
  const headers = ["content-type", "application/json", "content-length", String(Buffer.byteLength(body)), ...RESOURCE_HEADERS];
  for (const [name, value] of Object.entries(extra)) headers.push(name, value);
  return headers;
}

async function sign(req: IncomingMessage, res: ServerResponse, slug: string): Promise<void> {
  const answer = await signFromJson(slug, headerReader(req), () => readAll(req, MAX_SIGN_BODY_BYTES));
  const extra: Record<string, string> = { "cache-control": "no-store" };
  if (answer.retryAfterSeconds !== undefined) extra["retry-after"] = String(answer.retryAfterSeconds);
  // An answer before the body was read (403, 415, 429): the rest of the body is not worth reading.
  if (!req.complete) extra.connection = "close";
  const body = JSON.stringify(answer.body);
  res.writeHead(answer.status, jsonHeaders(body, extra));
  res.end(body);
}

async function readAll(req: IncomingMessage, limit: number): Promise<string | null> {
  const body = await readBody(req, limit);
  return body === null ? null : body.toString("utf8");
}

const facts = new Map<string, { at: number; generation: number; status: number; headers: string[]; body: string }>();

function serveFacts(res: ServerResponse, slug: string): void {
  let entry = facts.get(slug);
  if (!entry || entry.generation !== writesSeen() || Date.now() - entry.at >= FACTS_TTL_MS) {
    const found = publicPetitionFacts(slug);
    const body = JSON.stringify(found ?? { error: "not_found" });
    const headers = jsonHeaders(body, { "cache-control": found ? FACTS_CACHE_CONTROL : MISSING_CACHE_CONTROL });
    entry = { at: Date.now(), generation: writesSeen(), status: found ? 200 : 404, headers, body };
    if (facts.size >= FACTS_MAX) facts.clear();
    facts.set(slug, entry);
  }
  res.writeHead(entry.status, entry.headers);
  res.end(entry.body);
}

/** Answers the request if it is a hot path, or hands it (or, once its body is read, a replay of it) to Next. */
export async function handleHot(req: IncomingMessage, res: ServerResponse, next: NextHandler): Promise<void> {
  const url = req.url ?? "/";
  if (req.method === "GET") {
    const slug = routes.facts(url);
    if (slug) return serveFacts(res, slug);
    if (await servePage(req, res)) return;
    return next(req, res);
  }
  if (req.method === "POST") {
    const slug = routes.signatures(url);
    if (slug) return sign(req, res, slug);
    // The no-JavaScript sign form posts to the petition page: a pending signature changes no page.
    const form = routes.signForm(url);
    if (form) return signFormFast(req, res, form.locale, form.slug, next);
  }
  if (req.method !== "HEAD" && req.method !== "OPTIONS") {
    // Any other write may change what a page or the petition facts show.
    writeSeen();
  }
  return next(req, res);
}
