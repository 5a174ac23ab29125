/** GET: a petition's signatures as CSV, streamed; owners and admins only; every export is audited. */
import { getDb } from "@/db/client";
import { recordAudit } from "@/db/queries/audit";
import { petitionRouteAccess } from "@/lib/auth/route-guard";
import { signaturesCsv } from "@/lib/export/signatures-csv";

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
  const date = new Date().toISOString().slice(0, 10);
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${petition.slug}-signatures-${date}.csv"`,
      "cache-control": "no-store",
    },
  });
}
