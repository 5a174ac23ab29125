/**
 * The shape of a no-JavaScript server-action post, checked before Next decodes it. React encodes the
 * action and its bound arguments into `$ACTION_<n>:<m>` fields; Next answers a forged encoding it
 * cannot decode (invalid JSON, a missing `bound`, a Map or FormData reference where none was bound)
 * with a 500. Picket's forms bind only plain values (strings, numbers, booleans, plain objects and
 * arrays), so anything else is refused here with a 400.
 */
const ACTION_PART = /^\$ACTION_\d+:(\d+)$/;
// React's escapes for plain values: "$$…" is a string starting with "$", the rest are special numbers,
// undefined, dates, bigints and the promise that carries the bound arguments.
const PLAIN_REFERENCE = /^\$(?:\$|undefined$|NaN$|Infinity$|-Infinity$|-0$|D\d|n-?\d+$|@\d+$)/;

function onlyPlainValues(value: unknown): boolean {
  if (typeof value === "string") return !value.startsWith("$") || PLAIN_REFERENCE.test(value);
  if (Array.isArray(value)) return value.every(onlyPlainValues);
  if (value && typeof value === "object") return Object.values(value).every(onlyPlainValues);
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
    if (typeof value !== "string") return false;
    const decoded = parse(value);
    if (!decoded || typeof decoded !== "object") return false;
    if (part[1] === "0") {
      const meta = decoded as { id?: unknown; bound?: unknown };
      if (typeof meta.id !== "string" || !("bound" in meta)) return false;
      if (meta.bound !== null && !(typeof meta.bound === "string" && /^\$@\d+$/.test(meta.bound))) return false;
    } else if (!onlyPlainValues(decoded)) {
      return false;
    }
  }
  return true;
}
