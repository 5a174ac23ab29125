/**
 * Every action the audit log can record. recordAudit accepts only these codes, and each one has a
 * sentence in every language (messages/<locale>/audit.json, checked by tests/unit/audit-sentences.test.ts),
 * so the log always reads as sentences, never as codes.
 */
export const AUDIT_ACTIONS = [
  "admin.add",
  "campaign.create",
  "campaign.update",
  "comment.hide",
  "comment.show",
  "delivery_pack.download",
  "directory.create",
  "directory.update",
  "directory.delete",
  "directory.import",
  "instance.limits",
  "instance.ipv6_prefix",
  "instance.email_rule",
  "letter_template.create",
  "letter_template.update",
  "letter_template.delete",
  "member.invite",
  "member.remove",
  "news.publish",
  "petition.create",
  "petition.update",
  "planned_action.create",
  "planned_action.edit",
  "planned_action.delete",
  "planned_action.approve",
  "planned_action.reject",
  "report.create",
  "report.edit",
  "report.approve",
  "report.reject",
  "report.photo.remove",
  "signatures.export",
  "signatures.invalidate",
  "signatures.restore",
  "campaign.submit",
  "campaign.approve",
  "campaign.decline",
  "signatures.release",
  "signatures.unrelease",
  "planned_action.place",
  "report.place",
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** The catalogue key of an action's sentence: dots are path separators in next-intl, so they become underscores. */
export const auditSentenceKey = (action: string): string =>
  (AUDIT_ACTIONS as readonly string[]).includes(action) ? action.replaceAll(".", "_") : "unknown";
