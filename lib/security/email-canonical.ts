/**
 * Email canonicalisation: the form of an address used to tell whether two signatures
 * come from the same person. Never used as a delivery address.
 */

// Providers that ignore dots in the local part and deliver `+tag` to the base address.
const DOT_AND_TAG_INSENSITIVE = new Set(["gmail.com", "googlemail.com"]);
const DOMAIN_ALIASES: Record<string, string> = { "googlemail.com": "gmail.com" };
// Providers known to deliver `+tag` to the base address but keep dots significant.
const TAG_INSENSITIVE = new Set([
  "outlook.com",
  "hotmail.com",
  "live.com",
  "icloud.com",
  "me.com",
  "proton.me",
  "protonmail.com",
  "fastmail.com",
  "yahoo.com",
  "yandex.ru",
  "ya.ru",
]);

export function canonicaliseEmail(email: string): string {
  const trimmed = email.trim().toLowerCase();
  const at = trimmed.lastIndexOf("@");
  if (at <= 0) return trimmed;
  let local = trimmed.slice(0, at);
  let domain = trimmed.slice(at + 1).replace(/\.+$/, "");
  domain = DOMAIN_ALIASES[domain] ?? domain;
  if (DOT_AND_TAG_INSENSITIVE.has(domain)) {
    local = local.split("+")[0].replaceAll(".", "");
  } else if (TAG_INSENSITIVE.has(domain)) {
    local = local.split("+")[0];
  }
  return `${local}@${domain}`;
}
