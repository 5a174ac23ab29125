/**
 * Who a letter goes to: a directory entry chosen by country, or a recipient the activist typed.
 * A country's main entry is the one of the template's kind (an embassy letter goes to the
 * embassy, not the consulate); its other entries stay selectable by their own names.
 */
import type { Mission, RecipientKind } from "@/db/schema";
import { countryName } from "@/lib/i18n/countries";
import type { LetterRecipient } from "./compose";
import type { LetterRequest } from "./schemas";

export interface RecipientChoice {
  value: string;
  label: string;
  mission: Mission;
}

export function recipientChoices(missions: Mission[], kind: RecipientKind, locale: string): RecipientChoice[] {
  const byCountry = new Map<string, Mission[]>();
  for (const m of missions) byCountry.set(m.hostCountry, [...(byCountry.get(m.hostCountry) ?? []), m]);
  const choices: RecipientChoice[] = [];
  for (const [country, entries] of byCountry) {
    const name = countryName(country, locale);
    const [main, ...others] = [...entries].sort((a, b) => Number(b.kind === kind) - Number(a.kind === kind) || a.id - b.id);
    choices.push({ value: country, label: name, mission: main });
    for (const m of others) choices.push({ value: `${country}:${m.id}`, label: `${name} — ${m.name}`, mission: m });
  }
  const collator = new Intl.Collator(locale);
  return choices.sort((a, b) => collator.compare(a.label, b.label));
}

export function findRecipientChoice(value: string, missions: Mission[], kind: RecipientKind): Mission | undefined {
  return recipientChoices(missions, kind, "en").find((c) => c.value === value)?.mission;
}

export function recipientFromMission(m: Mission): LetterRecipient {
  return {
    name: m.headName ?? undefined,
    title: m.headTitle ?? undefined,
    organisation: m.name,
    addressLines: m.addressLines ?? [],
    email: m.email ?? undefined,
    country: m.hostCountry,
    addressForm: m.addressForm ?? undefined,
  };
}

export function recipientFromRequest(data: LetterRequest): LetterRecipient {
  return {
    name: data.recipientName,
    title: data.recipientTitle,
    organisation: data.recipientOrganisation,
    addressLines: (data.recipientAddress ?? "").split(/\r?\n/),
    email: data.recipientEmail,
    country: data.recipientCountry,
  };
}
