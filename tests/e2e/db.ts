/**
 * Direct access to the e2e server's SQLite file, for arranging organisers, sessions and records
 * that a test needs, and for checking what an action did (or did not) write.
 */
import Database from "better-sqlite3";
import { createHash, randomBytes, randomUUID } from "node:crypto";
import path from "node:path";

let db: Database.Database | undefined;

export function e2eDb(): Database.Database {
  db ??= new Database(path.join(process.cwd(), "data", "e2e", "picket.db"));
  db.pragma("busy_timeout = 5000");
  return db;
}

export function createUser(email: string, isAdmin = false): string {
  const id = randomUUID();
  e2eDb().prepare("insert into users (id, email, is_admin, created_at) values (?, ?, ?, ?)").run(id, email.toLowerCase(), isAdmin ? 1 : 0, Date.now());
  return id;
}

/** How Picket stores a session token (lib/auth/auth.ts): its SHA-256, never the token itself. */
export function sessionTokenHash(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** A signed-in session, as Picket stores it (hashed); returns the cookie header value. */
export function createSession(userId: string, opts: { createdAt?: number; expires?: number } = {}): string {
  const token = randomBytes(32).toString("hex");
  e2eDb()
    .prepare("insert into sessions (session_token, user_id, expires, created_at) values (?, ?, ?, ?)")
    .run(sessionTokenHash(token), userId, opts.expires ?? Date.now() + 60 * 60 * 1000, opts.createdAt ?? Date.now());
  return `authjs.session-token=${token}`;
}

export function addMember(campaignId: number, userId: string, role: "owner" | "editor" | "moderator") {
  e2eDb().prepare("insert into campaign_members (campaign_id, user_id, role, created_at) values (?, ?, ?, ?)").run(campaignId, userId, role, Date.now());
}

export function createCampaign(slug: string, status: "draft" | "submitted" | "declined" | "live" | "archived" = "live"): number {
  return Number(
    e2eDb()
      .prepare("insert into campaigns (slug, title, summary, story, demands, status, submitted_at, created_at) values (?, ?, 'Summary', 'Story', '[\"Free them\"]', ?, ?, ?)")
      .run(slug, `Campaign ${slug}`, status, status === "submitted" ? Date.now() : null, Date.now()).lastInsertRowid,
  );
}

export function createPetition(campaignId: number, slug: string): number {
  return Number(
    e2eDb()
      .prepare("insert into petitions (campaign_id, slug, title, addressee, body, goal, status, created_at) values (?, ?, ?, 'The Government', 'Text', 100, 'open', ?)")
      .run(campaignId, slug, `Petition ${slug}`, Date.now()).lastInsertRowid,
  );
}

/** A confirmed signature (counted), optionally with a comment; returns its id. */
export function createSignature(petitionId: number, opts: { email?: string; country?: string; comment?: string } = {}): number {
  const email = opts.email ?? `sig-${randomBytes(6).toString("hex")}@example.org`;
  const id = Number(
    e2eDb()
      .prepare(
        `insert into signatures (petition_id, name, email, email_fingerprint, country, comment, name_display, opt_in_updates,
           consent_version, locale, status, created_at, confirmed_at)
         values (?, 'Test Signer', ?, ?, ?, ?, 'full', 0, 'test', 'en', 'confirmed', ?, ?)`,
      )
      .run(petitionId, email, randomBytes(16).toString("hex"), opts.country ?? "GB", opts.comment ?? null, Date.now(), Date.now()).lastInsertRowid,
  );
  e2eDb().prepare("update petitions set signature_count = signature_count + 1 where id = ?").run(petitionId);
  return id;
}

export function one<T>(sql: string, ...params: unknown[]): T | undefined {
  return e2eDb().prepare(sql).get(...params) as T | undefined;
}

type SubmissionStatus = "unconfirmed" | "pending" | "approved" | "rejected";

/** A report-back as the report form and moderation would leave it; returns its id. */
export function createActionReport(
  campaignId: number,
  opts: {
    country: string;
    city: string;
    status: SubmissionStatus;
    kind?: string;
    actionDate?: string;
    account?: string;
    organisation?: string;
    contactEmail?: string;
    replyText?: string;
    /** Where its pin goes; none (no pin) by default. */
    latitude?: number;
    longitude?: number;
  },
): number {
  return Number(
    e2eDb()
      .prepare(
        `insert into action_reports (campaign_id, kind, action_date, city, country, account, reply_text, organisation, contact_email, locale, status, created_at, latitude, longitude)
         values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'en', ?, ?, ?, ?)`,
      )
      .run(
        campaignId,
        opts.kind ?? "protest",
        opts.actionDate ?? "2026-05-25",
        opts.city,
        opts.country,
        opts.account ?? `We picketed the embassy in ${opts.city}.`,
        opts.replyText ?? null,
        opts.organisation ?? `${opts.city} branch`,
        opts.contactEmail ?? `reporter-${randomBytes(4).toString("hex")}@example.org`,
        opts.status,
        Date.now(),
        opts.latitude ?? null,
        opts.longitude ?? null,
      ).lastInsertRowid,
  );
}

export function createReportPhoto(reportId: number, opts: { path: string; width: number; height: number; role?: "photo" | "reply"; position?: number }) {
  e2eDb()
    .prepare("insert into report_photos (report_id, path, width, height, role, position) values (?, ?, ?, ?, ?, ?)")
    .run(reportId, opts.path, opts.width, opts.height, opts.role ?? "photo", opts.position ?? 0);
}

/** A planned action (a picket announced ahead); returns its id. */
export function createPlannedAction(
  campaignId: number,
  opts: {
    title: string;
    country: string;
    city: string;
    status: SubmissionStatus;
    startsAt: number;
    endsAt?: number;
    timeZone?: string;
    place?: string;
    contact?: string;
    contactEmail?: string;
    latitude?: number;
    longitude?: number;
  },
): number {
  return Number(
    e2eDb()
      .prepare(
        `insert into planned_actions (campaign_id, title, starts_at, ends_at, time_zone, place, city, country, contact, contact_email, locale, status, created_at, latitude, longitude)
         values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'en', ?, ?, ?, ?)`,
      )
      .run(
        campaignId,
        opts.title,
        opts.startsAt,
        opts.endsAt ?? null,
        opts.timeZone ?? "UTC",
        opts.place ?? "In front of the embassy",
        opts.city,
        opts.country,
        opts.contact ?? "branch@example.org",
        opts.contactEmail ?? null,
        opts.status,
        Date.now(),
        opts.latitude ?? null,
        opts.longitude ?? null,
      ).lastInsertRowid,
  );
}

/** The id of a campaign by its slug (e.g. the seeded demo campaign). */
export function campaignIdBySlug(slug: string): number {
  return (e2eDb().prepare("select id from campaigns where slug = ?").get(slug) as { id: number }).id;
}

/** A published news update; returns its id. */
export function createNews(campaignId: number, title: string, body: string): number {
  return Number(
    e2eDb()
      .prepare("insert into news_updates (campaign_id, title, body, published_at, created_at) values (?, ?, ?, ?, ?)")
      .run(campaignId, title, body, Date.now() - 1000, Date.now()).lastInsertRowid,
  );
}

/** A directory entry with every text field given (null fields stay empty); returns its id. */
export function createMission(
  campaignId: number,
  m: { name: string; hostCountry?: string; headTitle?: string; headName?: string; addressLines?: string[]; email?: string; phone?: string; website?: string; source?: string; verifiedOn?: string; notes?: string },
): number {
  return Number(
    e2eDb()
      .prepare(
        `insert into missions (campaign_id, host_country, kind, name, head_title, head_name, address_lines, email, phone, website, source, verified_on, notes, created_at)
         values (?, ?, 'embassy', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        campaignId,
        m.hostCountry ?? "GB",
        m.name,
        m.headTitle ?? null,
        m.headName ?? null,
        m.addressLines ? JSON.stringify(m.addressLines) : null,
        m.email ?? null,
        m.phone ?? null,
        m.website ?? null,
        m.source ?? null,
        m.verifiedOn ?? null,
        m.notes ?? null,
        Date.now(),
      ).lastInsertRowid,
  );
}

/** A letter template of a campaign; returns its id. */
export function createLetterTemplate(campaignId: number, title: string, status: "draft" | "published" = "published"): number {
  return Number(
    e2eDb()
      .prepare(
        `insert into letter_templates (campaign_id, title, purpose, language, recipient_kind, subject, salutation, body, sign_off, status, created_at)
         values (?, ?, 'Ask for their release', 'en', 'embassy', 'Release them', 'Dear Ambassador,', 'We write to ask for their release.', 'Yours sincerely,', ?, ?)`,
      )
      .run(campaignId, title, status, Date.now()).lastInsertRowid,
  );
}
