/**
 * Who is asking, and may they? Every organiser page, action and route calls these itself;
 * nothing relies on the proxy.
 */
import "server-only";
import { cache } from "react";
import { getCampaignById } from "@/db/queries/campaigns";
import { findUserById, getMembership } from "@/db/queries/users";
import { AppError } from "@/lib/errors";
import { auth } from "./auth";
import { roleAllows, type CampaignRole, type Permission } from "./roles";

export interface Organiser {
  id: string;
  email: string;
  name: string | null;
  isAdmin: boolean;
  /** The IANA zone the organiser works in (UTC until they choose one). */
  timeZone: string;
}

/** Once per request: the workspace layout and its page both ask, and each ask reads the session row. */
export const currentOrganiser = cache(async (): Promise<Organiser | null> => {
  const session = await auth();
  const id = (session?.user as { id?: string } | undefined)?.id;
  if (!id) return null;
  const user = findUserById(id);
  return user ? { id: user.id, email: user.email, name: user.name, isAdmin: user.isAdmin, timeZone: user.timeZone ?? "UTC" } : null;
});

/** For actions and routes: the signed-in organiser, or an "unauthenticated" error. */
export async function requireOrganiser(): Promise<Organiser> {
  const organiser = await currentOrganiser();
  if (!organiser) throw new AppError("unauthenticated");
  return organiser;
}

export function campaignRole(organiser: Organiser, campaignId: number): CampaignRole | null {
  return getMembership(campaignId, organiser.id)?.role ?? null;
}

export function can(organiser: Organiser, campaignId: number, permission: Permission): boolean {
  return roleAllows(campaignRole(organiser, campaignId), permission, organiser.isAdmin);
}

/** The signed-in organiser, if allowed `permission` on the campaign; otherwise an AppError. */
export async function requireCampaignPermission(campaignId: number, permission: Permission) {
  const organiser = await requireOrganiser();
  const role = campaignRole(organiser, campaignId);
  if (!roleAllows(role, permission, organiser.isAdmin)) throw new AppError("forbidden", `${permission} on ${campaignId}`);
  return { organiser, role };
}

/** The campaign an action works on, after checking the caller may do `permission` there. */
export async function requireCampaign(campaignId: number, permission: Permission) {
  const { organiser, role } = await requireCampaignPermission(campaignId, permission);
  const campaign = getCampaignById(campaignId);
  if (!campaign) throw new AppError("not_found", `campaign ${campaignId}`);
  return { organiser, role, campaign };
}
