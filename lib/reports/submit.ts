/**
 * "Tell us what you did": a report-back from anyone. Photos are stripped and stored first; then one
 * transaction writes the unconfirmed report, its photo rows and the confirmation email. It waits for
 * the contact email's confirmation before a moderator sees it.
 */
import "server-only";
import { getDb } from "@/db/client";
import { getMissionForCampaign } from "@/db/queries/missions";
import { enqueueEmail } from "@/db/queries/outbox";
import { insertReport } from "@/db/queries/reports";
import type { Campaign } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { placeColumns } from "@/lib/geo/gazetteer";
import { kickDispatcher } from "@/lib/mail/dispatcher";
import { spendSolution, type VerifiedSolution } from "@/lib/security/altcha";
import { assertSubmissionAllowed } from "@/lib/security/limits";
import { ipHash } from "@/lib/security/keyed-hash";
import { createToken, tokenExpiry } from "@/lib/security/tokens";
import { absoluteUrl, paths } from "@/lib/urls";
import type { ReportData } from "@/lib/validation/reports";
import { withStoredPhotos, type PostedPhotos } from "./photos";
import { SUBMISSION_NOTICE_VERSION } from "@/lib/petitions/consent";

export function assertLive(campaign: Pick<Campaign, "id" | "status">): void {
  if (campaign.status !== "live") throw new AppError("campaign_not_live", `campaign ${campaign.id}`);
}

/** A chosen directory entry must be one of this campaign's. */
export function assertMissionOf(campaignId: number, missionId: number | undefined): void {
  if (missionId !== undefined && !getMissionForCampaign(campaignId, missionId)) {
    throw new AppError("invalidMission", `mission ${missionId} not in campaign ${campaignId}`, "missionId");
  }
}

export async function submitReport(input: {
  campaign: Campaign;
  data: ReportData;
  posted: PostedPhotos;
  locale: string;
  clientIp?: string | null;
  /** The site origin the request arrived on, for the emailed link (default APP_URL). */
  origin?: string;
  /** A checked proof-of-work solution (spent here), or null when the form came without one. */
  solution?: VerifiedSolution | null;
  /** The honeypot was filled: answered like a success, nothing is stored or sent. */
  honeypot?: boolean;
  now?: Date;
}): Promise<number | null> {
  const { campaign, data, locale } = input;
  const now = input.now ?? new Date();
  assertLive(campaign);
  assertMissionOf(campaign.id, data.missionId);
  if (input.honeypot) return null;
  const { token, hash } = createToken();
  const address = ipHash(input.clientIp);
  const place = placeColumns(data.country, data.city);
  const id = await withStoredPhotos(input.posted, (photos) =>
    getDb().transaction(
      (tx) => {
        if (input.solution) spendSolution(tx, input.solution);
        assertSubmissionAllowed(tx, "report", address, Boolean(input.solution), now);
        const report = insertReport(
          tx,
          {
            campaignId: campaign.id,
            kind: data.kind,
            actionDate: data.actionDate,
            city: data.city,
            country: data.country,
            ...place,
            missionId: data.missionId ?? null,
            account: data.account,
            replyText: data.replyText ?? null,
            organisation: data.organisation ?? "",
            contactEmail: data.contactEmail,
            consentVersion: SUBMISSION_NOTICE_VERSION,
            locale,
            ipHash: address,
            status: "unconfirmed",
            tokenHash: hash,
            tokenExpiresAt: tokenExpiry(now),
            createdAt: now,
          },
          photos,
        );
        enqueueEmail(
          tx,
          {
            template: "confirm-report",
            recipient: data.contactEmail,
            locale,
            payload: { locale, kind: "report", campaignTitle: campaign.title, confirmUrl: absoluteUrl(paths.reportConfirm(locale, token), input.origin) },
          },
          now,
        );
        return report.id;
      },
      { behavior: "immediate" },
    ),
  );
  kickDispatcher();
  return id;
}
