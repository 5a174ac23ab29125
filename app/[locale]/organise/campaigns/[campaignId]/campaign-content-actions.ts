"use server";
/** Actions inside a campaign: petitions, news and members. Each checks the caller's role itself. */
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getPetitionById } from "@/db/queries/petitions";
import { runFormAction, type ActionState } from "@/lib/forms/form-action";
import { requireCampaign } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { isLocale } from "@/lib/i18n/locales";
import { inviteMember, removeMember } from "@/lib/organise/members";
import { publishNews } from "@/lib/organise/news";
import { savePetition } from "@/lib/organise/petitions";
import { inviteSchema, newsSchema, petitionSchema, removeMemberSchema } from "@/lib/validation/organiser";

function lang(locale: string) {
  return isLocale(locale) ? locale : "en";
}

/** The caller, who may edit the campaign's petitions, and the petition named: one from another campaign is refused, whatever the caller's role there. */
async function petitionEditor(campaignId: number, petitionId: number | undefined) {
  const actor = await requireCampaign(campaignId, "petition.edit");
  const existing = petitionId ? getPetitionById(petitionId) : undefined;
  if (petitionId && existing?.campaignId !== actor.campaign.id) throw new AppError("not_found");
  return { ...actor, existing };
}

export async function savePetitionAction(locale: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction({
    schema: petitionSchema,
    formData,
    authorize: (data) => petitionEditor(data.campaignId, data.petitionId),
    perform: (data, { organiser, campaign, existing }) => savePetition(organiser, campaign, data, existing),
    onSuccess: (petition) => redirect(`/${lang(locale)}/organise/campaigns/${petition.campaignId}/petitions/${petition.id}`),
  });
}

export async function publishNewsAction(locale: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction({
    schema: newsSchema,
    formData,
    authorize: (data) => requireCampaign(data.campaignId, data.emailSigners ? "news.send" : "news.edit"),
    perform: (data, { organiser, campaign }) => ({ campaignId: campaign.id, ...publishNews(organiser, campaign, data) }),
    onSuccess: ({ campaignId, emailed }) => redirect(`/${lang(locale)}/organise/campaigns/${campaignId}?published=1&emailed=${emailed}`),
  });
}

export async function inviteMemberAction(locale: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const state = await runFormAction({
    schema: inviteSchema,
    formData,
    authorize: (data) => requireCampaign(data.campaignId, "campaign.members"),
    perform: (data, { organiser, campaign }) => {
      inviteMember(organiser, campaign, data.email, data.role, lang(locale));
      return campaign.id;
    },
  });
  if (state.status === "ok") redirect(`/${lang(locale)}/organise/campaigns/${state.result}/members?invited=1`);
  return state;
}

export async function removeMemberAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const state = await runFormAction({
    schema: removeMemberSchema,
    formData,
    authorize: (data) => requireCampaign(data.campaignId, "campaign.members"),
    perform: (data, { organiser, campaign }) => removeMember(organiser, campaign, data.userId),
  });
  revalidatePath("/[locale]/organise", "layout");
  return state;
}
