/**
 * Turns a FormData (or any posted record) into plain strings for a zod schema, refusing
 * shapes a browser form never sends: repeated fields and files where text belongs.
 */
export type PlainFields = Record<string, string | undefined>;

export class MalformedInputError extends Error {
  readonly code = "malformed_input";
  constructor(readonly field: string) {
    super(`Malformed value for ${field}`);
  }
}

export function formDataFields(formData: FormData, names: readonly string[]): PlainFields {
  const out: PlainFields = {};
  for (const name of names) {
    const values = formData.getAll(name);
    if (values.length > 1) throw new MalformedInputError(name);
    const value = values[0];
    if (value === undefined) continue;
    if (typeof value !== "string") throw new MalformedInputError(name);
    out[name] = value;
  }
  return out;
}

/** The same rule for JSON bodies: only strings, booleans and numbers, never arrays or objects. */
export function jsonFields(body: unknown, names: readonly string[]): Record<string, unknown> {
  if (!body || typeof body !== "object" || Array.isArray(body)) throw new MalformedInputError("body");
  const out: Record<string, unknown> = {};
  for (const name of names) {
    const value = (body as Record<string, unknown>)[name];
    if (value === undefined || value === null) continue;
    if (!["string", "boolean", "number"].includes(typeof value)) throw new MalformedInputError(name);
    out[name] = value;
  }
  return out;
}
