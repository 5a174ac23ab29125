/**
 * Composing a letter: template + recipient + sender + date → one letter model. Every output (the
 * HTML preview, plain text, PDF, DOCX, the mailto link) is drawn from this model, so they cannot
 * disagree. Pure: no server-only imports, so the browser may use it too.
 * The pieces live by concern: body.ts (the Markdown body), address.ts (the address block),
 * country-names.ts (countries in sentences), dates.ts, salutations.ts.
 */
import type { AddressForm } from "@/lib/address-forms";
import type { RecipientKind } from "@/lib/recipient-kinds";
import { recipientAddressBlock } from "./address";
import { bodyBlocks } from "./body";
import { countryInSentence } from "./country-names";
import { formatLetterDate } from "./dates";
import { fillMergeFields, mergeTokens, type MergeField, type MergeValues } from "./merge-fields";
import { paperFor, type Paper } from "./paper";
import { RUSSIAN_CASES } from "./russian-cases";
import { defaultAddressForm, salutationFor } from "./salutations";

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
  /** ISO 3166-1 alpha-2: decides the paper size and the country's name in the letter. */
  country?: string;
  /** How to greet them (the directory's form of address); read from kind, name and title when unset. */
  addressForm?: AddressForm;
}

export interface LetterSender {
  name: string;
  organisation?: string;
  role?: string;
  city?: string;
  /** ISO 3166-1 alpha-2: decides how the date is written and the language of the address's country line. */
  country?: string;
  addressLines: string[];
  email?: string;
}

export interface Signatory {
  name: string;
  role?: string;
  organisation?: string;
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
  /** The template's kind of recipient, for the default form of address. */
  recipientKind?: RecipientKind;
}

export function composeLetter(input: ComposeInput): Letter {
  const { template, recipient, sender } = input;
  const language = template.language;
  const posted = sender.country ?? recipient.country;
  const date = formatLetterDate(input.date, language, posted);
  const country = (form?: (typeof RUSSIAN_CASES)[number]) => (recipient.country ? countryInSentence(recipient.country, language, form) : "");
  const form = recipient.addressForm ?? defaultAddressForm(input.recipientKind, recipient.name, recipient.title);
  const values: MergeValues = {
    "recipient.name": clean(recipient.name),
    "recipient.title": clean(recipient.title),
    "recipient.organisation": clean(recipient.organisation),
    "recipient.address": recipient.addressLines.map(clean).filter(Boolean).join(", "),
    "recipient.country": country(),
    ...(Object.fromEntries(RUSSIAN_CASES.map((c) => [`recipient.country.${c}`, country(c)])) as Record<`recipient.country.${(typeof RUSSIAN_CASES)[number]}`, string>),
    "recipient.salutation": salutationFor(language, form),
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
    recipientLines: recipientAddressBlock({ ...recipient, postedIn: posted }),
    recipientEmail: recipient.email || undefined,
    subject: plain(template.subject),
    salutation: salutation(template.salutation, values, salutationFor(language, "neutral")),
    blocks: bodyBlocks(template.body, values),
    signOff: plain(template.signOff),
    signatories: [
      { name: values["sender.name"], role: clean(sender.role) || undefined, organisation: clean(sender.organisation) || undefined },
      ...(input.coSignatories ?? []),
    ],
  };
}

export { formatLetterDate };

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

/**
 * The salutation: `{{recipient.salutation}}` is the diplomatic one for the recipient's form of
 * address ("Your Excellency,"); a template that writes its own must still read well whatever the
 * directory knows: a missing name is replaced by the title, and with no recipient value at all
 * the whole salutation becomes the language's neutral one ("Dear Sir or Madam,").
 */
function salutation(template: string, values: MergeValues, neutral: string): string {
  const used = mergeTokens(template)
    .map((t) => t.name)
    .filter((n): n is MergeField => n.startsWith("recipient."));
  const v = { ...values };
  if (used.includes("recipient.name") && !v["recipient.name"]) {
    v["recipient.name"] = v["recipient.title"];
    v["recipient.title"] = "";
  }
  if (used.length > 0 && used.every((f) => !v[f])) return neutral;
  return tidy(fillMergeFields(template, (f) => v[f]));
}

