/**
 * Paper size of a letter, from the recipient's country: US Letter where that is the office
 * standard (CLDR's "US-Letter" territories), A4 everywhere else and when the country is unknown.
 */
export const LETTER_PAPER_COUNTRIES = ["US", "CA", "MX", "BZ", "CL", "CO", "CR", "GT", "NI", "PA", "PH", "PR", "SV", "VE"] as const;

export type Paper = "A4" | "LETTER";

export function paperFor(country: string | null | undefined): Paper {
  return country && (LETTER_PAPER_COUNTRIES as readonly string[]).includes(country.toUpperCase()) ? "LETTER" : "A4";
}
