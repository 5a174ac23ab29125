/** The start of a directory entry's own pages (edit, delete): the workspace guard, then the entry named by `[missionId]` (404 otherwise). */
import "server-only";
import { getMissionForCampaign } from "@/db/queries/missions";
import { foundById, openCampaignPage } from "@/lib/auth/page-guard";

export async function openMissionPage(params: Promise<{ locale: string; campaignId: string; missionId: string }>, page: "edit" | "delete") {
  const opened = await openCampaignPage(params, "directory.edit", `organise/campaigns/[campaignId]/directory/[missionId]/${page}`, "directory");
  const mission = foundById(opened.missionId, (id) => getMissionForCampaign(opened.campaign.id, id));
  return { ...opened, mission, base: `/organise/campaigns/${opened.campaign.id}/directory` };
}
