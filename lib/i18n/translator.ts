/**
 * A translator usable outside a request (emails, the dispatcher, scripts),
 * reading the same message catalogues as the site.
 */
import { createTranslator } from "next-intl";
import { catalogues } from "./catalogues";
import { isLocale, defaultLocale, type Locale } from "./locales";

export function translatorFor<N extends string>(locale: string, namespace: N) {
  const l: Locale = isLocale(locale) ? locale : defaultLocale;
  // next-intl's types expect a literal namespace of the catalogue; emails pass known ones.
  return createTranslator({ locale: l, messages: catalogues[l], namespace: namespace as never }) as unknown as (
    key: string,
    values?: Record<string, string | number | Date>,
  ) => string;
}
