/** How two spellings of one city's name are compared: case, diacritics and punctuation do not count. */

/** Lower case, no diacritics, punctuation and runs of spaces as one space: "Saint-Étienne" → "saint etienne". */
export function normalizeCityName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/ß/g, "ss")
    .replace(/[\p{P}\p{S}\s]+/gu, " ")
    .trim();
}
