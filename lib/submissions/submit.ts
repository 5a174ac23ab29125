/**
 * Submitting a report-back or a planned action from the public form: the checks, then one
 * transaction that spends the proof-of-work solution, counts the submission against the limits,
 * writes the unconfirmed row (the kind's insert) and the confirmation email (an outbox row). The row
 * waits for the contact email's confirmation (confirm.ts) before a moderator sees it.
 */
import "server-only";
import { getDb, type DbOrTx } from "@/db/client";
import { getMissionForCampaign } from "@/db/queries/missions";
import { enqueueEmail } from "@/db/queries/outbox";
import type { Campaign, NewActionReport } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { placeColumns } from "@/lib/geo/gazetteer";
import { kickDispatcher } from "@/lib/mail/dispatcher";
import { SUBMISSION_NOTICE_VERSION } from "@/lib/petitions/consent";
import { spendSolution, type VerifiedSolution } from "@/lib/security/altcha";
import { ipHash } from "@/lib/security/keyed-hash";
import { assertSubmissionAllowed } from "@/lib/security/limits";
import { createToken, tokenExpiry } from "@/lib/security/tokens";
import { absoluteUrl } from "@/lib/urls";
import { SUBMISSION_KINDS, type SubmissionKind } from "./kinds";
import type { CampaignActor } from "./actor";

export function assertLive(campaign: Pick<Campaign, "id" | "status">): void {
  if (campaign.status !== "live") throw new AppError("campaign_not_live", `campaign ${campaign.id}`);
}

/** A chosen directory entry must be one of this campaign's. */
export function assertMissionOf(campaignId: number, missionId: number | undefined): void {
  if (missionId !== undefined && !getMissionForCampaign(campaignId, missionId)) {
    throw new AppError("invalidMission", `mission ${missionId} not in campaign ${campaignId}`, "missionId");
  }
}

export interface SubmissionInput {
  campaign: Campaign;
  locale: string;
  clientIp?: string | null;
  /** The site origin the request arrived on, for the emailed link (default APP_URL). */
  origin?: string;
  /** A checked proof-of-work solution (spent here), or null when the form came without one. */
  solution?: VerifiedSolution | null;
  now?: Date;
}

/** What the person typed that the lifecycle itself needs. */
export interface SubmittedBasics {
  contactEmail: string;
  missionId?: number;
  country: string;
  city: string;
}

/** The columns both tables get from a public submission, besides the kind's own fields. */
export type SubmittedColumns = Pick<
  NewActionReport,
  "campaignId" | "latitude" | "longitude" | "contactEmail" | "consentVersion" | "locale" | "ipHash" | "status" | "tokenHash" | "tokenExpiresAt" | "createdAt"
>;

/**
 * Checks a submission (live campaign, the campaign's own mission), then writes it with `insert`
 * (returning the new row's id) and its confirmation email, in one transaction.
 */
export function writeSubmission(
  kind: SubmissionKind,
  input: SubmissionInput,
  basics: SubmittedBasics,
  insert: (tx: DbOrTx, columns: SubmittedColumns) => number,
): number {
  const { campaign, locale } = input;
  const now = input.now ?? new Date();
  const config = SUBMISSION_KINDS[kind];
  assertLive(campaign);
  assertMissionOf(campaign.id, basics.missionId);
  const { token, hash } = createToken();
  const address = ipHash(input.clientIp);
  const columns: SubmittedColumns = {
    campaignId: campaign.id,
    ...placeColumns(basics.country, basics.city),
    contactEmail: basics.contactEmail,
    consentVersion: SUBMISSION_NOTICE_VERSION,
    locale,
    ipHash: address,
    status: "unconfirmed",
    tokenHash: hash,
    tokenExpiresAt: tokenExpiry(now),
    createdAt: now,
  };
  const id = getDb().transaction(
    (tx) => {
      if (input.solution) spendSolution(input.solution);
      assertSubmissionAllowed(tx, config.limit, address, config.proofOfWork ? Boolean(input.solution) : true, now);
      const rowId = insert(tx, columns);
      const confirmUrl = absoluteUrl(config.confirmPath(locale, token), input.origin);
      const siteOrigin = input.origin ? { siteOrigin: input.origin } : {};
      enqueueEmail(
        { template: "confirm-report", recipient: basics.contactEmail, locale, payload: { locale, kind, campaignTitle: campaign.title, confirmUrl, ...siteOrigin } },
        now,
      );
      return rowId;
    },
    { behavior: "immediate" },
  );
  kickDispatcher();
  return id;
}

/** The lifecycle columns of an organiser's own entry: no email round, approved at once. */
export function approvedByOrganiser(actor: CampaignActor, locale: string, now: Date) {
  return {
    campaignId: actor.campaign.id,
    locale,
    status: "approved" as const,
    createdByUserId: actor.organiser.id,
    createdAt: now,
    confirmedAt: now,
    moderatedAt: now,
    moderatedBy: actor.organiser.id,
  };
}
