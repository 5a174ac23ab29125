/**
 * The recipient's address block: name, title, organisation, address lines, and the country line
 * once, in the language of the country the letter is posted in (the Universal Postal Union's
 * rule for the destination country; CLDR gives the names). A country line already typed into the
 * directory's address ("Germany", "Германия", "GERMANY") is dropped, and so is any line that
 * repeats an earlier one.
 */
import { countryNameIn, isCountryLine, postalLanguage } from "./country-names";

export interface AddressBlockInput {
  name?: string;
  title?: string;
  organisation?: string;
  addressLines: string[];
  /** ISO 3166-1 alpha-2 of the recipient. */
  country?: string;
  /** Where the letter is posted (the sender's country); the recipient's country when unknown. */
  postedIn?: string;
}

const squash = (s: string | undefined) => (s ?? "").replace(/[\uE000\uE001]/g, "").replace(/\s+/g, " ").trim();
const key = (s: string) => s.toLowerCase().replace(/[.,;]+$/, "");

export function recipientAddressBlock(r: AddressBlockInput): string[] {
  const address = r.addressLines.map(squash).filter(Boolean);
  const street = r.country ? address.filter((line) => !isCountryLine(line, r.country!)) : address;
  const lines: string[] = [];
  const seen = new Set<string>();
  for (const line of [squash(r.name), squash(r.title), squash(r.organisation), ...street]) {
    if (line && !seen.has(key(line))) {
      seen.add(key(line));
      lines.push(line);
    }
  }
  if (r.country && street.length) lines.push(countryNameIn(r.country, postalLanguage(r.postedIn ?? r.country)));
  return lines;
}
