/**
 * The sign form's no-JavaScript post (a server-action form posted to the petition page), answered by
 * the front door when it is exactly that form and it signs: the same work as the server action
 * (lib/petitions/sign-form.ts) and the same answer Next gives, a 303 to the thanks page.
 *
 * Anything else goes to Next untouched (a post from script, with a Next-Action header; a foreign
 * Origin; a large or chunked body) or, once the body is read, replayed to Next: a form it cannot read,
 * another action, and every form with errors, which Next renders with the errors next to the fields.
 * A refused form has written nothing (validation and the proof-of-work check come before the write,
 * which is one transaction), so Next's second run of it is the first to count.
 */
import "server-only";
import { randomBytes } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { commonHeaders, pageContentSecurityPolicy } from "@/lib/security/headers.js";
import { signFromForm } from "@/lib/petitions/sign-form";
import { isWellFormedActionPost } from "@/lib/security/action-form";
import { clientIpFrom } from "@/lib/security/client-ip";
import { isSameSiteActionPost, requestOrigin } from "@/lib/security/origin";
import { paths } from "@/lib/urls";
import { headerReader, type NextHandler, readBody, replay } from "./io";
import { signActionId } from "./sign-action";

// The sign form with a comment of 2,000 characters is well under this; a larger post is not the form.
const MAX_FORM_BYTES = 64 * 1024;
const COMMON_HEADERS = commonHeaders as { key: string; value: string }[];

function json(value: FormDataEntryValue | null): unknown {
  if (typeof value !== "string") return undefined;
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
}

/** The form React renders for `signAction.bind(null, locale, slug)`, and no other action. */
function isSignForm(form: FormData, locale: string, slug: string, actionId: string): boolean {
  const actionFields = [...form.keys()].filter((k) => k.startsWith("$ACTION_"));
  const expected = new Set(["$ACTION_REF_1", "$ACTION_1:0", "$ACTION_1:1", "$ACTION_KEY"]);
  if (!actionFields.every((k) => expected.has(k)) || !form.has("$ACTION_REF_1")) return false;
  const meta = json(form.get("$ACTION_1:0")) as { id?: unknown; bound?: unknown } | undefined;
  const bound = json(form.get("$ACTION_1:1"));
  return meta?.id === actionId && meta.bound === "$@1" && Array.isArray(bound) && bound[0] === locale && bound[1] === slug;
}

export async function signFormFast(
  req: IncomingMessage,
  res: ServerResponse,
  locale: string,
  slug: string,
  next: NextHandler,
): Promise<void> {
  const type = req.headers["content-type"] ?? "";
  const length = Number(req.headers["content-length"]);
  const headers = headerReader(req);
  const actionId = signActionId();
  if (
    !actionId ||
    req.headers["next-action"] !== undefined ||
    !type.toLowerCase().startsWith("multipart/form-data") ||
    !(length > 0 && length <= MAX_FORM_BYTES) ||
    !isSameSiteActionPost(headers) // Next refuses it (proxy.ts), missing Origin included.
  ) {
    return next(req, res);
  }
  const body = await readBody(req, MAX_FORM_BYTES);
  if (!body) return next(replay(req, Buffer.alloc(0)), res);
  let form: FormData;
  try {
    form = await new Response(new Uint8Array(body), {
      headers: { "content-type": type },
    }).formData();
  } catch {
    return next(replay(req, body), res);
  }
  if (!isWellFormedActionPost(form) || !isSignForm(form, locale, slug, actionId)) return next(replay(req, body), res);
  const state = await signFromForm(locale, slug, form, clientIpFrom(headers), requestOrigin(headers));
  if (state.status !== "ok") return next(replay(req, body), res);
  for (const { key, value } of COMMON_HEADERS) res.setHeader(key, value);
  res.writeHead(303, {
    location: paths.petitionThanks(locale, state.result),
    "cache-control": "no-cache, no-store, max-age=0, must-revalidate",
    "content-security-policy": pageContentSecurityPolicy(randomBytes(16).toString("base64")),
    "set-cookie": `NEXT_LOCALE=${locale}; Path=/; SameSite=lax`,
    "content-length": 0,
  });
  res.end();
}
