/** The recipient directory: a campaign's missions abroad (embassies, consulates, ...), by host country. */
import "server-only";
import { and, asc, eq, sql, type SQL } from "drizzle-orm";
import { pageWithTotal, rowOfCampaign } from "./count";
import { getDb, type DbOrTx } from "../client";
import { missions, type Mission, type NewMission } from "../schema";

export function listMissionsForCampaign(campaignId: number, db: DbOrTx = getDb()) {
  return db.select().from(missions).where(eq(missions.campaignId, campaignId)).orderBy(asc(missions.hostCountry), asc(missions.id)).all();
}

export function getMissionForCampaign(campaignId: number, missionId: number, db: DbOrTx = getDb()) {
  return rowOfCampaign(missions, campaignId, missionId, db);
}

/** The host countries that have at least one entry, for the country filter. */
export function listMissionCountries(campaignId: number, db: DbOrTx = getDb()): string[] {
  return db
    .selectDistinct({ code: missions.hostCountry })
    .from(missions)
    .where(eq(missions.campaignId, campaignId))
    .all()
    .map((r) => r.code);
}

/**
 * One page of the directory. `countryOrder` lists the host countries in display order (by their
 * name in the reader's language, which SQL cannot sort by); entries of a country stay together.
 */
export function listMissionsPage(
  campaignId: number,
  opts: { country?: string; countryOrder: string[]; limit: number; offset: number },
  db: DbOrTx = getDb(),
): { items: Mission[]; total: number } {
  const where = and(eq(missions.campaignId, campaignId), opts.country ? eq(missions.hostCountry, opts.country) : undefined);
  // A constant ORDER BY term would mean "column n", so the CASE is left out when there is nothing to order.
  const byCountry: SQL[] = opts.countryOrder.length
    ? [
        sql`case ${missions.hostCountry} ${sql.join(
          opts.countryOrder.map((code, i) => sql`when ${code} then ${i}`),
          sql` `,
        )} else ${opts.countryOrder.length} end`,
      ]
    : [];
  const query = db
    .select()
    .from(missions)
    .where(where)
    .orderBy(...byCountry, asc(missions.hostCountry), asc(missions.kind), asc(missions.name), asc(missions.id));
  return pageWithTotal(db, query, { table: missions, where }, opts);
}

/** The entry an import row updates: same host country, kind and name (the oldest, if several). */
export function findMissionByKey(db: DbOrTx, campaignId: number, key: Pick<Mission, "hostCountry" | "kind" | "name">) {
  return db
    .select()
    .from(missions)
    .where(and(eq(missions.campaignId, campaignId), eq(missions.hostCountry, key.hostCountry), eq(missions.kind, key.kind), eq(missions.name, key.name)))
    .orderBy(asc(missions.id))
    .get();
}

export type MissionValues = Omit<NewMission, "id" | "campaignId" | "createdAt" | "updatedAt"> & Pick<Mission, "kind">;

export function insertMission(db: DbOrTx, campaignId: number, values: MissionValues, now: Date = new Date()): Mission {
  return db
    .insert(missions)
    .values({ ...values, campaignId, createdAt: now })
    .returning()
    .get();
}

export function updateMission(db: DbOrTx, campaignId: number, missionId: number, values: MissionValues, now: Date = new Date()): void {
  db.update(missions)
    .set({ ...values, updatedAt: now })
    .where(and(eq(missions.campaignId, campaignId), eq(missions.id, missionId)))
    .run();
}

export function deleteMission(db: DbOrTx, campaignId: number, missionId: number): boolean {
  return db.delete(missions).where(and(eq(missions.campaignId, campaignId), eq(missions.id, missionId))).run().changes > 0;
}
