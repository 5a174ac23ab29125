/**
 * The instance admin's identity rules, kept in instance_meta like the abuse limits: the IPv6 prefix
 * length a client is counted by, and the per-domain email rules (lib/security/email-canonical.ts).
 * Read on every fingerprint from the database (parsed again only when the stored text changed), so
 * every process agrees at once; every change is audited with the value before it.
 * New rules apply to new signatures; `npm run signatures:refingerprint` recomputes stored ones.
 */
import "server-only";
import { z } from "zod";
import { readSetting, writeSetting } from "@/db/queries/abuse";
import { recordAudit } from "@/db/queries/audit";
import { getDb } from "@/db/client";
import { AppError } from "@/lib/errors";
import type { AuditAction } from "@/lib/organise/audit-actions";
import { DEFAULT_EMAIL_RULES, type EmailDomainRule } from "./email-canonical";
import { IPV6_PREFIX_DEFAULT, isValidIpv6Prefix } from "./ip-prefix";

const PREFIX_KEY = "identity.ipv6Prefix";
const RULES_KEY = "identity.emailRules";

const ruleSchema = z.object({
  domain: z.string().min(1),
  stripPlus: z.boolean(),
  stripDots: z.boolean(),
  aliasOf: z.string().min(1).nullable(),
});

export function currentIpv6Prefix(): number {
  const raw = readSetting(PREFIX_KEY);
  const n = raw === undefined ? NaN : Number(raw);
  return isValidIpv6Prefix(n) ? n : IPV6_PREFIX_DEFAULT;
}

let parsedRules: { raw: string; rules: readonly EmailDomainRule[] } | undefined;

/** The rules in force: the admin's list, or the defaults until an admin first saves one. */
export function currentEmailRules(): readonly EmailDomainRule[] {
  const raw = readSetting(RULES_KEY);
  if (!raw) return DEFAULT_EMAIL_RULES;
  if (parsedRules?.raw === raw) return parsedRules.rules;
  let rules: readonly EmailDomainRule[] = DEFAULT_EMAIL_RULES;
  try {
    const parsed = z.array(ruleSchema).safeParse(JSON.parse(raw));
    if (parsed.success) rules = parsed.data;
  } catch {
    // A damaged setting falls back to the defaults rather than failing every signature.
  }
  parsedRules = { raw, rules };
  return rules;
}

function audited(actorUserId: string | null, action: AuditAction, detail: Record<string, unknown>, write: (tx: Parameters<typeof writeSetting>[0]) => void) {
  getDb().transaction(
    (tx) => {
      write(tx);
      recordAudit(tx, { actorUserId, action, entityType: "instance", detail });
    },
    { behavior: "immediate" },
  );
}

export function updateIpv6Prefix(actorUserId: string | null, prefix: number): void {
  if (!isValidIpv6Prefix(prefix)) throw new AppError("malformed_input", "prefix", "ipv6Prefix");
  const before = currentIpv6Prefix();
  audited(actorUserId, "instance.ipv6_prefix", { before, after: prefix }, (tx) => writeSetting(tx, PREFIX_KEY, String(prefix)));
}

/** Adds or replaces the rule of one domain. An alias must point at a domain that is not itself an alias. */
export function saveEmailRule(actorUserId: string | null, rule: EmailDomainRule): void {
  const rules = currentEmailRules();
  if (rule.aliasOf) {
    const targetIsAlias = rules.some((r) => r.domain === rule.aliasOf && r.aliasOf);
    const othersPointHere = rules.some((r) => r.aliasOf === rule.domain && r.domain !== rule.domain);
    if (rule.aliasOf === rule.domain || targetIsAlias || othersPointHere) throw new AppError("aliasChain", rule.aliasOf, "aliasOf");
  }
  const before = rules.find((r) => r.domain === rule.domain) ?? null;
  const after = [...rules.filter((r) => r.domain !== rule.domain), rule].sort((a, b) => a.domain.localeCompare(b.domain));
  audited(actorUserId, "instance.email_rule", { domain: rule.domain, name: rule.domain, before, after: rule }, (tx) => writeSetting(tx, RULES_KEY, JSON.stringify(after)));
}

export function deleteEmailRule(actorUserId: string | null, domain: string): boolean {
  const rules = currentEmailRules();
  const before = rules.find((r) => r.domain === domain);
  if (!before) return false;
  const after = rules.filter((r) => r.domain !== domain);
  audited(actorUserId, "instance.email_rule", { domain, name: domain, before, after: null }, (tx) => writeSetting(tx, RULES_KEY, JSON.stringify(after)));
  return true;
}
