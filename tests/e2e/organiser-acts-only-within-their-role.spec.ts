/**
 * The permission matrix: every organiser action, route and page, called over HTTP as anonymous,
 * as a signed-in person with no role, as a member of another campaign, as moderator, editor,
 * owner and instance admin. Each call either does exactly what it should or changes nothing.
 * Starting a campaign live, putting a never-approved one live, approving and declining: admins only.
 * A forged `x-middleware-subrequest` header changes nothing.
 */
import { request as playwrightRequest, type APIRequestContext, type Browser } from "@playwright/test";
import { addMember, createCampaign, createPetition, createSession, createSignature, createUser, e2eDb, one } from "./db";
import { expect, test, APP_ORIGIN } from "./fixtures";

const ROLES = ["anonymous", "noRole", "otherCampaign", "moderator", "editor", "owner", "admin"] as const;
type Role = (typeof ROLES)[number];

const allowed = (...roles: Role[]) => new Set<Role>(roles);

interface World {
  campaignId: number;
  petitionId: number;
  /** Awaiting approval, so the approvals page has forms to read. */
  submittedCampaignId: number;
  cookies: Record<Role, string>;
  userIds: Record<Role, string>;
  clients: Record<Role, APIRequestContext>;
}

let world: World;
const tag = Date.now().toString(36);
const base = APP_ORIGIN;

test.beforeAll(async () => {
  const campaignId = createCampaign(`perm-${tag}`);
  const otherCampaignId = createCampaign(`perm-other-${tag}`);
  const petitionId = createPetition(campaignId, `perm-petition-${tag}`);
  const submittedCampaignId = createCampaign(`perm-submitted-${tag}`, "submitted");
  const cookies = { anonymous: "" } as Record<Role, string>;
  const userIds = { anonymous: "" } as Record<Role, string>;
  for (const role of ROLES.slice(1)) {
    const id = createUser(`perm-${role}-${tag}@example.org`, role === "admin");
    userIds[role] = id;
    if (role === "otherCampaign") addMember(otherCampaignId, id, "owner");
    if (role === "moderator" || role === "editor" || role === "owner") addMember(campaignId, id, role);
    cookies[role] = createSession(id);
  }
  const clients = {} as Record<Role, APIRequestContext>;
  for (const role of ROLES) {
    clients[role] = await playwrightRequest.newContext({
      baseURL: base,
      extraHTTPHeaders: { origin: base, ...(cookies[role] ? { cookie: cookies[role] } : {}) },
    });
  }
  world = { campaignId, petitionId, submittedCampaignId, cookies, userIds, clients };
});

test.afterAll(async () => {
  for (const c of Object.values(world.clients)) await c.dispose();
});

/** The hidden fields a browser without JavaScript posts for the form matched by `selector` on `path`, seen as admin. */
async function actionFields(browser: Browser, path: string, selector: string): Promise<[string, string][]> {
  const context = await browser.newContext({ javaScriptEnabled: false, extraHTTPHeaders: { cookie: world.cookies.admin } });
  const page = await context.newPage();
  const res = await page.goto(path);
  expect(res?.status(), path).toBe(200);
  const fields = await page
    .locator(selector)
    .first()
    .locator('input[name^="$ACTION"]')
    .evaluateAll((inputs) => (inputs as HTMLInputElement[]).map((i) => [i.name, i.value] as [string, string]));
  await context.close();
  expect(fields.length, `${selector} on ${path}`).toBeGreaterThan(0);
  return fields;
}

async function postAction(role: Role, path: string, action: [string, string][], fields: Record<string, string>) {
  const form = new FormData();
  for (const [k, v] of action) form.append(k, v);
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  const res = await world.clients[role].post(path, { multipart: form, maxRedirects: 0 });
  expect(res.status(), `${role} POST ${path}`).toBeLessThan(500);
  return res;
}

interface ActionCase {
  name: string;
  allowed: Set<Role>;
  path: () => string;
  form: string;
  /** Arranges what one attempt needs and returns its fields and a check of whether it took effect. */
  attempt: (role: Role) => { fields: Record<string, string>; tookEffect: () => boolean };
}

const OWNERS = allowed("owner", "admin");
const WRITERS = allowed("editor", "owner", "admin");
const MODERATORS = allowed("moderator", "owner", "admin");

