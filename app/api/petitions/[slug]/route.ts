/** GET /api/petitions/<slug>: the public facts about a petition, cacheable for a few seconds. */
import { NextResponse } from "next/server";
import { getPublicPetitionBySlug } from "@/db/queries/petitions";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const found = getPublicPetitionBySlug(slug);
  if (!found) return NextResponse.json({ error: "not_found" }, { status: 404, headers: { "cache-control": "public, max-age=5" } });
  const { petition, campaign } = found;
  return NextResponse.json(
    {
      slug: petition.slug,
      title: petition.title,
      addressee: petition.addressee,
      status: petition.status,
      goal: petition.goal,
      deadline: petition.deadline?.toISOString() ?? null,
      isUrgent: petition.isUrgent,
      signatureCount: petition.signatureCount,
      campaign: { slug: campaign.slug, title: campaign.title },
    },
    { headers: { "cache-control": "public, max-age=5, stale-while-revalidate=5" } },
  );
}
