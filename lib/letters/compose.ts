/**
 * Composing a letter: template + recipient + sender + date → one letter model. Every output (the
 * HTML preview, plain text, PDF, DOCX, the mailto link) is drawn from this model, so they cannot
 * disagree. Pure: no server-only imports, so the browser may use it too.
 *
 * What people type is plain text, never Markdown: in the body, merge fields become placeholders
 * before the organiser's Markdown is parsed and the values go into the parsed text afterwards, so
 * a sender called "**Bob** <script>" is printed exactly so.
 */
import { Marked, type Token, type Tokens } from "marked";
import { fillMergeFields, MERGE_FIELDS, mergeTokens, type MergeField, type MergeValues } from "./merge-fields";
import { paperFor, type Paper } from "./paper";

export interface LetterTemplateText {
  language: string;
  subject: string;
  salutation: string;
  body: string;
  signOff: string;
}

export interface LetterRecipient {
  name?: string;
  title?: string;
  organisation?: string;
  addressLines: string[];
  email?: string;
  /** ISO 3166-1 alpha-2: decides the paper size. */
  country?: string;
  /** The country's name in the letter's language. */
  countryName?: string;
}

export interface LetterSender {
  name: string;
  organisation?: string;
  role?: string;
  city?: string;
  addressLines: string[];
  email?: string;
}

export interface Signatory {
  name: string;
  role?: string;
  organisation?: string;
}

/** Words the letter needs in its own language (not the reader's). */
export interface LetterPhrases {
  /** The salutation when no recipient field has a value, e.g. "Dear Sir or Madam,". */
  neutralSalutation: string;
}

export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** A link target (http, https or mailto only); the address is also printed after the text. */
  href?: string;
}

export type Block =
  | { kind: "paragraph"; runs: Run[]; quote?: boolean }
  | { kind: "list"; ordered: boolean; start: number; items: Run[][] };

export interface Letter {
  language: string;
  paper: Paper;
  senderLines: string[];
  date: string;
  recipientLines: string[];
  recipientEmail?: string;
  subject: string;
  salutation: string;
  blocks: Block[];
  signOff: string;
  signatories: Signatory[];
}

export interface ComposeInput {
  template: LetterTemplateText;
  recipient: LetterRecipient;
  sender: LetterSender;
  coSignatories?: Signatory[];
  date: Date;
  phrases: LetterPhrases;
}

export function composeLetter(input: ComposeInput): Letter {
  const { template, recipient, sender } = input;
  const date = formatLetterDate(input.date, template.language);
  const values: MergeValues = {
    "recipient.name": clean(recipient.name),
    "recipient.title": clean(recipient.title),
    "recipient.organisation": clean(recipient.organisation),
    "recipient.address": recipient.addressLines.map(clean).filter(Boolean).join(", "),
    "recipient.country": clean(recipient.countryName),
    "sender.name": clean(sender.name),
    "sender.organisation": clean(sender.organisation),
    "sender.role": clean(sender.role),
    "sender.city": clean(sender.city),
    date,
  };
  const plain = (text: string) => tidy(fillMergeFields(text, (f) => values[f]));
  return {
    language: template.language,
    paper: paperFor(recipient.country),
    senderLines: senderLines(sender),
    date,
    recipientLines: recipientLines(recipient),
    recipientEmail: recipient.email || undefined,
    subject: plain(template.subject),
    salutation: salutation(template.salutation, values, input.phrases),
    blocks: bodyBlocks(template.body, values),
    signOff: plain(template.signOff),
    signatories: [
      { name: values["sender.name"], role: clean(sender.role) || undefined, organisation: clean(sender.organisation) || undefined },
      ...(input.coSignatories ?? []),
    ],
  };
}

export function formatLetterDate(date: Date, language: string): string {
  const options = { dateStyle: "long", timeZone: "UTC" } as const;
  try {
    return new Intl.DateTimeFormat(language, options).format(date);
  } catch {
    return new Intl.DateTimeFormat("en", options).format(date);
  }
}

/** One co-signatory per line: "Name, role, organisation" (the organisation may contain commas). */
export function parseSignatories(text: string | undefined): Signatory[] {
  return (text ?? "")
    .split(/\r?\n/)
    .map((line) => line.split(",").map((part) => part.trim()))
    .filter(([name]) => name)
    .map(([name, role, ...organisation]) => ({ name, role: role || undefined, organisation: organisation.join(", ") || undefined }));
}

// Values are single-line plain text; the private-use characters are the body's placeholders.
function clean(value: string | undefined): string {
  return (value ?? "").replace(/[\uE000\uE001]/g, "").replace(/\s+/g, " ").trim();
}

function tidy(text: string): string {
  return text.replace(/[ \t]+/g, " ").replace(/ +([,.;:!?])/g, "$1").trim();
}

function senderLines(sender: LetterSender): string[] {
  const address = sender.addressLines.map(clean).filter(Boolean);
  const city = clean(sender.city);
  const lines = [clean(sender.organisation) || clean(sender.name), ...address];
  if (city && !address.some((l) => l.toLowerCase().includes(city.toLowerCase()))) lines.push(city);
  if (sender.email) lines.push(clean(sender.email));
  return lines.filter(Boolean);
}

function recipientLines(r: LetterRecipient): string[] {
  const address = r.addressLines.map(clean).filter(Boolean);
  const country = clean(r.countryName);
  const lines = [clean(r.name), clean(r.title), clean(r.organisation), ...address];
  if (country && address.length && address.at(-1)!.toLowerCase() !== country.toLowerCase()) lines.push(country);
  return lines.filter(Boolean);
}

