/** The recipient directory: a campaign's missions abroad (embassies, consulates, ...), by host country. */
import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { getDb, type DbOrTx } from "../client";
import { missions } from "../schema";

export function listMissionsForCampaign(campaignId: number, db: DbOrTx = getDb()) {
  return db.select().from(missions).where(eq(missions.campaignId, campaignId)).orderBy(asc(missions.hostCountry), asc(missions.id)).all();
}

export function getMissionForCampaign(campaignId: number, missionId: number, db: DbOrTx = getDb()) {
  return db
    .select()
    .from(missions)
    .where(and(eq(missions.campaignId, campaignId), eq(missions.id, missionId)))
    .get();
}
