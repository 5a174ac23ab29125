"use server";
/** Server action of the public "announce a protest" form: anyone may propose; email confirmation, then moderation. */
import { type ActionState } from "@/lib/forms/form-action";
import { proposePlannedAction } from "@/lib/submissions/planned-actions/planned-action";
import { paths } from "@/lib/urls";
import { proposedActionSchema } from "@/lib/validation/reports";
import { submitToLiveCampaign } from "../../live-campaign-form";

export async function proposeActionAction(locale: string, slug: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  return submitToLiveCampaign(locale, slug, formData, proposedActionSchema, (data, campaign, request) => proposePlannedAction({ campaign, data, ...request }), paths.proposeAction);
}
