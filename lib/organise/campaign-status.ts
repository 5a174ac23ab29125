/**
 * Who may put a campaign in which state: the launch rules, as pure functions (no database), so the
 * schema, the actions, the pages and the unit tests share one answer.
 *
 * A campaign starts as a draft. Only an instance admin puts a campaign live the first time: any other
 * organiser submits it ("submitted", awaiting approval) and an admin approves it (live) or declines it
 * with a reason ("declined", still hidden; its owner may edit it and submit it again). Once approved,
 * its owners may take it down (archived, or back to draft) and put it back up without asking again.
 * Nobody but an admin can put a never-approved campaign on the home page, whatever role they hold
 * elsewhere.
 */
import { roleAllows, type CampaignRole } from "../auth/roles";

export const CAMPAIGN_STATUSES = ["draft", "submitted", "declined", "live", "archived"] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];

/** The states the campaign form offers; "submitted" and "declined" are reached by their own actions. */
export const FORM_STATUSES = ["draft", "live", "archived"] as const satisfies readonly CampaignStatus[];

/** Only a live campaign is public; every other state answers the public with the same 404 as no campaign. */
export function isPublicCampaignStatus(status: CampaignStatus): boolean {
  return status === "live";
}

export interface StatusActor {
  role: CampaignRole | null | undefined;
  isAdmin: boolean;
}

/** Approved by an admin once (campaigns live or archived before approvals existed count as approved). */
export function hasBeenApproved(campaign: { status: CampaignStatus; approvedAt: Date | null }): boolean {
  return campaign.approvedAt !== null || campaign.status === "live" || campaign.status === "archived";
}

/**
 * May `actor` move the campaign from its current status to `to` through the campaign form?
 * Keeping the status is always allowed (to whoever may edit at all).
 */
export function mayChangeStatus(actor: StatusActor, campaign: { status: CampaignStatus; approvedAt: Date | null }, to: CampaignStatus): boolean {
  if (to === campaign.status) return true;
  // Declining needs a reason and an email: only the review action does it.
  if (to === "declined") return false;
  if (to === "submitted") return mayRequestApproval(actor, campaign);
  if (actor.isAdmin) return true;
  if (!roleAllows(actor.role, "campaign.publish")) return false;
  switch (to) {
    case "live":
      return hasBeenApproved(campaign);
    case "archived":
      return campaign.status === "live";
    case "draft":
      // Withdrawing a submission, or taking a live one down to work on it.
      return true;
  }
  return false;
}

/** The status a new campaign may be created with: admins choose; everyone else starts a draft. */
export function mayCreateWithStatus(actor: { isAdmin: boolean }, status: CampaignStatus): boolean {
  return actor.isAdmin || status === "draft";
}

/** Whether the owner may ask an admin to approve it: a draft or a declined campaign never approved. */
export function mayRequestApproval(actor: StatusActor, campaign: { status: CampaignStatus; approvedAt: Date | null }): boolean {
  if (!roleAllows(actor.role, "campaign.publish", actor.isAdmin)) return false;
  return (campaign.status === "draft" || campaign.status === "declined") && !hasBeenApproved(campaign);
}

/** Approving or declining: instance admins only, and only a campaign that awaits it. */
export function mayReview(actor: { isAdmin: boolean }, campaign: { status: CampaignStatus }): boolean {
  return actor.isAdmin && campaign.status === "submitted";
}

/** The statuses the form offers this actor for this campaign (or for a new one). */
export function formStatusOptions(actor: StatusActor, campaign?: { status: CampaignStatus; approvedAt: Date | null }): CampaignStatus[] {
  if (!campaign) return FORM_STATUSES.filter((s) => mayCreateWithStatus(actor, s));
  const options: CampaignStatus[] = FORM_STATUSES.filter((s) => mayChangeStatus(actor, campaign, s));
  return options.includes(campaign.status) ? options : [campaign.status, ...options];
}
