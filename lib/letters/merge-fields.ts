/**
 * Merge fields of letter templates: the one list of what may appear between {{ and }}, how to
 * find them (inner spaces tolerated), and the checks run when a template is saved. A misspelt
 * field is refused with the closest valid one as a suggestion, so a letter never goes out with
 * "{{recipient.nmae}}" in it.
 */
import { errorWithParams } from "@/lib/validation/error-params";

export const MERGE_FIELDS = [
  "recipient.name",
  "recipient.title",
  "recipient.organisation",
  "recipient.address",
  "recipient.country",
  // The country in a Russian case, for templates that need one ("в {{recipient.country.prepositional}}");
  // the same as {{recipient.country}} in other languages.
  "recipient.country.genitive",
  "recipient.country.dative",
  "recipient.country.accusative",
  "recipient.country.instrumental",
  "recipient.country.prepositional",
  /** The diplomatic salutation for the recipient's form of address, e.g. "Your Excellency,". */
  "recipient.salutation",
  "sender.name",
  "sender.organisation",
  "sender.role",
  "sender.city",
  "date",
] as const;
export type MergeField = (typeof MERGE_FIELDS)[number];
export type MergeValues = Record<MergeField, string>;

export function isMergeField(name: string): name is MergeField {
  return (MERGE_FIELDS as readonly string[]).includes(name);
}

/** A well-formed `{{ name }}` and where it is; `name` may still be unknown. */
export interface MergeToken {
  start: number;
  end: number;
  name: string;
}

export type MergeProblem =
  | { kind: "unknown"; token: string; suggestion?: MergeField }
  | { kind: "unclosed"; snippet: string }
  | { kind: "unopened"; snippet: string }
  | { kind: "singleBraces"; token: string; suggestion: MergeField };

const TOKEN = /\{\{([^{}]*)\}\}/g;

export function mergeTokens(text: string): MergeToken[] {
  return [...text.matchAll(TOKEN)].map((m) => ({ start: m.index, end: m.index + m[0].length, name: m[1].trim() }));
}

/** Every problem in `text`, in reading order. */
export function mergeProblems(text: string): MergeProblem[] {
  const problems: { at: number; problem: MergeProblem }[] = [];
  for (const t of mergeTokens(text)) {
    if (!isMergeField(t.name)) problems.push({ at: t.start, problem: { kind: "unknown", token: `{{${t.name}}}`, suggestion: closestField(t.name) } });
  }
  // What is left once the well-formed tokens are blanked out: stray braces.
  const rest = text.replace(TOKEN, (m) => " ".repeat(m.length));
  for (const m of rest.matchAll(/\{\{/g)) {
    problems.push({ at: m.index, problem: { kind: "unclosed", snippet: text.slice(m.index, m.index + 30).split("\n")[0] } });
  }
  for (const m of rest.matchAll(/\}\}/g)) {
    problems.push({ at: m.index, problem: { kind: "unopened", snippet: text.slice(Math.max(0, m.index - 28), m.index + 2).split("\n").at(-1)! } });
  }
  // "{recipient.name}" is almost certainly meant as a field; plain braces in prose are left alone.
  for (const m of rest.matchAll(/(?<!\{)\{\s*([A-Za-z_]+[.][A-Za-z_]+|date)\s*\}(?!\})/g)) {
    const suggestion = closestField(m[1]);
    if (suggestion) problems.push({ at: m.index, problem: { kind: "singleBraces", token: m[0], suggestion } });
  }
  return problems.sort((a, b) => a.at - b.at).map((p) => p.problem);
}

/** The error code a form shows for a problem (`errors.mergeField*`), with its values. */
export function mergeProblemCode(problem: MergeProblem): string {
  switch (problem.kind) {
    case "unknown":
      return problem.suggestion
        ? errorWithParams("mergeFieldUnknownSuggest", { field: problem.token, suggestion: `{{${problem.suggestion}}}` })
        : errorWithParams("mergeFieldUnknown", { field: problem.token });
    case "unclosed":
      return errorWithParams("mergeFieldUnclosed", { snippet: problem.snippet, close: "}}" });
    case "unopened":
      return errorWithParams("mergeFieldUnopened", { snippet: problem.snippet, open: "{{" });
    case "singleBraces":
      return errorWithParams("mergeFieldSingleBraces", { field: problem.token, suggestion: `{{${problem.suggestion}}}` });
  }
}

/** Replaces every known field by its value; the caller decides how values are escaped. */
export function fillMergeFields(text: string, value: (field: MergeField) => string): string {
  return text.replace(TOKEN, (whole, inner: string) => {
    const name = inner.trim();
    return isMergeField(name) ? value(name) : whole;
  });
}

/**
 * The valid field a typo most likely meant: same letters in another case or separator, a close
 * edit distance, or the bare last part ("name" → recipient.name). Nothing if no field is close.
 */
export function closestField(typed: string): MergeField | undefined {
  const norm = (s: string) => s.toLowerCase().replace(/[\s_\-]+/g, "").replace(/[:]/g, ".");
  const t = norm(typed);
  if (!t) return undefined;
  let best: MergeField | undefined;
  let bestDistance = Infinity;
  for (const field of MERGE_FIELDS) {
    const d = editDistance(t, norm(field));
    if (d < bestDistance) {
      best = field;
      bestDistance = d;
    }
  }
  if (best && bestDistance <= Math.max(2, Math.floor(t.length / 3))) return best;
  return MERGE_FIELDS.find((f) => f.split(".").at(-1) === t || f.replace(".", "") === t);
}

// Damerau-Levenshtein (optimal string alignment): a swapped pair of letters counts as one typo.
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}
