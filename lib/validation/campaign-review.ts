/** Schemas of the launch forms: submitting a campaign for approval, and an instance admin's decision. */
import { z } from "zod";
import { requiredText } from "./fields";

export const DECLINE_REASON_MAX = 2_000;

const id = z.coerce.number({ error: "invalid" }).int({ error: "invalid" }).positive({ error: "invalid" });

export const submitCampaignSchema = z.object({ campaignId: id });
export const approveCampaignSchema = z.object({ campaignId: id });
/** Declining says why: the reason is shown to the campaign's organisers and emailed to the submitter. */
export const declineCampaignSchema = z.object({ campaignId: id, reason: requiredText(DECLINE_REASON_MAX, true) });