/**
 * The salutation must read well whatever the directory knows: a missing name is replaced by the
 * title ("Dear Ambassador of …,"), and with no recipient value at all the whole salutation
 * becomes the language's neutral one ("Dear Sir or Madam,").
 */
function salutation(template: string, values: MergeValues, phrases: LetterPhrases): string {
  const used = mergeTokens(template)
    .map((t) => t.name)
    .filter((n): n is MergeField => n.startsWith("recipient."));
  const v = { ...values };
  if (used.includes("recipient.name") && !v["recipient.name"]) {
    v["recipient.name"] = v["recipient.title"];
    v["recipient.title"] = "";
  }
  if (used.length > 0 && used.every((f) => !v[f])) return phrases.neutralSalutation;
  return tidy(fillMergeFields(template, (f) => v[f]));
}

const marked = new Marked({ gfm: true, breaks: false, async: false });
const PLACEHOLDER = /\uE000(\d+)\uE001/g;
const SAFE_HREF = /^(https?:|mailto:)/i;

function bodyBlocks(body: string, values: MergeValues): Block[] {
  const source = fillMergeFields(body.replace(/[\uE000\uE001]/g, ""), (f) => `\uE000${MERGE_FIELDS.indexOf(f)}\uE001`);
  const fill = (text: string) => text.replace(PLACEHOLDER, (_, i: string) => values[MERGE_FIELDS[Number(i)]] ?? "");
  return blocksOf(marked.lexer(source), fill, false);
}

function blocksOf(tokens: Token[], fill: (t: string) => string, quote: boolean): Block[] {
  const blocks: Block[] = [];
  const paragraph = (runs: Run[]) => {
    if (runs.some((r) => r.text.trim())) blocks.push(quote ? { kind: "paragraph", runs, quote } : { kind: "paragraph", runs });
  };
  for (const token of tokens) {
    switch (token.type) {
      case "paragraph":
        paragraph(runsOf(token.tokens ?? [], fill));
        break;
      case "heading":
        paragraph(runsOf(token.tokens ?? [], fill, { bold: true }));
        break;
      case "list": {
        const list = token as Tokens.List;
        const items: Run[][] = [];
        for (const item of list.items) items.push(...listItem(item, fill));
        blocks.push({ kind: "list", ordered: list.ordered, start: typeof list.start === "number" ? list.start : 1, items });
        break;
      }
      case "blockquote":
        blocks.push(...blocksOf((token as Tokens.Blockquote).tokens, fill, true));
        break;
      case "code":
        paragraph([{ text: fill(token.text) }]);
        break;
      case "space":
      case "hr":
      case "html":
      case "def":
        break;
      default:
        paragraph([{ text: fill("text" in token && typeof token.text === "string" ? token.text : token.raw) }]);
    }
  }
  return blocks;
}

// A nested list is flattened into its parent: a letter has no use for outline levels.
function listItem(item: Tokens.ListItem, fill: (t: string) => string): Run[][] {
  const own: Run[] = [];
  const nested: Run[][] = [];
  for (const child of item.tokens) {
    if (child.type === "list") for (const sub of (child as Tokens.List).items) nested.push(...listItem(sub, fill));
    else if (child.type === "text" || child.type === "paragraph") {
      if (own.length) own.push({ text: " " });
      own.push(...runsOf((child as Tokens.Text).tokens ?? [{ type: "text", raw: child.raw, text: child.text } as Token], fill));
    }
  }
  return [merge(own), ...nested].filter((runs) => runs.length > 0);
}

function runsOf(tokens: Token[], fill: (t: string) => string, style: Omit<Run, "text"> = {}): Run[] {
  const runs: Run[] = [];
  const push = (text: string, s: Omit<Run, "text"> = style) => runs.push({ ...s, text });
  for (const t of tokens) {
    switch (t.type) {
      case "text":
        if ("tokens" in t && t.tokens?.length) runs.push(...runsOf(t.tokens, fill, style));
        else push(fill(t.text.replace(/\s*\n\s*/g, " ")));
        break;
      case "escape":
      case "codespan":
        push(fill(t.text));
        break;
      case "strong":
        runs.push(...runsOf(t.tokens ?? [], fill, { ...style, bold: true }));
        break;
      case "em":
        runs.push(...runsOf(t.tokens ?? [], fill, { ...style, italic: true }));
        break;
      case "del":
        runs.push(...runsOf(t.tokens ?? [], fill, style));
        break;
      case "br":
        push("\n");
        break;
      case "link": {
        const link = t as Tokens.Link;
        const href = fill(link.href);
        const label = runsOf(link.tokens ?? [], fill, SAFE_HREF.test(href) ? { ...style, href } : style);
        runs.push(...label);
        const shown = href.replace(/^mailto:/i, "");
        if (label.map((r) => r.text).join("").trim() !== shown) push(` (${shown})`);
        break;
      }
      case "image":
        push(fill(t.text));
        break;
      case "html":
        break;
      default:
        push(fill(t.raw));
    }
  }
  return merge(runs);
}

function merge(runs: Run[]): Run[] {
  const out: Run[] = [];
  for (const r of runs) {
    if (!r.text) continue;
    const last = out.at(-1);
    if (last && last.bold === r.bold && last.italic === r.italic && last.href === r.href) last.text += r.text;
    else out.push({ ...r });
  }
  return out;
}
