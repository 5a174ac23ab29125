/**
 * ISO 3166-1 alpha-2 country codes (shared by the browser and the server) and their
 * localised names (for the server to render lists and labels).
 */
import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json";
import ru from "i18n-iso-countries/langs/ru.json";

countries.registerLocale(en);
countries.registerLocale(ru);

const CODES = new Set(Object.keys(countries.getAlpha2Codes()));

export function isCountryCode(code: string): boolean {
  return CODES.has(code);
}

export function countryName(code: string, locale: string): string {
  return countries.getName(code, locale, { select: "official" }) ?? countries.getName(code, "en") ?? code;
}

export interface CountryOption {
  code: string;
  name: string;
}

export function countryOptions(locale: string): CountryOption[] {
  const names = countries.getNames(locale, { select: "official" });
  return Object.entries(names)
    .map(([code, name]) => ({ code, name }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
}
