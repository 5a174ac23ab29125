/**
 * Kinds of recipient a letter template is written for; directory entries use the same kinds.
 * Plain constants (no server imports) so db/schema and browser-side schemas share one list.
 */
export const RECIPIENT_KINDS = ["embassy", "consulate", "ministry", "company", "other"] as const;
export type RecipientKind = (typeof RECIPIENT_KINDS)[number];
