/** The part of RussianNounsJS (npm `russian-nouns-js`, which ships no types) that Picket uses. */
declare module "russian-nouns-js" {
  type Gender = string & { readonly __gender: unique symbol };
  type Case = string & { readonly __case: unique symbol };
  interface Lemma {
    readonly text: string;
  }
  const RussianNouns: {
    Gender: { FEMININE: Gender; MASCULINE: Gender; NEUTER: Gender; COMMON: Gender };
    Case: { NOMINATIVE: Case; GENITIVE: Case; DATIVE: Case; ACCUSATIVE: Case; INSTRUMENTAL: Case; PREPOSITIONAL: Case; LOCATIVE: Case };
    createLemma(options: { text: string; gender: Gender; pluraleTantum?: boolean; indeclinable?: boolean; animate?: boolean }): Lemma;
    Engine: new () => { decline(lemma: Lemma, grammaticalCase: Case): string[] };
  };
  export default RussianNouns;
}