const actionCases: ActionCase[] = [
  {
    name: "edit a campaign",
    allowed: WRITERS,
    path: () => `/en/organise/campaigns/${world.campaignId}/edit`,
    form: "#form-campaign",
    attempt: (role) => {
      const title = `Edited by ${role} ${tag}`;
      return {
        fields: { campaignId: String(world.campaignId), title, slug: `perm-${tag}`, summary: "S", story: "Story", demands: "Free them", status: "live" },
        tookEffect: () => one<{ title: string }>("select title from campaigns where id = ?", world.campaignId)?.title === title,
      };
    },
  },
  {
    name: "edit a petition",
    allowed: WRITERS,
    path: () => `/en/organise/campaigns/${world.campaignId}/petitions/${world.petitionId}/edit`,
    form: "#form-petition",
    attempt: (role) => {
      const title = `Petition by ${role} ${tag}`;
      return {
        fields: {
          campaignId: String(world.campaignId),
          petitionId: String(world.petitionId),
          title,
          slug: `perm-petition-${tag}`,
          addressee: "The Government",
          body: "Text",
          goal: "100",
          status: "open",
        },
        tookEffect: () => one<{ title: string }>("select title from petitions where id = ?", world.petitionId)?.title === title,
      };
    },
  },
  {
    name: "publish news",
    allowed: WRITERS,
    path: () => `/en/organise/campaigns/${world.campaignId}/news/new`,
    form: "#form-news",
    attempt: (role) => {
      const title = `News by ${role} ${tag}`;
      return {
        fields: { campaignId: String(world.campaignId), title, body: "Body" },
        tookEffect: () => !!one("select id from news_updates where title = ?", title),
      };
    },
  },
  {
    name: "invite an organiser",
    allowed: OWNERS,
    path: () => `/en/organise/campaigns/${world.campaignId}/members`,
    form: "#form-invite",
    attempt: (role) => {
      const email = `invited-by-${role}-${tag}@example.org`;
      return {
        fields: { campaignId: String(world.campaignId), email, role: "editor" },
        tookEffect: () =>
          !!one("select 1 from campaign_members m join users u on u.id = m.user_id where u.email = ? and m.campaign_id = ?", email, world.campaignId),
      };
    },
  },
  {
    name: "remove an organiser",
    allowed: OWNERS,
    path: () => `/en/organise/campaigns/${world.campaignId}/members`,
    form: "form:has(input[name=userId])",
    attempt: (role) => {
      const victim = createUser(`victim-of-${role}-${tag}@example.org`);
      addMember(world.campaignId, victim, "editor");
      return {
        fields: { campaignId: String(world.campaignId), userId: victim },
        tookEffect: () => !one("select 1 from campaign_members where user_id = ?", victim),
      };
    },
  },
  {
    name: "invalidate by rule",
    allowed: MODERATORS,
    path: () => `/en/organise/campaigns/${world.campaignId}/petitions/${world.petitionId}`,
    form: "form:has(input[name=ipFingerprint])",
    attempt: (role) => {
      const country = { anonymous: "AD", noRole: "AE", otherCampaign: "AF", moderator: "AG", editor: "AI", owner: "AL", admin: "AM" }[role];
      const id = createSignature(world.petitionId, { country });
      return {
        fields: { petitionId: String(world.petitionId), country, intent: "apply", expected: "1" },
        tookEffect: () => one<{ status: string }>("select status from signatures where id = ?", id)?.status === "invalidated",
      };
    },
  },
  {
    name: "release flagged signatures by rule",
    allowed: MODERATORS,
    path: () => `/en/organise/campaigns/${world.campaignId}/petitions/${world.petitionId}`,
    form: "form:has(input[name=kind][value=release])",
    attempt: (role) => {
      const country = { anonymous: "BA", noRole: "BB", otherCampaign: "BD", moderator: "BE", editor: "BF", owner: "BG", admin: "BH" }[role];
      const id = createSignature(world.petitionId, { country });
      // As the signing limits leave it: flagged, never confirmed, not counted.
      e2eDb().prepare("update signatures set status = 'flagged', confirmed_at = null where id = ?").run(id);
      e2eDb().prepare("update petitions set signature_count = signature_count - 1 where id = ?").run(world.petitionId);
      return {
        fields: { petitionId: String(world.petitionId), country, kind: "release", intent: "apply", expected: "1" },
        tookEffect: () => one<{ status: string }>("select status from signatures where id = ?", id)?.status === "pending",
      };
    },
  },
  {
    name: "invalidate one signature",
    allowed: MODERATORS,
    path: () => `/en/organise/campaigns/${world.campaignId}/petitions/${world.petitionId}`,
    form: "form:has(input[name=signatureId])",
    attempt: () => {
      const id = createSignature(world.petitionId);
      return {
        fields: { petitionId: String(world.petitionId), signatureId: String(id), operation: "invalidate" },
        tookEffect: () => one<{ status: string }>("select status from signatures where id = ?", id)?.status === "invalidated",
      };
    },
  },
  {
    name: "hide a comment",
    allowed: MODERATORS,
    path: () => `/en/organise/campaigns/${world.campaignId}/petitions/${world.petitionId}`,
    form: "form:has(input[name=signatureId])",
    attempt: () => {
      const id = createSignature(world.petitionId, { comment: "Solidarity!" });
      return {
        fields: { petitionId: String(world.petitionId), signatureId: String(id), operation: "hideComment" },
        tookEffect: () => one<{ h: number }>("select comment_hidden as h from signatures where id = ?", id)?.h === 1,
      };
    },
  },
  {
    name: "undo an invalidation",
    allowed: MODERATORS,
    path: () => `/en/organise/campaigns/${world.campaignId}/petitions/${world.petitionId}`,
    form: "form:has(input[name=batchId])",
    attempt: () => {
      const id = createSignature(world.petitionId);
      const batch = Number(
        e2eDb()
          .prepare("insert into moderation_batches (petition_id, rule, affected, created_at) values (?, '{}', 1, ?)")
          .run(world.petitionId, Date.now()).lastInsertRowid,
      );
      e2eDb()
        .prepare("update signatures set status = 'invalidated', invalidated_by = ?, status_before_invalidation = 'confirmed' where id = ?")
        .run(batch, id);
      e2eDb().prepare("update petitions set signature_count = signature_count - 1 where id = ?").run(world.petitionId);
      return {
        fields: { petitionId: String(world.petitionId), batchId: String(batch) },
        tookEffect: () => one<{ status: string }>("select status from signatures where id = ?", id)?.status === "confirmed",
      };
    },
  },
  {
    // A moderator (or anyone signed in) used to be able to put a new campaign straight on the home page.
    name: "start a campaign live",
    allowed: allowed("admin"),
    path: () => "/en/organise/campaigns/new",
    form: "#form-campaign",
    attempt: (role) => {
      const slug = `live-by-${role.toLowerCase()}-${tag}`;
      return {
        fields: { campaignId: "", title: `Live by ${role}`, slug, summary: "S", story: "Story", demands: "Free them", status: "live" },
        tookEffect: () => one<{ status: string }>("select status from campaigns where slug = ?", slug)?.status === "live",
      };
    },
  },
  {
    name: "put a never-approved draft live",
    allowed: allowed("admin"),
    path: () => `/en/organise/campaigns/${world.campaignId}/edit`,
    form: "#form-campaign",
    attempt: (role) => {
      const slug = `draft-of-${role.toLowerCase()}-${tag}`;
      const id = createCampaign(slug, "draft");
      // The attacker owns the draft: ownership is not approval.
      if (role !== "anonymous" && role !== "admin") addMember(id, world.userIds[role], "owner");
      return {
        fields: { campaignId: String(id), title: `Draft of ${role}`, slug, summary: "S", story: "Story", demands: "Free them", status: "live" },
        tookEffect: () => one<{ status: string }>("select status from campaigns where id = ?", id)?.status === "live",
      };
    },
  },
  {
    name: "approve a submitted campaign",
    allowed: allowed("admin"),
    path: () => "/en/organise/admin/campaigns",
    form: "form[id^=approve-]",
    attempt: (role) => {
      const id = createCampaign(`submitted-${role.toLowerCase()}-${tag}`, "submitted");
      return {
        fields: { campaignId: String(id) },
        tookEffect: () => one<{ status: string }>("select status from campaigns where id = ?", id)?.status === "live",
      };
    },
  },
  {
    name: "decline a submitted campaign",
    allowed: allowed("admin"),
    path: () => `/en/organise/admin/campaigns/${world.submittedCampaignId}/decline`,
    form: "#decline-campaign",
    attempt: (role) => {
      const id = createCampaign(`to-decline-${role.toLowerCase()}-${tag}`, "submitted");
      return {
        fields: { campaignId: String(id), reason: "Not ready" },
        tookEffect: () => one<{ status: string }>("select status from campaigns where id = ?", id)?.status === "declined",
      };
    },
  },
  {
    name: "add an instance admin",
    allowed: allowed("admin"),
    path: () => "/en/organise/admin",
    form: "#form-addAdmin",
    attempt: (role) => {
      const email = `admin-by-${role}-${tag}@example.org`;
      return { fields: { email }, tookEffect: () => one<{ a: number }>("select is_admin as a from users where email = ?", email)?.a === 1 };
    },
  },
];

