/**
 * Country names as a letter writes them. Names come from CLDR through the runtime's
 * Intl.DisplayNames (every language), with i18n-iso-countries' official name where CLDR's short
 * form is a menu label rather than prose ("Congo - Kinshasa", "Hong Kong SAR China"). On top of
 * that only what CLDR cannot give: the English definite article ("the United Kingdom") and the
 * Russian case forms (lib/letters/russian-cases.ts).
 */
import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json";
import kk from "i18n-iso-countries/langs/kk.json";
import ru from "i18n-iso-countries/langs/ru.json";
import { russianCase, type RussianCase } from "./russian-cases";

countries.registerLocale(en);
countries.registerLocale(ru);
countries.registerLocale(kk);

// CLDR's short names disambiguate for menus: "Congo - Kinshasa", "Myanmar (Burma)", "Hong Kong SAR China".
const MENU_FORM = / [-–—] |\(|\bSAR\b|\(САР\)/;

/** The country's name in `language` as prose uses it (no article, nominative). */
export function countryNameIn(code: string, language: string): string {
  const upper = code.toUpperCase();
  let name: string | undefined;
  try {
    name = new Intl.DisplayNames([language], { type: "region", fallback: "none" }).of(upper);
  } catch {
    name = undefined;
  }
  const official = countries.getName(upper, language, { select: "official" });
  if (!name || name === upper || MENU_FORM.test(name)) name = official ?? name;
  if (!name) return countries.getName(upper, "en", { select: "official" }) ?? upper;
  if (language === "en") name = name.replace(/ & /g, " and ").replace(/^St\. /, "Saint ");
  if (language === "ru") name = name.replace(/\bо-ва\b/g, "острова").replace(/\bо-в\b/g, "остров");
  return name;
}

/**
 * English short names that take "the" in running text: plural names and names that are a
 * common-noun phrase (… Republic, … Kingdom, United …, … Islands), as in the UN's list of member
 * states' short names (UNTERM: "the Netherlands", "the Philippines", "the Gambia",
 * "the United Kingdom"), and the few singular ones that list gives with "the".
 */
const ENGLISH_THE =
  /^(United |Republic |Democratic |Federated |Central African|Dominican Republic|Czech Republic|Holy See|Vatican)|( Republic| Kingdom| Islands| Emirates| Federation| States| Territories| Territory)$|^(Netherlands|Philippines|Bahamas|Maldives|Comoros|Seychelles|Gambia|Sudan)$/;

export function englishNeedsArticle(name: string): boolean {
  return ENGLISH_THE.test(name);
}

/** Forms a template can ask for: the name in a sentence, and in Russian its case forms. */
export type CountryForm = "sentence" | RussianCase;

/** "the United Kingdom" / "Великобритания" / "Великобритании" (prepositional) — as a sentence of `language` needs it. */
export function countryInSentence(code: string, language: string, form: CountryForm = "sentence"): string {
  const name = countryNameIn(code, language);
  if (language === "en") return englishNeedsArticle(name) ? `the ${name}` : name;
  if (language === "ru" && form !== "sentence") return russianCase(name, form);
  return name;
}

/**
 * The language the post office of `country` reads: CLDR's most likely language for the territory
 * (Intl.Locale#maximize), e.g. DE → de, CA → en, KZ → ru. English when unknown.
 */
export function postalLanguage(country: string | undefined): string {
  if (!country) return "en";
  try {
    return new Intl.Locale("und", { region: country.toUpperCase() }).maximize().language;
  } catch {
    return "en";
  }
}

const allNames = new Map<string, Set<string>>();

/** Every name of the country we know (CLDR in several languages, ISO official and aliases), lower case. */
function namesOf(code: string): Set<string> {
  const upper = code.toUpperCase();
  let names = allNames.get(upper);
  if (!names) {
    names = new Set<string>();
    const languages = ["en", "ru", "kk", "de", "fr", "es", "it", "nl", "pt", "sv", "pl", "tr", postalLanguage(upper)];
    for (const lang of languages) {
      names.add(countryNameIn(upper, lang).toLowerCase());
      for (const n of countries.getName(upper, lang, { select: "all" }) ?? []) names.add(n.toLowerCase());
    }
    names.add(upper.toLowerCase());
    allNames.set(upper, names);
  }
  return names;
}

/** Whether an address line is just the name of `country` (in any language we know), e.g. "Germany", "GERMANY", "Германия". */
export function isCountryLine(line: string, code: string): boolean {
  const norm = line.trim().replace(/[.,]$/, "").replace(/\s+/g, " ").toLowerCase();
  return namesOf(code).has(norm) || namesOf(code).has(norm.replace(/^the /, ""));
}
