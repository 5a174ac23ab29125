/**
 * The permission check for organiser route handlers: 401 without a session, 404 for a petition
 * that does not exist or that the caller cannot see at all, 403 when they can see it but not do this.
 */
import "server-only";
import { NextResponse } from "next/server";
import { getCampaignById } from "@/db/queries/campaigns";
import { getPetitionById } from "@/db/queries/petitions";
import { roleAllows, type Permission } from "./roles";
import { campaignRole, currentOrganiser } from "./session";

const noStore = { "cache-control": "no-store" };

export async function petitionRouteAccess(petitionIdParam: string, permission: Permission) {
  const organiser = await currentOrganiser();
  if (!organiser) return { denied: NextResponse.json({ error: "unauthenticated" }, { status: 401, headers: noStore }) };
  const id = Number(petitionIdParam);
  const petition = Number.isInteger(id) && id > 0 ? getPetitionById(id) : undefined;
  const campaign = petition ? getCampaignById(petition.campaignId) : undefined;
  const role = campaign ? campaignRole(organiser, campaign.id) : null;
  if (!petition || !campaign || (!role && !organiser.isAdmin)) {
    return { denied: NextResponse.json({ error: "not_found" }, { status: 404, headers: noStore }) };
  }
  if (!roleAllows(role, permission, organiser.isAdmin)) {
    return { denied: NextResponse.json({ error: "forbidden" }, { status: 403, headers: noStore }) };
  }
  return { organiser, petition, campaign, role };
}

/** The same rule for routes about a whole campaign: 401, 404 (no campaign or no role), 403. */
export async function campaignRouteAccess(campaignIdParam: string, permission: Permission) {
  const organiser = await currentOrganiser();
  if (!organiser) return { denied: NextResponse.json({ error: "unauthenticated" }, { status: 401, headers: noStore }) };
  const id = Number(campaignIdParam);
  const campaign = Number.isInteger(id) && id > 0 ? getCampaignById(id) : undefined;
  const role = campaign ? campaignRole(organiser, campaign.id) : null;
  if (!campaign || (!role && !organiser.isAdmin)) {
    return { denied: NextResponse.json({ error: "not_found" }, { status: 404, headers: noStore }) };
  }
  if (!roleAllows(role, permission, organiser.isAdmin)) {
    return { denied: NextResponse.json({ error: "forbidden" }, { status: 403, headers: noStore }) };
  }
  return { organiser, campaign, role };
}
