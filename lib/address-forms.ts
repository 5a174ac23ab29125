/**
 * How a letter greets a recipient (a directory entry's "form of address"). Plain constants (no
 * server imports) so db/schema, the entry form's schema and the letter model share one list.
 */
export const ADDRESS_FORMS = ["excellency", "ambassador", "charge", "consulGeneral", "neutral"] as const;
export type AddressForm = (typeof ADDRESS_FORMS)[number];
