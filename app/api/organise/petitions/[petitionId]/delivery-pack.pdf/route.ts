/** GET: the printable delivery pack of a petition, for the campaign's organisers. */
import { type NextRequest } from "next/server";
import { getDb } from "@/db/client";
import { recordAudit } from "@/db/queries/audit";
import { iteratePackSigners } from "@/db/queries/signature-export";
import { confirmedByCountry } from "@/db/queries/signature-reads";
import { petitionRouteAccess } from "@/lib/auth/route-guard";
import { deliveryPackStream } from "@/lib/delivery/delivery-pack";
import { isLocale } from "@/lib/i18n/locales";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest, { params }: { params: Promise<{ petitionId: string }> }) {
  const access = await petitionRouteAccess((await params).petitionId, "signatures.view");
  if ("denied" in access) return access.denied;
  const { organiser, petition, campaign } = access;
  const requested = request.nextUrl.searchParams.get("locale");
  const locale = isLocale(requested) ? requested : "en";
  recordAudit(getDb(), {
    actorUserId: organiser.id,
    action: "delivery_pack.download",
    entityType: "petition",
    entityId: petition.id,
    campaignId: campaign.id,
  });
  const body = deliveryPackStream({
    petition,
    campaign,
    byCountry: confirmedByCountry(petition.id),
    signers: iteratePackSigners(petition.id),
    locale,
  });
  return new Response(body, {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": `attachment; filename="${petition.slug}-delivery-pack.pdf"`,
      "cache-control": "no-store",
    },
  });
}
