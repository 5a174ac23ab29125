/**
 * Guards for organiser pages: not signed in → the sign-in page (coming back afterwards);
 * signed in without the permission → 404, so nobody learns what exists.
 */
import "server-only";
import { notFound, redirect } from "next/navigation";
import { getCampaignById } from "@/db/queries/campaigns";
import { roleAllows, type Permission } from "./roles";
import { campaignRole, currentOrganiser, type Organiser } from "./session";

export async function organiserPage(locale: string, returnTo: string): Promise<Organiser> {
  const organiser = await currentOrganiser();
  if (!organiser) redirect(`/${locale}/organise/sign-in?${new URLSearchParams({ callbackUrl: returnTo })}`);
  return organiser;
}

export async function campaignPage(locale: string, campaignId: string, permission: Permission, returnTo: string) {
  const organiser = await organiserPage(locale, returnTo);
  const id = Number(campaignId);
  const campaign = Number.isInteger(id) && id > 0 ? getCampaignById(id) : undefined;
  if (!campaign) notFound();
  const role = campaignRole(organiser, campaign.id);
  if (!roleAllows(role, permission, organiser.isAdmin)) notFound();
  return { organiser, campaign, role };
}
