/** GET: a petition's signatures as CSV, streamed; owners and admins only; every export is audited. */
import { getDb } from "@/db/client";
import { recordAudit } from "@/db/queries/audit";
import { petitionRouteAccess } from "@/lib/auth/route-guard";
import { signaturesCsv } from "@/lib/export/signatures-csv";
import { csvDownload } from "../../../csv-download";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ petitionId: string }> }) {
  const access = await petitionRouteAccess((await params).petitionId, "signatures.export");
  if ("denied" in access) return access.denied;
  const { organiser, petition, campaign } = access;
  recordAudit(getDb(), {
    actorUserId: organiser.id,
    action: "signatures.export",
    entityType: "petition",
    entityId: petition.id,
    campaignId: campaign.id,
  });
  const body = signaturesCsv(petition.id);
  return csvDownload(body, `${petition.slug}-signatures`);
}
