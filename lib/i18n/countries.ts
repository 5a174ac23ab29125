/** Localised country names, for the server to render lists and labels. */
import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json";
import ru from "i18n-iso-countries/langs/ru.json";

countries.registerLocale(en);
countries.registerLocale(ru);


export function countryName(code: string, locale: string): string {
  return countries.getName(code, locale, { select: "official" }) ?? countries.getName(code, "en") ?? code;
}

export interface CountryOption {
  code: string;
  name: string;
}

const optionsByLocale = new Map<string, CountryOption[]>();

/** All countries sorted by their name in `locale`; computed once per locale (sorting 250 names is not free). */
export function countryOptions(locale: string): CountryOption[] {
  let options = optionsByLocale.get(locale);
  if (!options) {
    const collator = new Intl.Collator(locale);
    options = Object.entries(countries.getNames(locale, { select: "official" }))
      .map(([code, name]) => ({ code, name }))
      .sort((a, b) => collator.compare(a.name, b.name));
    optionsByLocale.set(locale, options);
  }
  return options;
}
