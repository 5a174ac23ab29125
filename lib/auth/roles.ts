/**
 * Roles and what each may do. Instance admins may do everything; within a campaign,
 * owners manage it and its people, editors write content, moderators clean signatures.
 * "campaign.publish" is the owner's say over an approved campaign (take it down, put it back up)
 * and over submitting it for approval: putting a campaign live the first time is an instance
 * admin's approval (lib/organise/campaign-status.ts). Any member may preview its draft pages.
 */
export const CAMPAIGN_ROLES = ["owner", "editor", "moderator"] as const;
export type CampaignRole = (typeof CAMPAIGN_ROLES)[number];

/** The campaign itself: seeing it, editing its page, putting it up or down, its people, its history. */
const CAMPAIGN_PERMISSIONS = {
  "campaign.view": ["owner", "editor", "moderator"],
  "campaign.edit": ["owner", "editor"],
  "campaign.publish": ["owner"],
  "campaign.members": ["owner"],
  "audit.view": ["owner"],
} as const;

/** What it publishes: the petition, news, letters, the directory, planned actions. */
const CONTENT_PERMISSIONS = {
  "petition.edit": ["owner", "editor"],
  "news.edit": ["owner", "editor"],
  "news.send": ["owner", "editor"],
  "letters.edit": ["owner", "editor"],
  "directory.edit": ["owner", "editor"],
  "actions.edit": ["owner", "editor"],
} as const;

/** What supporters sent: signatures and report-backs. */
const SUPPORTER_PERMISSIONS = {
  "signatures.view": ["owner", "editor", "moderator"],
  "signatures.moderate": ["owner", "moderator"],
  "signatures.export": ["owner"],
  "reports.moderate": ["owner", "editor", "moderator"],
} as const;

export const PERMISSIONS = {
  ...CAMPAIGN_PERMISSIONS,
  ...CONTENT_PERMISSIONS,
  ...SUPPORTER_PERMISSIONS,
} as const satisfies Record<string, readonly CampaignRole[]>;

export type Permission = keyof typeof PERMISSIONS;

export function roleAllows(role: CampaignRole | null | undefined, permission: Permission, isAdmin = false): boolean {
  if (isAdmin) return true;
  return !!role && (PERMISSIONS[permission] as readonly CampaignRole[]).includes(role);
}
