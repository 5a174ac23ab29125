"use server";
/** Letter-template actions: save, delete and the live preview. Each checks the caller's role itself. */
import { redirect } from "next/navigation";
import { z } from "zod";
import { getLetterTemplateForCampaign } from "@/db/queries/letters";
import { runButtonAction } from "@/lib/forms/button-action";
import { runFormAction, type ActionState } from "@/lib/forms/form-action";
import { requireCampaign } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { isLocale } from "@/lib/i18n/locales";
import type { Letter } from "@/lib/letters/compose";
import { composeSampleLetter } from "@/lib/letters/letter";
import { isLetterLanguage } from "@/lib/letters/languages";
import { RECIPIENT_KIND_OPTIONS, letterTemplateSchema } from "@/lib/letters/schemas";
import { removeLetterTemplate, saveLetterTemplate } from "@/lib/letters/templates";

function lang(locale: string) {
  return isLocale(locale) ? locale : "en";
}

const listPath = (locale: string, campaignId: number) => `/${lang(locale)}/organise/campaigns/${campaignId}/letters`;

type Editor = Awaited<ReturnType<typeof requireCampaign>>;
type Template = NonNullable<ReturnType<typeof getLetterTemplateForCampaign>>;

/** The caller, who may edit the campaign's letters, and the template named: one from another campaign is refused, whatever the caller's role there. */
async function letterEditor(campaignId: number, templateId: number): Promise<Editor & { template: Template }>;
async function letterEditor(campaignId: number, templateId: number | undefined): Promise<Editor & { template?: Template }>;
async function letterEditor(campaignId: number, templateId: number | undefined) {
  const actor = await requireCampaign(campaignId, "letters.edit");
  const template = templateId ? getLetterTemplateForCampaign(actor.campaign.id, templateId) : undefined;
  if (templateId && !template) throw new AppError("not_found");
  return { ...actor, template };
}

export async function saveLetterTemplateAction(locale: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction({
    schema: letterTemplateSchema,
    formData,
    authorize: (data) => letterEditor(data.campaignId, data.templateId),
    perform: (data, { organiser, campaign, template }) => saveLetterTemplate(organiser, campaign, data, template).campaignId,
    onSuccess: (campaignId) => redirect(`${listPath(locale, campaignId)}?saved=1`),
  });
}

const deleteSchema = z.object({
  campaignId: z.coerce.number().int().positive(),
  templateId: z.coerce.number().int().positive(),
});

export async function deleteLetterTemplateAction(locale: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction({
    schema: deleteSchema,
    formData,
    authorize: (data) => letterEditor(data.campaignId, data.templateId),
    perform: (_data, { organiser, campaign, template }) => {
      removeLetterTemplate(organiser, campaign, template);
      return campaign.id;
    },
    onSuccess: (campaignId) => redirect(`${listPath(locale, campaignId)}?deleted=1`),
  });
}

/** Lenient on purpose: a misspelt field shows as typed, so the organiser sees it; the save checks strictly. */
const previewSchema = z.object({
  campaignId: z.coerce.number().int().positive(),
  language: z.string().optional(),
  recipientKind: z.string().optional(),
  subject: z.string().optional(),
  salutation: z.string().optional(),
  body: z.string().optional(),
  signOff: z.string().optional(),
});

/** The editor's live preview: the unsaved template as a letter with sample values (null when refused). */
export async function previewLetterTemplateAction(locale: string, formData: FormData): Promise<Letter | null> {
  const text = (v: string | undefined) => (v ?? "").slice(0, 20_000);
  return runButtonAction({
    schema: previewSchema,
    formData,
    authorize: (data) => requireCampaign(data.campaignId, "campaign.view"),
    perform: (fields) =>
      composeSampleLetter(
        fields.campaignId,
        {
          language: fields.language && isLetterLanguage(fields.language) ? fields.language : lang(locale),
          recipientKind: RECIPIENT_KIND_OPTIONS.find((k) => k === fields.recipientKind) ?? "embassy",
          subject: text(fields.subject),
          salutation: text(fields.salutation),
          body: text(fields.body),
          signOff: text(fields.signOff),
        },
        lang(locale),
      ),
    onSuccess: (letter) => letter,
    onFailure: () => null,
  });
}
