/** The start of a letter template's own pages (edit, delete): the workspace guard, then the template named by `[templateId]` (404 otherwise). */
import "server-only";
import { getLetterTemplateForCampaign } from "@/db/queries/letters";
import { foundById, openCampaignPage } from "@/lib/auth/page-guard";

export async function openTemplatePage(params: Promise<{ locale: string; campaignId: string; templateId: string }>, page: "edit" | "delete", namespace: string) {
  const opened = await openCampaignPage(params, "letters.edit", `organise/campaigns/[campaignId]/letters/[templateId]/${page}`, namespace);
  const template = foundById(opened.templateId, (id) => getLetterTemplateForCampaign(opened.campaign.id, id));
  return { ...opened, template };
}
