/**
 * What the two place-correction actions share (a report's pin, a planned action's pin): the spine with
 * the campaign permission, then back to the item's page with a notice or the error, at the place form.
 */
import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireCampaign } from "@/lib/auth/session";
import type { Permission } from "@/lib/auth/roles";
import { runFormAction } from "@/lib/forms/form-action";
import { correctedCoordinates, placeCorrectionSchema } from "@/lib/validation/reports";

type Actor = Awaited<ReturnType<typeof requireCampaign>>;

export async function runPlaceCorrection(
  formData: FormData,
  permission: Permission,
  correct: (actor: Actor, itemId: number, coordinates: ReturnType<typeof correctedCoordinates>) => unknown,
  /** The item's page, where the place form is. */
  itemPage: (campaignId: number, itemId: number) => string,
): Promise<never> {
  const state = await runFormAction({
    schema: placeCorrectionSchema,
    formData,
    authorize: (data) => requireCampaign(data.campaignId, permission),
    perform: (data, actor) => correct(actor, data.itemId, correctedCoordinates(data)),
  });
  revalidatePath("/[locale]/organise", "layout");
  const campaignId = Number(formData.get("campaignId")) || 0;
  const itemId = Number(formData.get("itemId")) || 0;
  const query =
    state.status === "ok" ? "notice=place_saved" : `placeError=${state.status === "error" ? (state.formError ?? Object.values(state.fieldErrors)[0] ?? "invalid") : "invalid"}`;
  redirect(`${itemPage(campaignId, itemId)}?${query}#place-heading`);
}