test("every organiser action checks the caller's role itself", async ({ browser }) => {
  test.setTimeout(180_000);
  // A moderation batch must exist for its undo form to be on the page when the fields are read.
  const seedSignature = createSignature(world.petitionId);
  e2eDb().prepare("insert into moderation_batches (petition_id, rule, affected, created_at) values (?, '{}', 0, ?)").run(world.petitionId, Date.now());
  expect(seedSignature).toBeGreaterThan(0);
  const failures: string[] = [];
  for (const c of actionCases) {
    const fields = await actionFields(browser, c.path(), c.form);
    for (const role of ROLES) {
      const attempt = c.attempt(role);
      await postAction(role, c.path(), fields, attempt.fields);
      const did = attempt.tookEffect();
      if (did !== c.allowed.has(role)) failures.push(`${c.name} as ${role}: ${did ? "took effect" : "was refused"}`);
    }
  }
  expect(failures).toEqual([]);
});

test("after the matrix's invalidations and undos, the stored count equals the confirmed rows, in the public API too", async () => {
  const slug = one<{ slug: string }>("select slug from petitions where id = ?", world.petitionId)!.slug;
  const count = async () => ((await (await world.clients.anonymous.get(`/api/petitions/${slug}`)).json()) as { signatureCount: number }).signatureCount;
  const stored = one<{ n: number }>("select signature_count as n from petitions where id = ?", world.petitionId)!.n;
  const live = one<{ n: number }>("select count(*) as n from signatures where petition_id = ? and status = 'confirmed'", world.petitionId)!.n;
  expect(stored).toBe(live);
  expect(await count()).toBe(live);
});

