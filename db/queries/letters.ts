/** Letter templates: the organiser's list and edits, and the published ones the public may write from. */
import "server-only";
import { and, asc, count, desc, eq, type SQL } from "drizzle-orm";
import { pageWithTotal, rowOfCampaign } from "./count";
import { campaignSummary } from "./selections";
import { getDb, type DbOrTx } from "../client";
import { campaigns, letterTemplates, type NewLetterTemplate } from "../schema";

export function listLetterTemplatesForCampaign(campaignId: number, opts: { limit: number; offset: number }) {
  const db = getDb();
  const where = eq(letterTemplates.campaignId, campaignId);
  const query = db
    .select()
    .from(letterTemplates)
    .where(where)
    .orderBy(desc(letterTemplates.status), asc(letterTemplates.title), asc(letterTemplates.id));
  return pageWithTotal(db, query, { table: letterTemplates, where }, opts);
}

export function getLetterTemplateForCampaign(campaignId: number, templateId: number, db: DbOrTx = getDb()) {
  return rowOfCampaign(letterTemplates, campaignId, templateId, db);
}

export function insertLetterTemplate(db: DbOrTx, values: NewLetterTemplate) {
  return db.insert(letterTemplates).values(values).returning().get();
}

export function updateLetterTemplate(db: DbOrTx, id: number, values: Partial<NewLetterTemplate>) {
  return db.update(letterTemplates).set(values).where(eq(letterTemplates.id, id)).returning().get();
}

export function deleteLetterTemplate(db: DbOrTx, id: number): void {
  db.delete(letterTemplates).where(eq(letterTemplates.id, id)).run();
}

const publicWhere = (filters: { campaignSlug?: string; language?: string }) =>
  and(
    eq(letterTemplates.status, "published"),
    eq(campaigns.status, "live"),
    filters.campaignSlug ? eq(campaigns.slug, filters.campaignSlug) : undefined,
    filters.language ? eq(letterTemplates.language, filters.language) : undefined,
  ) as SQL;

/** Published templates of live campaigns, by campaign then language then title. */
export function listPublishedLetterTemplates(filters: { campaignSlug?: string; language?: string; limit: number; offset: number }) {
  const db = getDb();
  const where = publicWhere(filters);
  const items = db
    .select({
      template: letterTemplates,
      campaign: { id: campaigns.id, slug: campaigns.slug, title: campaigns.title },
    })
    .from(letterTemplates)
    .innerJoin(campaigns, eq(campaigns.id, letterTemplates.campaignId))
    .where(where)
    .orderBy(asc(campaigns.title), asc(campaigns.id), asc(letterTemplates.language), asc(letterTemplates.title), asc(letterTemplates.id))
    .limit(filters.limit)
    .offset(filters.offset)
    .all();
  const total =
    db.select({ n: count() }).from(letterTemplates).innerJoin(campaigns, eq(campaigns.id, letterTemplates.campaignId)).where(where).get()?.n ?? 0;
  return { items, total };
}

/** What the public list can be filtered by: campaigns and languages that have published templates. */
export function listLetterFilterOptions() {
  const db = getDb();
  const where = publicWhere({});
  const campaignOptions = db
    .selectDistinct({ slug: campaigns.slug, title: campaigns.title })
    .from(letterTemplates)
    .innerJoin(campaigns, eq(campaigns.id, letterTemplates.campaignId))
    .where(where)
    .orderBy(asc(campaigns.title))
    .all();
  const languages = db
    .selectDistinct({ language: letterTemplates.language })
    .from(letterTemplates)
    .innerJoin(campaigns, eq(campaigns.id, letterTemplates.campaignId))
    .where(where)
    .all()
    .map((r) => r.language);
  return { campaigns: campaignOptions, languages };
}

/** A template with the campaign it belongs to; `publicOnly`: published, in a live campaign. */
function letterTemplateWithCampaign(templateId: number, publicOnly: boolean) {
  return getDb()
    .select({ template: letterTemplates, campaign: campaignSummary })
    .from(letterTemplates)
    .innerJoin(campaigns, eq(campaigns.id, letterTemplates.campaignId))
    .where(and(eq(letterTemplates.id, templateId), publicOnly ? and(eq(letterTemplates.status, "published"), eq(campaigns.status, "live")) : undefined))
    .get();
}

/** A template the public may write from: published, in a live campaign. */
export const getPublishedLetterTemplate = (templateId: number) => letterTemplateWithCampaign(templateId, true);

/** A template whatever its and its campaign's status: only for a member's draft preview (lib/organise/draft-preview.ts). */
export const getLetterTemplateAnyStatus = (templateId: number) => letterTemplateWithCampaign(templateId, false);
