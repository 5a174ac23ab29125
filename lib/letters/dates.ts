/**
 * The date on a letter: the letter's language, written as the sender's country writes it (CLDR
 * through Intl): "3 December 2026" (en-GB), "December 3, 2026" (en-US), "3 декабря 2026 г." (ru),
 * "2026 ж. 3 желтоқсан" (kk). English from a country CLDR has no English data for, or from an
 * unknown country, is written day-month-year like en-GB ("international English").
 */
export function letterDateLocale(language: string, senderCountry?: string): string {
  const fallback = language === "en" ? "en-GB" : language;
  if (!senderCountry) return fallback;
  const candidate = `${language}-${senderCountry.toUpperCase()}`;
  try {
    const resolved = new Intl.DateTimeFormat(candidate).resolvedOptions().locale;
    return resolved === candidate ? candidate : fallback;
  } catch {
    return fallback;
  }
}

export function formatLetterDate(date: Date, language: string, senderCountry?: string): string {
  const options = { dateStyle: "long", timeZone: "UTC" } as const;
  try {
    return new Intl.DateTimeFormat(letterDateLocale(language, senderCountry), options).format(date);
  } catch {
    return new Intl.DateTimeFormat("en-GB", options).format(date);
  }
}
