/** Protest letters: the campaign's letter templates and the directory of missions they are addressed to. */
import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { ADDRESS_FORMS } from "../../lib/address-forms";
import { RECIPIENT_KINDS, type RecipientKind } from "../../lib/recipient-kinds";
import { campaignRow } from "./campaigns";
import { createdAt } from "./columns";

export { RECIPIENT_KINDS, type RecipientKind };

/** A campaign's protest-letter template. Text fields may hold merge fields such as {{recipient.name}}. */
export const letterTemplates = sqliteTable(
  "letter_templates",
  {
    ...campaignRow(),
    title: text("title").notNull(),
    purpose: text("purpose").notNull(),
    /** ISO 639-1 code of the letter's language (not necessarily a UI locale). */
    language: text("language").notNull(),
    recipientKind: text("recipient_kind", { enum: RECIPIENT_KINDS }).notNull(),
    /** Email subject line; merge fields allowed. */
    subject: text("subject").notNull(),
    /** e.g. "Dear {{recipient.title}} {{recipient.name}},". */
    salutation: text("salutation").notNull(),
    /** Markdown; merge fields allowed. */
    body: text("body").notNull(),
    /** e.g. "Yours sincerely,". */
    signOff: text("sign_off").notNull(),
    status: text("status", { enum: ["draft", "published"] }).notNull().default("draft"),
    createdAt: createdAt(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }),
  },
  (t) => [index("letter_templates_campaign_idx").on(t.campaignId, t.status)],
);

/** The directory: the target state's missions abroad (or other recipients), by host country. */
export const missions = sqliteTable(
  "missions",
  {
    ...campaignRow(),
    /** ISO 3166-1 alpha-2 code of the country the mission is in. */
    hostCountry: text("host_country").notNull(),
    kind: text("kind", { enum: RECIPIENT_KINDS }).notNull().default("embassy"),
    name: text("name").notNull(),
    headTitle: text("head_title"),
    headName: text("head_name"),
    /** How letters greet the head of mission ("Your Excellency,"); null: read from the title (lib/letters/salutations.ts). */
    addressForm: text("address_form", { enum: ADDRESS_FORMS }),
    /** Postal address, one line per array item; null when no address has been sourced. */
    addressLines: text("address_lines", { mode: "json" }).$type<string[]>(),
    email: text("email"),
    phone: text("phone"),
    website: text("website"),
    /** Where the data came from (a URL or a citation); null means not verified. */
    source: text("source"),
    /** The day the data was last checked against its source, YYYY-MM-DD. */
    verifiedOn: text("verified_on"),
    notes: text("notes"),
    createdAt: createdAt(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }),
  },
  (t) => [index("missions_campaign_country_idx").on(t.campaignId, t.hostCountry)],
);

export type LetterTemplate = typeof letterTemplates.$inferSelect;
export type NewLetterTemplate = typeof letterTemplates.$inferInsert;
export type Mission = typeof missions.$inferSelect;
export type NewMission = typeof missions.$inferInsert;
