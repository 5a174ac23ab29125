/**
 * Draft previews: a campaign's members (any role) and instance admins see its pages that are not public
 * yet (the campaign while it is a draft, submitted or declined; a draft petition; a draft letter template)
 * exactly as the public will, under a "Draft preview" banner. Everyone else gets the same 404 as for a
 * page that does not exist.
 *
 * Only asked after the public lookup found nothing, so a public page never reads the session. A preview
 * reads the session cookie: the page micro-cache (lib/hot/page-cache.ts) neither serves nor stores a
 * request with a session cookie, its own fills carry no cookie (so they store the public 404, never a
 * preview), and Next answers a page that read cookies with `private, no-store`. Preview pages carry
 * `noindex`. Signing, writing and downloading still go through the public lookups, which refuse drafts.
 */
import "server-only";
import type { Metadata } from "next";
import { getCampaignBySlugAnyStatus } from "@/db/queries/campaigns";
import { getLetterTemplateAnyStatus } from "@/db/queries/letters";
import { getPetitionBySlugAnyStatus } from "@/db/queries/petitions";
import { roleAllows } from "@/lib/auth/roles";
import { campaignRole, currentOrganiser } from "@/lib/auth/session";

/** Search engines must not index a preview, nor follow its links. */
export const PREVIEW_METADATA: Metadata = { robots: { index: false, follow: false } };

async function mayPreview(campaignId: number): Promise<boolean> {
  const organiser = await currentOrganiser();
  if (!organiser) return false;
  return roleAllows(campaignRole(organiser, campaignId), "campaign.view", organiser.isAdmin);
}

/** The campaign, for its member's preview; undefined for everyone else (and for a slug that does not exist). */
export async function previewCampaign(slug: string) {
  const campaign = getCampaignBySlugAnyStatus(slug);
  return campaign && (await mayPreview(campaign.id)) ? campaign : undefined;
}

/** The petition and its campaign, for a member's preview. */
export async function previewPetition(slug: string) {
  const found = getPetitionBySlugAnyStatus(slug);
  return found && (await mayPreview(found.campaign.id)) ? found : undefined;
}

/** The letter template and its campaign, for a member's preview. */
export async function previewLetterTemplate(templateId: number) {
  const found = getLetterTemplateAnyStatus(templateId);
  return found && (await mayPreview(found.campaign.id)) ? found : undefined;
}