const routeCases: { name: string; path: () => string; allowed: Set<Role> }[] = [
  { name: "CSV export", path: () => `/api/organise/petitions/${world.petitionId}/signatures.csv`, allowed: OWNERS },
  { name: "delivery pack", path: () => `/api/organise/petitions/${world.petitionId}/delivery-pack.pdf`, allowed: allowed("moderator", "editor", "owner", "admin") },
];

test("organiser routes answer 401, 404, 403 or 200 by role", async () => {
  const failures: string[] = [];
  for (const c of routeCases) {
    for (const role of ROLES) {
      const res = await world.clients[role].get(c.path());
      const expected = c.allowed.has(role) ? 200 : role === "anonymous" ? 401 : role === "noRole" || role === "otherCampaign" ? 404 : 403;
      if (res.status() !== expected) failures.push(`${c.name} as ${role}: ${res.status()} (expected ${expected})`);
    }
  }
  expect(failures).toEqual([]);
});

const pageCases: { name: string; path: () => string; allowed: Set<Role> }[] = [
  { name: "campaign overview", path: () => `/en/organise/campaigns/${world.campaignId}`, allowed: allowed("moderator", "editor", "owner", "admin") },
  { name: "edit campaign", path: () => `/en/organise/campaigns/${world.campaignId}/edit`, allowed: WRITERS },
  { name: "petition dashboard", path: () => `/en/organise/campaigns/${world.campaignId}/petitions/${world.petitionId}`, allowed: allowed("moderator", "editor", "owner", "admin") },
  { name: "members", path: () => `/en/organise/campaigns/${world.campaignId}/members`, allowed: OWNERS },
  { name: "audit log", path: () => `/en/organise/campaigns/${world.campaignId}/audit`, allowed: OWNERS },
  { name: "admin", path: () => "/en/organise/admin", allowed: allowed("admin") },
  { name: "campaigns awaiting approval", path: () => "/en/organise/admin/campaigns", allowed: allowed("admin") },
  { name: "decline a campaign", path: () => `/en/organise/admin/campaigns/${world.submittedCampaignId}/decline`, allowed: allowed("admin") },
];

test("organiser pages: sign-in for anonymous, 404 without the role, 200 with it", async () => {
  const failures: string[] = [];
  for (const c of pageCases) {
    for (const role of ROLES) {
      const res = await world.clients[role].get(c.path(), { maxRedirects: 0 });
      const expected = c.allowed.has(role) ? 200 : role === "anonymous" ? 307 : 404;
      if (res.status() !== expected) failures.push(`${c.name} as ${role}: ${res.status()} (expected ${expected})`);
      if (role === "anonymous" && res.status() === 307) expect(res.headers().location).toContain("/organise/sign-in");
    }
  }
  expect(failures).toEqual([]);
});

test("a forged x-middleware-subrequest header changes nothing", async () => {
  const forged = "middleware:middleware:middleware:middleware:middleware";
  const anonymous = await playwrightRequest.newContext({ baseURL: base, extraHTTPHeaders: { "x-middleware-subrequest": forged, origin: base } });
  const page = await anonymous.get(`/en/organise/campaigns/${world.campaignId}/edit`, { maxRedirects: 0 });
  expect(page.status()).toBe(307);
  expect((await anonymous.get(`/api/organise/petitions/${world.petitionId}/signatures.csv`)).status()).toBe(401);
  const editor = await playwrightRequest.newContext({
    baseURL: base,
    extraHTTPHeaders: { "x-middleware-subrequest": forged, cookie: world.cookies.editor, origin: base },
  });
  expect((await editor.get(`/api/organise/petitions/${world.petitionId}/signatures.csv`)).status()).toBe(403);
  expect((await editor.get(`/en/organise/campaigns/${world.campaignId}/members`, { maxRedirects: 0 })).status()).toBe(404);
  await anonymous.dispose();
  await editor.dispose();
});
