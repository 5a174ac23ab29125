/**
 * GET /api/petitions/<slug>: the public facts about a petition, cacheable for a few seconds.
 * In production the front door answers this path from its own short cache (lib/hot); this handler
 * serves `next dev` and anything that reaches Next directly.
 */
import { NextResponse } from "next/server";
import { FACTS_CACHE_CONTROL, MISSING_CACHE_CONTROL, publicPetitionFacts } from "@/lib/petitions/facts";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const facts = publicPetitionFacts(slug);
  if (!facts) return NextResponse.json({ error: "not_found" }, { status: 404, headers: { "cache-control": MISSING_CACHE_CONTROL } });
  return NextResponse.json(facts, { headers: { "cache-control": FACTS_CACHE_CONTROL } });
}
