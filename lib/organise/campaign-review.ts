/**
 * Launching a campaign: its owner submits it, an instance admin approves it (it goes live) or declines
 * it with a reason (it stays hidden). Each decision is one transaction: the status, the audit entry and
 * (for a decision) the email to the submitter in the outbox. The rules are in ./campaign-status.ts.
 */
import "server-only";
import { getDb } from "@/db/client";
import { recordAudit } from "@/db/queries/audit";
import { getCampaignById, updateCampaign } from "@/db/queries/campaigns";
import { enqueueEmail } from "@/db/queries/outbox";
import { findUserById } from "@/db/queries/users";
import type { Campaign } from "@/db/schema";
import type { Organiser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { isLocale } from "@/lib/i18n/locales";
import { kickDispatcher } from "@/lib/mail/dispatcher";
import { absoluteUrl, paths } from "@/lib/urls";
import { mayRequestApproval, mayReview } from "./campaign-status";
import type { CampaignRole } from "@/lib/auth/roles";

/** The owner asks an instance admin to approve the campaign. */
export function submitCampaign(organiser: Organiser, role: CampaignRole | null, campaignId: number, locale: string): Campaign {
  return getDb().transaction(
    (tx) => {
      const campaign = getCampaignById(campaignId);
      if (!campaign) throw new AppError("not_found", `campaign ${campaignId}`);
      if (!mayRequestApproval({ role, isAdmin: organiser.isAdmin }, campaign)) throw new AppError("forbidden", `submit ${campaign.status}`);
      const updated = updateCampaign(tx, campaign.id, {
        status: "submitted",
        submittedBy: organiser.id,
        submittedAt: new Date(),
        submittedLocale: isLocale(locale) ? locale : "en",
      })!;
      recordAudit(tx, { actorUserId: organiser.id, action: "campaign.submit", entityType: "campaign", entityId: campaign.id, campaignId: campaign.id });
      return updated;
    },
    { behavior: "immediate" },
  );
}

/** An instance admin approves (live) or declines (with a reason) a submitted campaign; the submitter is emailed. */
export function reviewCampaign(
  admin: Organiser,
  campaignId: number,
  decision: { approve: true } | { approve: false; reason: string },
): Campaign {
  const result = getDb().transaction(
    (tx) => {
      const campaign = getCampaignById(campaignId);
      if (!campaign) throw new AppError("not_found", `campaign ${campaignId}`);
      // Re-read inside the transaction: two admins deciding at once, only the first decision counts.
      if (!mayReview(admin, campaign)) throw new AppError(admin.isAdmin ? "campaign_not_awaiting" : "forbidden", `review ${campaign.status}`);
      const now = new Date();
      const updated = decision.approve
        ? updateCampaign(tx, campaign.id, { status: "live", approvedAt: now, reviewedAt: now, declineReason: null })!
        : updateCampaign(tx, campaign.id, { status: "declined", reviewedAt: now, declineReason: decision.reason })!;
      recordAudit(tx, {
        actorUserId: admin.id,
        action: decision.approve ? "campaign.approve" : "campaign.decline",
        entityType: "campaign",
        entityId: campaign.id,
        campaignId: campaign.id,
        detail: decision.approve ? { submittedBy: campaign.submittedBy } : { submittedBy: campaign.submittedBy, reason: decision.reason },
      });
      const submitter = campaign.submittedBy ? findUserById(campaign.submittedBy) : undefined;
      if (submitter) {
        const locale = campaign.submittedLocale && isLocale(campaign.submittedLocale) ? campaign.submittedLocale : "en";
        enqueueEmail({
          template: "campaign-review",
          recipient: submitter.email,
          locale,
          payload: {
            locale,
            decision: decision.approve ? "approved" : "declined",
            campaignTitle: campaign.title,
            url: decision.approve ? absoluteUrl(paths.campaign(locale, campaign.slug)) : absoluteUrl(`/${locale}/organise/campaigns/${campaign.id}`),
            ...(decision.approve ? {} : { reason: decision.reason }),
          },
        });
      }
      return updated;
    },
    { behavior: "immediate" },
  );
  kickDispatcher();
  return result;
}
