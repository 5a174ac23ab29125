/**
 * ISO 3166-1 alpha-2 codes alone, for validation in the browser: importing the localised names
 * (lib/i18n/countries.ts) there would ship both catalogues to every supporter's phone.
 */
import codes from "i18n-iso-countries/codes.json";

const ALPHA2 = new Set((codes as string[][]).map((row) => row[0]));

export function isCountryCode(code: string): boolean {
  return ALPHA2.has(code);
}
