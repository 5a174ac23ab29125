/**
 * Russian case forms of country names, for the `{{recipient.country.<case>}}` merge fields
 * ("посольство в Великобритании", "граждан Германии"). Nouns are declined by RussianNounsJS
 * (npm `russian-nouns-js`, MIT, a maintained rule-based decliner); it declines nouns only, so the
 * regular adjective endings of multi-word names ("Соединённые Штаты", "Южная Корея") are added
 * here, from the standard paradigms (Розенталь, «Справочник по правописанию и стилистике», §
 * склонение прилагательных). What cannot be declined by rule is left as it is, which Russian
 * grammar requires anyway for foreign names ending in -о, -е, -и, -у, -ю and for abbreviations
 * ("в Того", "в США"): a name is never guessed wrong, at worst left in the nominative.
 */
import RussianNouns from "russian-nouns-js";

export const RUSSIAN_CASES = ["genitive", "dative", "accusative", "instrumental", "prepositional"] as const;
export type RussianCase = (typeof RUSSIAN_CASES)[number];

const engine = new RussianNouns.Engine();
const CASE = {
  genitive: RussianNouns.Case.GENITIVE,
  dative: RussianNouns.Case.DATIVE,
  accusative: RussianNouns.Case.ACCUSATIVE,
  instrumental: RussianNouns.Case.INSTRUMENTAL,
  prepositional: RussianNouns.Case.PREPOSITIONAL,
} as const;

type Gender = "feminine" | "masculine" | "neuter" | "plural";

// Adjective endings by gender (hard stem -ый/-ая/-ое/-ые, soft or after к/г/х/ж/ш/ч/щ -ий/-яя/-ие).
const ADJECTIVE: Record<string, { gender: Gender; forms: Record<RussianCase, string> }> = {
  ая: { gender: "feminine", forms: { genitive: "ой", dative: "ой", accusative: "ую", instrumental: "ой", prepositional: "ой" } },
  яя: { gender: "feminine", forms: { genitive: "ей", dative: "ей", accusative: "юю", instrumental: "ей", prepositional: "ей" } },
  ый: { gender: "masculine", forms: { genitive: "ого", dative: "ому", accusative: "ый", instrumental: "ым", prepositional: "ом" } },
  ой: { gender: "masculine", forms: { genitive: "ого", dative: "ому", accusative: "ой", instrumental: "ым", prepositional: "ом" } },
  ий: { gender: "masculine", forms: { genitive: "ого", dative: "ому", accusative: "ий", instrumental: "им", prepositional: "ом" } },
  ое: { gender: "neuter", forms: { genitive: "ого", dative: "ому", accusative: "ое", instrumental: "ым", prepositional: "ом" } },
  ые: { gender: "plural", forms: { genitive: "ых", dative: "ым", accusative: "ые", instrumental: "ыми", prepositional: "ых" } },
  ие: { gender: "plural", forms: { genitive: "их", dative: "им", accusative: "ие", instrumental: "ими", prepositional: "их" } },
};

function adjectiveEnding(word: string) {
  const end = word.slice(-2).toLowerCase();
  const entry = ADJECTIVE[end];
  // "-ий" after к/г/х declines like a hard stem: "Великий" → "Великого".
  return entry && word.length > 3 && /[а-яё]/i.test(word) ? { end, ...entry } : undefined;
}

// The forms the rules above cannot tell, with the dictionary's word for them (Зализняк,
// «Грамматический словарь русского языка»): Нидерланды, -ов and острова, -ов (m. pl.); Израиль, -я (m.).
// Other plural names of islands (Филиппины, Багамы, Мальдивы, Коморы) have a bare genitive.
const GENDER_OF: Record<string, Gender | "masculinePlural"> = { Нидерланды: "masculinePlural", Острова: "masculinePlural", Израиль: "masculine" };

function nounGender(word: string): Gender | "masculinePlural" | undefined {
  if (GENDER_OF[word]) return GENDER_OF[word];
  if (/[оеиуюэ]$/i.test(word) || /^[А-ЯЁ]{2,}$/.test(word)) return undefined; // indeclinable
  if (/[ыи]$/i.test(word)) return "plural";
  if (/[ая]$/i.test(word)) return "feminine";
  if (/[бвгджзклмнпрстфхцчшщй]$/i.test(word)) return "masculine";
  return undefined; // -ь: gender cannot be told from the form
}

function declineNoun(word: string, gender: Gender | "masculinePlural", grammaticalCase: RussianCase): string {
  const plural = gender === "plural" || gender === "masculinePlural";
  const base = gender === "masculinePlural" ? "masculine" : gender === "plural" ? "feminine" : gender;
  const lemma = RussianNouns.createLemma({
    text: word,
    gender: RussianNouns.Gender[base.toUpperCase() as "FEMININE" | "MASCULINE" | "NEUTER"],
    pluraleTantum: plural,
  });
  return engine.decline(lemma, CASE[grammaticalCase])[0] ?? word;
}

/**
 * `name` (nominative, as CLDR or ISO data give it) in `grammaticalCase`: the adjectives before the
 * head noun and the head noun are declined, what follows it is a genitive or a name and stays
 * ("Республике Корея", "Островах Кука"). Unchanged if it cannot be declined by rule.
 */
export function russianCase(name: string, grammaticalCase: RussianCase): string {
  if (/[—(),]/.test(name)) return name;
  const words = name.split(" ");
  const headAt = words.findIndex((w) => !adjectiveEnding(w));
  if (headAt < 0) return name;
  const head = words[headAt];
  const adjectives = words.slice(0, headAt);
  const endings = adjectives.map((a) => adjectiveEnding(a)!);
  const own = nounGender(head);
  const gender = endings.length ? (own === "plural" || own === "masculinePlural" ? own : endings[0].gender) : own;
  if (!gender || (endings.length && own === undefined && gender !== "neuter")) return name;
  const noun =
    // Accusative of inanimate masculine, neuter and plural nouns is the nominative ("в Казахстан", "в Нидерланды").
    grammaticalCase === "accusative" && gender !== "feminine"
      ? head
      : grammaticalCase === "genitive" && gender === "plural" && !adjectives.length && head.endsWith("ы")
        ? head.slice(0, -1) // "Филиппин", "Багам" (the library would say "-ов")
        : declineNoun(head, gender, grammaticalCase);
  const adjs = adjectives.map((a, i) => a.slice(0, -2) + endings[i].forms[grammaticalCase]);
  return [...adjs, noun, ...words.slice(headAt + 1)].join(" ");
}
