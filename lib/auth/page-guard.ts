/**
 * Guards for organiser pages: not signed in → the sign-in page (coming back afterwards);
 * signed in without the permission → 404, so nobody learns what exists. `openOrganiserPage` and
 * `openCampaignPage` are the whole start of such a page: locale, guard and translations.
 */
import "server-only";
import { notFound, redirect } from "next/navigation";
import { openPage } from "@/lib/i18n/page";
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
  const campaign = foundById(campaignId, getCampaignById);
  const role = campaignRole(organiser, campaign.id);
  if (!roleAllows(role, permission, organiser.isAdmin)) notFound();
  return { organiser, campaign, role };
}

/** `/<locale>/` + the route pattern with its `[segments]` filled in from the params. */
function returnPath(route: { locale: string } & Record<string, string>, pattern: string): string {
  return `/${route.locale}/${pattern.replace(/\[(\w+)\]/g, (_, name: string) => route[name] ?? "")}`;
}

/**
 * The start of a signed-in organiser's page. `pattern` is the page's route below the locale, as in
 * its folder (`"organise/admin/campaigns/[campaignId]/decline"`): where sign-in comes back to.
 */
export async function openOrganiserPage<P extends { locale: string } & Record<string, string>>(params: Promise<P>, pattern: string, namespace: string) {
  const page = await openPage(params, namespace);
  const organiser = await organiserPage(page.locale, returnPath(page, pattern));
  return { ...page, organiser };
}

/** The same for an instance admin's page: anyone else gets a 404. */
export async function openAdminPage<P extends { locale: string } & Record<string, string>>(params: Promise<P>, pattern: string, namespace: string) {
  const page = await openOrganiserPage(params, pattern, namespace);
  if (!page.organiser.isAdmin) notFound();
  return page;
}

/** The same for a page inside one campaign's workspace, which also needs `permission` there (else 404). */
export async function openCampaignPage<P extends { locale: string; campaignId: string } & Record<string, string>>(
  params: Promise<P>,
  permission: Permission,
  pattern: string,
  namespace: string,
) {
  const page = await openPage(params, namespace);
  const guarded = await campaignPage(page.locale, page.campaignId, permission, returnPath(page, pattern));
  return { ...page, ...guarded };
}

/** A record named by a route segment (`"12"`), or 404 when the segment is not a positive whole number or nothing is found. */
export function foundById<T>(segment: string, load: (id: number) => T | undefined): T {
  const id = Number(segment);
  const found = Number.isInteger(id) && id > 0 ? load(id) : undefined;
  if (!found) notFound();
  return found;
}
