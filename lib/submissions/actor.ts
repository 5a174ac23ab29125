/**
 * An organiser acting within one campaign, with their role there. The submission (report and planned-action)
 * functions check the permission again themselves, whoever called them.
 */
import "server-only";
import type { Campaign } from "@/db/schema";
import { roleAllows, type CampaignRole, type Permission } from "@/lib/auth/roles";
import type { Organiser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";

export interface CampaignActor {
  organiser: Organiser;
  role: CampaignRole | null;
  campaign: Campaign;
}

export function assertMay(actor: CampaignActor, permission: Permission): void {
  if (!roleAllows(actor.role, permission, actor.organiser.isAdmin)) {
    throw new AppError("forbidden", `${permission} on campaign ${actor.campaign.id}`);
  }
}
