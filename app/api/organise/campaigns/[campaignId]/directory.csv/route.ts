/**
 * GET: a campaign's recipient directory as CSV, in the format the import reads back
 * (docs/DIRECTORY.md). Anyone who may see the campaign may download it.
 */
import { listMissionsForCampaign } from "@/db/queries/missions";
import { campaignRouteAccess } from "@/lib/auth/route-guard";
import { DIRECTORY_CSV_HEADER, missionCsvValues } from "@/lib/directory/csv";
import { csvStream } from "@/lib/export/csv";
import { csvDownload } from "../../../csv-download";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ campaignId: string }> }) {
  const access = await campaignRouteAccess((await params).campaignId, "campaign.view");
  if ("denied" in access) return access.denied;
  const { campaign } = access;
  const body = csvStream(DIRECTORY_CSV_HEADER, listMissionsForCampaign(campaign.id).values(), missionCsvValues);
  return csvDownload(body, `${campaign.slug}-directory`);
}
