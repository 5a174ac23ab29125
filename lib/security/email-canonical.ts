/**
 * Email canonicalisation: the form of an address used to tell whether two signatures come from the
 * same person (one person, one signature, as the UK Parliament's petitions site counts). Never used
 * as a delivery address. Pure: the rules in force come from lib/security/identity-settings.ts.
 *
 * By default `+anything` in the local part is ignored for every domain (almost every provider
 * delivers it to the base address) and dots are ignored for Gmail, whose other domain is an alias.
 * An instance admin edits the rule of any domain: keep or strip `+…`, strip dots, or treat the
 * domain as an alias of another (whose rule then applies).
 */

export interface EmailDomainRule {
  /** Lower-case domain, e.g. "gmail.com". */
  domain: string;
  stripPlus: boolean;
  stripDots: boolean;
  /** Counted as this domain (one hop: the target's own rule applies, never its alias). */
  aliasOf: string | null;
}

/** What a domain without a rule of its own gets. */
export const DEFAULT_DOMAIN_RULE = { stripPlus: true, stripDots: false } as const;

export const DEFAULT_EMAIL_RULES: readonly EmailDomainRule[] = [
  { domain: "gmail.com", stripPlus: true, stripDots: true, aliasOf: null },
  { domain: "googlemail.com", stripPlus: true, stripDots: true, aliasOf: "gmail.com" },
];

export function canonicaliseEmail(email: string, rules: readonly EmailDomainRule[] = DEFAULT_EMAIL_RULES): string {
  const trimmed = email.trim().toLowerCase();
  const at = trimmed.lastIndexOf("@");
  if (at <= 0) return trimmed;
  let local = trimmed.slice(0, at);
  let domain = trimmed.slice(at + 1).replace(/\.+$/, "");
  const ruleOf = (d: string) => rules.find((r) => r.domain === d);
  const own = ruleOf(domain);
  if (own?.aliasOf) domain = own.aliasOf;
  const rule = (own?.aliasOf ? ruleOf(domain) : own) ?? DEFAULT_DOMAIN_RULE;
  if (rule.stripPlus) {
    const plus = local.indexOf("+");
    // "+tag@…" with nothing before the plus keeps its local part: there is no base address to fold into.
    if (plus > 0) local = local.slice(0, plus);
  }
  if (rule.stripDots) local = local.replaceAll(".", "") || local;
  return `${local}@${domain}`;
}
