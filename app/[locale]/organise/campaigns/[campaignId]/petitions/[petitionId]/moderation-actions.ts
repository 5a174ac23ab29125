"use server";
/** Moderation actions on a petition's signatures. Each checks "signatures.moderate" itself. */
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { getPetitionById } from "@/db/queries/petitions";
import { runFormAction, type ActionState } from "@/lib/forms/form-action";
import { requireCampaignPermission, requireOrganiser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { invalidateByRule, invalidateOne, previewInvalidation, releaseOne, setCommentVisibility, undoBatch } from "@/lib/organise/moderation";
import { invalidationSchema, signatureModerationSchema, undoSchema } from "@/lib/validation/organiser";

async function moderatorOf(petitionId: number) {
  const petition = getPetitionById(petitionId);
  if (!petition) {
    await requireOrganiser(); // anonymous callers learn nothing, not even that it does not exist
    throw new AppError("not_found");
  }
  const { organiser } = await requireCampaignPermission(petition.campaignId, "signatures.moderate");
  return { organiser, petition };
}

const RULE_FIELDS = ["emailDomain", "ipFingerprint", "from", "to", "country"] as const;

/** The rule as typed is sent back, so the form still shows it after React resets it. */
export type RuleResult = { intent: "preview" | "apply"; kind: "invalidate" | "release"; count: number; values: Record<string, string> };

export async function invalidationAction(_prev: ActionState<RuleResult>, formData: FormData): Promise<ActionState<RuleResult>> {
  return moderate(invalidationSchema, formData, (data, { organiser, petition }): RuleResult => {
      const values = Object.fromEntries(RULE_FIELDS.map((k) => [k, String(formData.get(k) ?? "").slice(0, 100)]));
      // kind "release": the same preview and apply, over flagged signatures (issue #11).
      return data.intent === "preview"
        ? { intent: "preview", kind: data.kind, count: previewInvalidation(petition, data, data.kind), values }
        : { intent: "apply", kind: data.kind, count: invalidateByRule(organiser, petition, data, data.kind).affected, values };
  });
}

export async function signatureModerationAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return moderate(signatureModerationSchema, formData, (data, { organiser, petition }) => {
    if (data.operation === "invalidate") invalidateOne(organiser, petition, data.signatureId);
    else if (data.operation === "release") releaseOne(organiser, petition, data.signatureId);
    else setCommentVisibility(organiser, petition, data.signatureId, data.operation === "hideComment");
    return data.operation;
  });
}

export async function undoInvalidationAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return moderate(undoSchema, formData, (data, { organiser, petition }) => undoBatch(organiser, petition, data.batchId).restoredConfirmed);
}

/** The shared shape of moderation actions: parse, check "signatures.moderate" on the petition, act, refresh. */
async function moderate<S extends z.ZodObject<{ petitionId: z.ZodType<number, unknown> }>, R>(
  schema: S,
  formData: FormData,
  perform: (data: z.output<S>, context: Awaited<ReturnType<typeof moderatorOf>>) => R,
): Promise<ActionState<R>> {
  const state = await runFormAction({ schema, formData, authorize: (data) => moderatorOf(data.petitionId), perform });
  revalidatePath("/[locale]/organise", "layout");
  return state;
}
