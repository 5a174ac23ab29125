/** GET: a petition's signatures as CSV, streamed; owners and admins only; every export is audited. */
import { getDb } from "@/db/client";
import { recordAudit } from "@/db/queries/audit";
import { iterateSignaturesForExport } from "@/db/queries/signatures";
import { petitionRouteAccess } from "@/lib/auth/route-guard";
import { csvStream } from "@/lib/export/csv";

export const dynamic = "force-dynamic";

const HEADER = [
  "id",
  "status",
  "name",
  "email",
  "country",
  "city",
  "organisation",
  "comment",
  "comment_hidden",
  "name_display",
  "opt_in_updates",
  "consent_version",
  "consent_locale",
  "source",
  "signed_at",
  "confirmed_at",
];

const iso = (ms: number | null) => (ms == null ? "" : new Date(ms).toISOString());

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
  const body = csvStream(HEADER, iterateSignaturesForExport(petition.id), (r) => [
    r.id,
    r.status,
    r.name,
    r.email,
    r.country,
    r.city,
    r.organisation,
    r.comment,
    r.comment_hidden ? "yes" : "no",
    r.name_display,
    r.opt_in_updates ? "yes" : "no",
    r.consent_version,
    r.locale,
    r.source,
    iso(r.created_at),
    iso(r.confirmed_at),
  ]);
  const date = new Date().toISOString().slice(0, 10);
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${petition.slug}-signatures-${date}.csv"`,
      "cache-control": "no-store",
    },
  });
}
