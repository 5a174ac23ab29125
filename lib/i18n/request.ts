/** Per-request i18n configuration for next-intl: the locale from the URL and its messages. */
import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { catalogues } from "./catalogues";
import { routing } from "./routing";

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return {
    locale,
    messages: catalogues[locale],
  };
});
