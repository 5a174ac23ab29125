/**
 * The shape of a server-action post, checked (by proxy.ts and the front door's sign form) before Next
 * decodes it, because Next answers what React cannot decode with a 500 where a 400 is due.
 *
 * - A no-JavaScript post: React encodes the action and its bound arguments into `$ACTION_<n>:<m>`
 *   fields. A forged encoding (invalid JSON, a missing `bound`, a reference to a part that is not
 *   there, a Map or FormData reference where none was bound, a bound argument of a megabyte) is refused.
 * - A call made as JavaScript does (a `next-action` header): the body is React's reply encoding,
 *   either one JSON text or multipart parts named by number (`0` is the root) plus the entries of
 *   any FormData argument (`<n>_<name>`). An empty or invalid body, a reference to a missing part, or
 *   a part too large to decode is refused.
 *
 * Picket's actions take and bind only plain values (strings, numbers, booleans, plain objects and
 * arrays, FormData), so anything else React could encode is refused too.
 */

/**
 * The largest JSON part accepted. React refuses arrays holding more than a million characters with an
 * error (a 500); Picket's largest legitimate part is the Markdown preview's argument (60,000
 * characters) or a form state echoing at most 2,000 characters per field.
 */
export const MAX_ACTION_PART_CHARS = 256 * 1024;

const ACTION_PART = /^\$ACTION_(\d+):(\d+)$/;
// React's escapes for plain values: "$$…" is a string starting with "$", the rest are special numbers,
// undefined, dates and bigints. References to other parts ("$@<hex>": a promise, "$<hex>": an outlined
// value, "$K<hex>": a FormData) are checked against the parts present.
const PLAIN_ESCAPE = /^\$(?:\$|undefined$|NaN$|Infinity$|-Infinity$|-0$|D\d|n-?\d{1,300}$)/;
const PART_REFERENCE = /^\$@?([0-9a-f]{1,8})$/;
const FORM_DATA_REFERENCE = /^\$K[0-9a-f]{1,8}$/;

interface References {
  /** Whether a part with this (decimal) id is present. */
  has(id: string): boolean;
  /** Whether FormData references may appear (only in a JavaScript call's multipart body). */
  formData: boolean;
}

function onlyPlainValues(value: unknown, refs: References): boolean {
  if (typeof value === "string") {
    if (!value.startsWith("$") || PLAIN_ESCAPE.test(value)) return true;
    const part = PART_REFERENCE.exec(value);
    if (part) return refs.has(String(parseInt(part[1], 16)));
    return refs.formData && FORM_DATA_REFERENCE.test(value);
  }
  if (Array.isArray(value)) return value.every((v) => onlyPlainValues(v, refs));
  if (value && typeof value === "object") return Object.values(value).every((v) => onlyPlainValues(v, refs));
  return true;
}

function parse(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
}

/** False when the post carries action fields React could not decode into plain values. */
export function isWellFormedActionPost(formData: FormData): boolean {
  for (const [name, value] of formData.entries()) {
    const part = ACTION_PART.exec(name);
    if (!part) continue;
    if (typeof value !== "string" || value.length > MAX_ACTION_PART_CHARS) return false;
    const decoded = parse(value);
    if (!decoded || typeof decoded !== "object") return false;
    const refs: References = { has: (id) => typeof formData.get(`$ACTION_${part[1]}:${id}`) === "string", formData: false };
    if (part[2] === "0") {
      const meta = decoded as { id?: unknown; bound?: unknown };
      if (typeof meta.id !== "string" || !("bound" in meta)) return false;
      if (meta.bound !== null && !(typeof meta.bound === "string" && meta.bound.startsWith("$@") && onlyPlainValues(meta.bound, refs))) return false;
    } else if (!onlyPlainValues(decoded, refs)) {
      return false;
    }
  }
  return true;
}

/**
 * False when a JavaScript server-action call's body (its text, or its multipart form data) is not an
 * encoding of plain values React can decode.
 */
export function isWellFormedActionCall(body: string | FormData, actionId?: string | null): boolean {
  // Next's ids are hex; an empty or odd one makes Next throw (a 500) before it says "not found".
  if (actionId !== undefined && !(typeof actionId === "string" && /^[0-9a-f]{2,100}$/.test(actionId))) return false;
  // Picket's field names are plain ASCII, and no browser sends a control character in a file's name;
  // Next's multipart parser fails (a 500) on some of those.
  if (typeof body !== "string") {
    for (const [name, value] of body.entries()) {
      if (!/^[\x20-\x7e]*$/.test(name)) return false;
      // Nor a file name of kilobytes: Next's parser refuses a part header over its size limit.
      if (typeof value !== "string" && (value.name.length > 1000 || /[\u0000-\u001f\u007f]/.test(value.name))) return false;
    }
  }
  const parts = typeof body === "string" ? new FormData() : body;
  const root = typeof body === "string" ? body : body.get("0");
  if (typeof root !== "string") return false;
  const refs: References = { has: (id) => typeof parts.get(id) === "string", formData: typeof body !== "string" };
  const seen = new Set<string>();
  const check = (id: string, text: string): boolean => {
    if (seen.has(id)) return true;
    seen.add(id);
    if (text.length > MAX_ACTION_PART_CHARS) return false;
    const decoded = parse(text);
    if (decoded === undefined || !onlyPlainValues(decoded, refs)) return false;
    return true;
  };
  if (!check("0", root)) return false;
  // The root is the list of arguments: Next calls the action with it (anything else is a TypeError, a 500).
  if (!Array.isArray(JSON.parse(root))) return false;
  for (const [name, value] of parts.entries()) {
    if (!/^\d+$/.test(name) || name === "0") continue;
    if (typeof value !== "string" || !check(name, value)) return false;
  }
  return true;
}
