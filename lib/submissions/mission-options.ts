/** The campaign's directory as the report and planned-action forms offer it: grouped by host country. */
import "server-only";
import { listMissionsForCampaign } from "@/db/queries/missions";
import { countryName } from "@/lib/i18n/countries";

export function missionGroups(campaignId: number, locale: string) {
  const groups = new Map<string, { country: string; label: string; missions: { id: number; name: string }[] }>();
  for (const m of listMissionsForCampaign(campaignId)) {
    let group = groups.get(m.hostCountry);
    if (!group) groups.set(m.hostCountry, (group = { country: m.hostCountry, label: countryName(m.hostCountry, locale), missions: [] }));
    group.missions.push({ id: m.id, name: m.name });
  }
  const collator = new Intl.Collator(locale);
  return [...groups.values()].sort((a, b) => collator.compare(a.label, b.label));
}
