/**
 * Stored URLs shown as links: only http(s) becomes an href. The forms already refuse anything else,
 * but a row from an old import or a hand-edited database must not turn into a script link.
 */
export function httpLink(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:" ? url.href : undefined;
  } catch {
    return undefined;
  }
}
