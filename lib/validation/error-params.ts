/**
 * Error codes that carry values for their message, e.g. which merge field is wrong. A field error
 * stays one string (what zod issues and `FieldErrors` hold): `code?name=value&...`, decoded by the
 * form that translates it (`errors.<code>` with the values).
 */
export function errorWithParams(code: string, params: Record<string, string>): string {
  const query = new URLSearchParams(params).toString();
  return query ? `${code}?${query}` : code;
}

export function parseErrorCode(error: string): { code: string; params: Record<string, string> } {
  const at = error.indexOf("?");
  if (at < 0) return { code: error, params: {} };
  return { code: error.slice(0, at), params: Object.fromEntries(new URLSearchParams(error.slice(at + 1))) };
}
