/**
 * Languages a letter can be written in: the ISO 639-1 codes, named in the reader's language by
 * the runtime (Intl.DisplayNames), so no list of names has to be kept here.
 */
const ISO_639_1 =
  "aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu";

export const LETTER_LANGUAGES: readonly string[] = ISO_639_1.split(" ");

export function isLetterLanguage(code: string): boolean {
  return LETTER_LANGUAGES.includes(code);
}

export function languageName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: "language", fallback: "code" }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Every language as a select option, sorted by its name in `locale`. */
export function languageOptions(locale: string): { value: string; label: string }[] {
  const collator = new Intl.Collator(locale);
  return LETTER_LANGUAGES.map((code) => ({ value: code, label: `${languageName(code, locale)} (${code})` })).sort((a, b) =>
    collator.compare(a.label, b.label),
  );
}
