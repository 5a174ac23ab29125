/** The public facts about a petition, as GET /api/petitions/<slug> gives them (null: no such public petition). */
import "server-only";
import { getPublicPetitionBySlug } from "@/db/queries/petitions";

export function publicPetitionFacts(slug: string) {
  const found = getPublicPetitionBySlug(slug);
  if (!found) return null;
  const { petition, campaign } = found;
  return {
    slug: petition.slug,
    title: petition.title,
    addressee: petition.addressee,
    status: petition.status,
    goal: petition.goal,
    deadline: petition.deadline?.toISOString() ?? null,
    isUrgent: petition.isUrgent,
    signatureCount: petition.signatureCount,
    campaign: { slug: campaign.slug, title: campaign.title },
  };
}

/** Shared by the route handler and the front door's cache: a few seconds of staleness is harmless. */
export const FACTS_CACHE_CONTROL = "public, max-age=5, stale-while-revalidate=5";
export const MISSING_CACHE_CONTROL = "public, max-age=5";
