/**
 * The sign action's id, which the no-JavaScript sign form carries (lib/hot/sign-form.ts), looked up
 * in the build's manifest of server actions. Without it the form still works, through Next, but the
 * hot path is off: the start-up check (lib/hot/front-door.ts) says so loudly rather than let it pass.
 */
import "server-only";
import fs from "node:fs";
import path from "node:path";
import { complainLoudly } from "@picket/front-door";

/** The action React names in the form: the petition page's `signAction`. */
export const SIGN_ACTION = {
  file: "app/[locale]/petitions/[slug]/sign-actions.ts",
  name: "signAction",
};

export const MANIFEST = path.join(".next", "server", "server-reference-manifest.json");

export type SignActionLookup = { id: string } | { id: null; why: string };

/** Reads the manifest at `file` (relative: to the working directory). */
export function lookUpSignAction(file: string = MANIFEST): SignActionLookup {
  let manifest: { node?: Record<string, { filename?: string; exportedName?: string }> };
  try {
    manifest = JSON.parse(fs.readFileSync(path.resolve(file), "utf8"));
  } catch (err) {
    return { id: null, why: `the manifest ${file} could not be read (${err instanceof Error ? err.message : String(err)})` };
  }
  const found = Object.entries(manifest?.node ?? {}).find(([, a]) => a?.filename === SIGN_ACTION.file && a?.exportedName === SIGN_ACTION.name);
  if (found) return { id: found[0] };
  return { id: null, why: `the manifest ${file} has no ${SIGN_ACTION.name} in ${SIGN_ACTION.file} (moved or renamed? update SIGN_ACTION in lib/hot/sign-action.ts)` };
}

let cached: string | null | undefined;

/** The id, looked up once (null: not found, so no fast path); a failed look-up is reported loudly. */
export function signActionId(file?: string): string | null {
  if (cached !== undefined) return cached;
  const found = lookUpSignAction(file);
  if (found.id === null) {
    complainLoudly("HOT SIGN FORM IS OFF: the no-JavaScript sign form goes through Next (slower, same answers)", [
      `Why: ${found.why}.`,
      "The front door cannot recognise the form's post without the sign action's id.",
    ]);
  }
  cached = found.id;
  return cached;
}

/** For tests: forget the looked-up id. */
export function forgetSignActionId(): void {
  cached = undefined;
}
