/**
 * The start of a public submission page of a live campaign (report back, announce a protest):
 * locale, the campaign named by the slug (404 unless live), the page's translations, and the
 * country and mission lists its form offers.
 */
import "server-only";
import { notFound } from "next/navigation";
import { getLiveCampaignBySlug } from "@/db/queries/campaigns";
import { countryOptions } from "@/lib/i18n/countries";
import { openPage } from "@/lib/i18n/page";
import { missionGroups } from "@/lib/submissions/mission-options";

export async function openLiveCampaignPage(params: Promise<{ locale: string; slug: string }>, namespace: string) {
  const page = await openPage(params, namespace);
  const campaign = getLiveCampaignBySlug(page.slug);
  if (!campaign) notFound();
  return { ...page, campaign, formOptions: { countries: countryOptions(page.locale), missionGroups: missionGroups(campaign.id, page.locale) } };
}
