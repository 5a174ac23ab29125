/**
 * Fuzzing every public form and JSON endpoint of the production build with fast-check: unicode, NUL
 * and control characters, huge and empty values, wrong JSON types, missing, extra and repeated fields,
 * arrays for strings, random multipart names and files, random content types, truncated bodies,
 * tampered server-action fields, server actions called as JavaScript calls them (a `next-action`
 * header and React's reply encoding, intact or broken) — mixed with plausible submissions so the
 * write paths run too.
 * Every response must be < 500; after each endpoint's run no row it wrote may be half-written (a
 * pending signature or an unconfirmed submission without its token or email, an email without its
 * row, a photo row without its file or report, a stored file without its row); at the end SQLite's
 * integrity and foreign-key checks must pass.
 *
 * Runs per endpoint: 300 by default (npm test; about 2 minutes for the file), 10,000 with
 * PICKET_FULL_LOAD_TESTS=1 (120,000 requests, about 20 minutes on a shared 2-core machine), or
 * PICKET_FUZZ_RUNS=<n>. PICKET_FUZZ_SEED=<n> replays a run (the seed is printed).
 * Adding an endpoint is one entry in `targets` below.
 */
import fc from "fast-check";
import { createHash, createHmac, randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { XSS_PAYLOADS } from "../fixtures/xss-payloads";
import { createCampaign, createPetition, e2eDb } from "./db";
import { expect, test } from "./fixtures";
import { hiddenActionFields, multipart, MULTIPART, ORIGIN, send, type Part, type RawRequest } from "./raw-http";

const RUNS = Number(process.env.PICKET_FUZZ_RUNS) || (process.env.PICKET_FULL_LOAD_TESTS === "1" ? 10_000 : 300);
const SEED = Number(process.env.PICKET_FUZZ_SEED) || Date.now() % 2 ** 31;
const CONCURRENCY = 4;
/** The e2e server's PICKET_SECRET (scripts/e2e-server.mjs), to sign unsubscribe links as the app does. */
const E2E_SECRET = "e2e-secret-e2e-secret-e2e-secret-0123456789";

/* ---------- building blocks ---------- */

let unique = 0;
/** A fresh, valid address per generated submission, so each one is a new row. */
const freshEmail = fc.constantFrom("fz", "Fz.Test", "fz+tag").map((local) => `${local}.${SEED}.${unique++}@fuzz.example`);

const controlChars = ["\u0000", "\u0001", "\u0008", "\u000b", "\u001f", "\u007f", "\u0085", "\u200b", "\u200e", "\u202e", "\u2028", "\ufeff", "\ufffe", "\ud800", "\udfff"];
const syntaxChars = ["<", ">", '"', "'", "&", "%", "=", ";", "\\", "\r", "\n", "\r\n", "--", "{", "}", "[", "]", "$", "`", "/", "?", "#", "\t", " "];

/** Strings a form never sends. */
const nasty: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: "binary", maxLength: 60 }) },
  { weight: 3, arbitrary: fc.string({ unit: fc.constantFrom(...controlChars, ...syntaxChars, "a", "я", "🚩"), maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 400 }) },
  { weight: 1, arbitrary: fc.constantFrom("", " ", "\u0000", "null", "undefined", "[object Object]", "NaN", "-1", "0", "1e309", "__proto__", "constructor", ...XSS_PAYLOADS.slice(0, 8)) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 300_000 }).map((n) => "x".repeat(n)) },
  { weight: 1, arbitrary: fc.integer().map(String) },
);

/** For URLs: a request line over Node's header limit gets 431 or a reset from the transport, before Picket. */
const urlPart = nasty.map((s) => s.slice(0, 2000));

/** Raw bytes, often not UTF-8 at all. */
const bytes = fc.uint8Array({ maxLength: 300 });

/** Field names: the real ones, look-alikes, and anything. */
const fieldName = (known: readonly string[]) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...known) },
    { weight: 1, arbitrary: fc.constantFrom(...known).map((k) => `${k}[]`) },
    { weight: 1, arbitrary: fc.constantFrom("$ACTION_ID_0", "$ACTION_REF_1", "$ACTION_KEY", "__proto__", "constructor", "", "0", "a.b", "files") },
    { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 20 }) },
  );

/** Multipart parts nobody's browser would send: any names, any values, files where text belongs. */
const hostileParts = (known: readonly string[]): fc.Arbitrary<Part[]> =>
  fc.array(
    fc.record({
      name: fieldName(known),
      value: fc.oneof({ weight: 4, arbitrary: nasty }, { weight: 1, arbitrary: bytes }),
      file: fc.option(fc.record({ filename: nasty, type: fc.constantFrom("image/png", "image/jpeg", "text/html", "application/octet-stream", "", "image/svg+xml") }), { freq: 6 }),
    }).map(({ name, value, file }): Part => ({ name, value, ...(file ? { filename: file.filename, type: file.type } : {}) })),
    { maxLength: 14 },
  );

/** Percent-encodes the UTF-8 bytes of any string (lone surrogates included) for a URL. */
function pct(s: string): string {
  return [...Buffer.from(s, "utf8")].map((b) => (/[A-Za-z0-9_.~-]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).padStart(2, "0")}`)).join("");
}

const textParts = (record: Record<string, string | undefined>): Part[] =>
  Object.entries(record).flatMap(([name, value]) => (value === undefined ? [] : [{ name, value }]));

type ActionMode = "intact" | "missing" | "tampered" | "duplicated";
type Encoding = "multipart" | "urlencoded" | "truncated" | "wrong-type" | "no-type" | "bad-boundary" | "js-call" | "js-text";

/**
 * The action's id and bound arguments, read from the hidden fields of its no-JavaScript form: what
 * a browser with JavaScript sends in the `next-action` header and at the head of the body.
 */
function actionCall(fields: [string, string][]): { id: string; bound: unknown[] } {
  const get = (name: string) => fields.find(([k]) => k === name)?.[1];
  const byId = fields.find(([k]) => k.startsWith("$ACTION_ID_"));
  if (byId) return { id: byId[0].slice("$ACTION_ID_".length), bound: [] };
  const meta = JSON.parse(get("$ACTION_1:0") ?? "{}") as { id?: string };
  const bound = JSON.parse(get("$ACTION_1:1") ?? "[]") as unknown;
  return { id: meta.id ?? "", bound: Array.isArray(bound) ? bound : [] };
}

/** Roots React never sends: references to parts that are not there, a megabyte, not JSON at all. */
const brokenRoot = fc.oneof(
  fc.constantFrom("", "[", "[1,2", "garbage", '["$@5"]', '["$K1","$@9"]', '["$Q2"]', '["$7"]', '["$h3"]', '["$B4"]', '["$T"]', '{"a":"$W2"}'),
  fc.constant(JSON.stringify(["en", "x".repeat(1024 * 1024)])),
  nasty,
);

/**
 * A POST to a server action's page: the form's hidden action fields (usually intact), then the
 * generated fields, in one of several encodings, most of them proper multipart.
 */
function actionPost(opts: { path: fc.Arbitrary<string>; actionFields: fc.Arbitrary<[string, string][]>; known: readonly string[]; plausible: fc.Arbitrary<Part[]> }): fc.Arbitrary<RawRequest> {
  return fc
    .record({
      path: opts.path,
      action: opts.actionFields,
      parts: fc.oneof({ weight: 2, arbitrary: opts.plausible }, { weight: 2, arbitrary: hostileParts(opts.known) }, { weight: 1, arbitrary: fc.tuple(opts.plausible, hostileParts(opts.known)).map(([a, b]) => [...a, ...b]) }),
      mode: fc.constantFrom<ActionMode>("intact", "intact", "intact", "intact", "intact", "intact", "missing", "tampered", "duplicated"),
      tamper: fc.tuple(fc.nat(), fc.oneof(nasty, fc.jsonValue().map((v) => JSON.stringify(v) ?? ""))),
      encoding: fc.constantFrom<Encoding>("multipart", "multipart", "multipart", "multipart", "multipart", "multipart", "multipart", "urlencoded", "truncated", "wrong-type", "no-type", "bad-boundary", "js-call", "js-call", "js-text"),
      root: fc.option(brokenRoot, { freq: 3 }),
      cut: fc.double({ min: 0, max: 1, noNaN: true }),
      origin: fc.constantFrom<string | undefined>(ORIGIN, ORIGIN, ORIGIN, ORIGIN, ORIGIN, ORIGIN, ORIGIN, ORIGIN, undefined, "null", "http://evil.example"),
      contentType: fc.oneof(fc.constantFrom("text/plain", "application/json", "application/octet-stream", "multipart/mixed", "multipart/form-data", "text/x-component", "image/png"), urlPart.map((s) => s.replace(/[\r\n\u0000-\u001f\u007f-\uffff]/g, ""))),
    })
    .map(({ path, action, parts, mode, tamper, encoding, cut, contentType, origin, root }): RawRequest => {
      let fields: [string, string][] = action;
      if (mode === "missing") fields = [];
      // React's own encoding of the action and its bound arguments, with one value replaced.
      if (mode === "tampered") fields = action.map(([k, v], i) => [k, i === tamper[0] % action.length ? tamper[1] : v]);
      if (mode === "duplicated") fields = [...action, ...action];
      const all: Part[] = [...fields.map(([name, value]) => ({ name, value })), ...parts];
      const headers: Record<string, string> = { ...(origin ? { origin } : {}), accept: "text/html" };
      let body: Buffer;
      if (encoding === "js-call" || encoding === "js-text") {
        // As a browser with JavaScript calls the action: its id in a header, the bound arguments and the
        // form (a FormData, "$K1", whose entries are the "_1_<name>" parts, sent before the root "0").
        const call = actionCall(action);
        // A header over Node's limit gets 431 or a reset from the transport, before Picket: kept under it.
        headers["next-action"] = mode === "tampered" ? tamper[1].replace(/[^\x21-\x7e]/g, "").slice(0, 2000) || "00" : call.id;
        headers.accept = "text/x-component";
        const rootText = root ?? JSON.stringify([...call.bound, "$K1"]);
        if (encoding === "js-text") {
          headers["content-type"] = "text/plain;charset=UTF-8";
          body = Buffer.from(root ?? JSON.stringify(call.bound));
        } else {
          headers["content-type"] = MULTIPART;
          body = multipart([...parts.map((p) => ({ ...p, name: `_1_${p.name}` })), ...(mode === "missing" ? [] : [{ name: "0", value: rootText }])]);
        }
        return { method: "POST", path, headers, body };
      }
      switch (encoding) {
        case "urlencoded":
          body = Buffer.from(all.map((p) => `${pct(p.name)}=${pct(typeof p.value === "string" ? p.value : Buffer.from(p.value).toString("latin1"))}`).join("&"));
          headers["content-type"] = "application/x-www-form-urlencoded";
          break;
        case "truncated": {
          const full = multipart(all);
          body = full.subarray(0, Math.floor(full.length * cut));
          headers["content-type"] = MULTIPART;
          break;
        }
        case "wrong-type":
          body = multipart(all);
          headers["content-type"] = contentType;
          break;
        case "no-type":
          body = multipart(all);
          break;
        case "bad-boundary":
          body = multipart(all);
          headers["content-type"] = "multipart/form-data; boundary=not-the-one";
          break;
        default:
          body = multipart(all);
          headers["content-type"] = MULTIPART;
      }
      return { method: "POST", path, headers, body };
    });
}

/* ---------- fixtures the generators need ---------- */

interface Fixture {
  slug: string;
  petition: string;
  /** A published letter template. */
  letter: number;
  /** A signed unsubscribe link's token (for nobody in particular) and its page's button fields. */
  unsubscribe: { token: string; fields: [string, string][] };
  png: Buffer;
  /** Hidden action fields of each form, by target. */
  forms: Record<string, [string, string][]>;
  /** Confirm pages of pending items with known tokens: the URL token and its form's action fields. */
  confirms: Record<"signature" | "report" | "plannedAction", { token: string; fields: [string, string][] }[]>;
}

const hashed = () => {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: createHash("sha256").update(token, "utf8").digest("hex") };
};

async function formFields(pagePath: string, marker: string): Promise<[string, string][]> {
  const res = await send({ method: "GET", path: pagePath });
  expect(res.status, pagePath).toBe(200);
  const fields = hiddenActionFields(res.body, marker);
  expect(fields.length, `${pagePath}: server action fields`).toBeGreaterThan(0);
  return fields;
}

/** Pending items with tokens this test knows, each with the action fields of its confirm page. */
async function confirmPool(kind: keyof Fixture["confirms"], campaignId: number, petitionId: number, size: number) {
  const db = e2eDb();
  const pool: { token: string; fields: [string, string][] }[] = [];
  for (let i = 0; i < size; i++) {
    const { token, hash } = hashed();
    const expires = Date.now() + 86_400_000;
    const email = `fz-confirm-${kind}-${SEED}-${i}@fuzz.example`;
    let pagePath: string;
    if (kind === "signature") {
      db.prepare(
        `insert into signatures (petition_id, name, email, email_fingerprint, country, name_display, opt_in_updates, consent_version, locale, status, token_hash, token_expires_at, created_at)
         values (?, 'Fuzz Confirm', ?, ?, 'GB', 'full', 0, 'test', 'en', 'pending', ?, ?, ?)`,
      ).run(petitionId, email, randomBytes(16).toString("hex"), hash, expires, Date.now());
      pagePath = `/en/confirm/${token}`;
    } else if (kind === "report") {
      db.prepare(
        `insert into action_reports (campaign_id, kind, action_date, city, country, account, organisation, contact_email, locale, status, token_hash, token_expires_at, created_at)
         values (?, 'protest', '2026-01-10', 'Almaty', 'KZ', 'We stood outside.', 'Fuzz', ?, 'en', 'unconfirmed', ?, ?, ?)`,
      ).run(campaignId, email, hash, expires, Date.now());
      pagePath = `/en/reports/confirm/${token}`;
    } else {
      db.prepare(
        `insert into planned_actions (campaign_id, title, starts_at, time_zone, place, city, country, contact, contact_email, locale, status, token_hash, token_expires_at, created_at)
         values (?, 'Fuzz picket', ?, 'UTC', 'Embassy', 'Berlin', 'DE', 'fuzz', ?, 'en', 'unconfirmed', ?, ?, ?)`,
      ).run(campaignId, Date.now() + 7 * 86_400_000, email, hash, expires, Date.now());
      pagePath = `/en/planned-actions/confirm/${token}`;
    }
    // Each pool item gets its confirmation email row too, so the item is whole before fuzzing starts.
    db.prepare("insert into outbox (template, recipient, locale, payload, status, next_attempt_at, created_at) values (?, ?, 'en', '{}', 'sent', ?, ?)").run(
      kind === "signature" ? "confirm-signature" : "confirm-report",
      email,
      Date.now(),
      Date.now(),
    );
    pool.push({ token, fields: await formFields(pagePath, "$ACTION") });
  }
  return pool;
}

/* ---------- the endpoints: one entry each ---------- */

interface Target {
  name: string;
  requests: (f: Fixture) => fc.Arbitrary<RawRequest>;
}

const SIGN_FIELDS = ["name", "email", "country", "city", "organisation", "comment", "nameDisplay", "optInUpdates", "source"] as const;
const REPORT_FIELDS = ["kind", "actionDate", "city", "country", "missionId", "account", "replyText", "organisation", "contactEmail", "photos", "replyPhoto"] as const;
const LETTER_FIELDS = ["recipient", "recipientName", "recipientTitle", "recipientOrganisation", "recipientAddress", "recipientCountry", "recipientEmail", "senderName", "senderRole", "senderOrganisation", "senderCity", "senderAddress", "senderEmail", "coSignatories", "date", "locale"] as const;
const PROPOSE_FIELDS = ["title", "description", "startsLocal", "endsLocal", "timeZone", "place", "city", "country", "missionId", "contact", "organisation", "contactEmail"] as const;

/** Mostly text a person could type (Latin, Cyrillic, Kazakh, emoji), sometimes any grapheme at all. */
const humanChars = fc.constantFrom(..."abcxyz ABC éñ ЖжЯя әғқңөұүһі 🚩✊ .,-'()!?0123456789".split(""), "\n");
const text = (max: number) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.string({ unit: humanChars, minLength: 1, maxLength: Math.min(max, 120) }).filter((v) => v.trim() !== "") },
    { weight: 1, arbitrary: fc.string({ unit: "grapheme", minLength: 1, maxLength: max }) },
  );
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined, freq: 3 });
/** Absent four times in five: for fields that are usually left empty and usually wrong when filled here. */
const rarely = <T>(a: fc.Arbitrary<T>) => fc.oneof({ weight: 4, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: a });
const country = fc.constantFrom("GB", "KZ", "RU", "DE", "FR", "US", "IN", "BR", "gb", "XX", "");

const plausibleSignature = fc
  .record({
    name: text(110),
    email: freshEmail,
    country,
    city: maybe(text(110)),
    organisation: maybe(text(160)),
    comment: maybe(text(520)),
    nameDisplay: maybe(fc.constantFrom("full", "first_country", "anonymous", "everyone")),
    optInUpdates: maybe(fc.constantFrom("on", "true", "1", "")),
    source: maybe(nasty),
  })
  .map(textParts);

function plausibleReport(png: Buffer) {
  const photo = fc.oneof(
    { weight: 3, arbitrary: fc.constant<Part | undefined>(undefined) },
    { weight: 1, arbitrary: fc.constantFrom<Part>({ name: "photos", value: png, filename: "picket.png", type: "image/png" }) },
    { weight: 1, arbitrary: bytes.map((b): Part => ({ name: "photos", value: b, filename: "broken.jpg", type: "image/jpeg" })) },
    { weight: 1, arbitrary: fc.constantFrom<Part>({ name: "replyPhoto", value: png, filename: "reply.png", type: "image/png" }, { name: "photos", value: new Uint8Array(0), filename: "", type: "application/octet-stream" }) },
  );
  return fc
    .record({
      kind: fc.constantFrom("letter_delivered", "letter_posted", "protest", "resolution", "reply_received", "riot"),
      actionDate: fc.oneof(
        { weight: 3, arbitrary: fc.date({ min: new Date("2020-01-01"), max: new Date(Date.now() - 86_400_000), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)) },
        { weight: 1, arbitrary: fc.constantFrom("2026-02-30", "1989-12-31", "2999-01-01", "15/01/2026", "") },
        { weight: 1, arbitrary: fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)) },
      ),
      city: text(110),
      country,
      missionId: rarely(fc.oneof(fc.constantFrom("", "0", "-1", "1e3", "999999999999999999999"), fc.nat().map(String))),
      account: text(3100),
      replyText: maybe(text(3100)),
      organisation: text(160),
      contactEmail: freshEmail,
    })
    .chain((fields) => fc.array(photo, { maxLength: 3 }).map((photos) => [...textParts(fields), ...photos.filter((p): p is Part => !!p)]));
}

const localDateTime = fc.oneof(
  { weight: 3, arbitrary: fc.date({ min: new Date(Date.now() + 2 * 86_400_000), max: new Date("2032-01-01"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 16)) },
  { weight: 1, arbitrary: fc.date({ min: new Date("2020-01-01"), max: new Date("2035-01-01"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 16)) },
  { weight: 1, arbitrary: fc.constantFrom("2030-02-30T10:00", "2030-01-01T25:00", "2030-01-01", "tomorrow", "") },
);

const plausibleProposal = fc
  .record({
    title: text(160),
    description: maybe(text(3100)),
    startsLocal: localDateTime,
    endsLocal: fc.option(localDateTime, { nil: undefined, freq: 2 }),
    timeZone: fc.constantFrom("Europe/London", "Asia/Almaty", "America/New_York", "UTC", "Bogus/Zone", "+05:00", ""),
    place: text(210),
    city: text(110),
    country,
    missionId: rarely(fc.nat().map(String)),
    contact: text(210),
    organisation: maybe(text(160)),
    contactEmail: freshEmail,
  })
  .map(textParts);

const plausibleLetter = fc
  .record({
    recipient: fc.constantFrom("custom", "CA", "GB", "DE", "KZ", "DE:1", "DE:999999", "de", "", "custom2"),
    recipientName: maybe(text(130)),
    recipientTitle: maybe(text(130)),
    recipientOrganisation: maybe(text(130)),
    recipientAddress: maybe(text(520)),
    recipientCountry: maybe(country),
    recipientEmail: maybe(fc.oneof(freshEmail, nasty)),
    senderName: text(130),
    senderRole: maybe(text(130)),
    senderOrganisation: maybe(text(160)),
    senderCity: maybe(text(110)),
    senderAddress: maybe(text(520)),
    senderEmail: maybe(freshEmail),
    coSignatories: maybe(text(2100)),
    date: maybe(fc.constantFrom("2026-05-26", "2026-02-30", "26/05/2026", "")),
    locale: maybe(fc.constantFrom("en", "ru", "de", "")),
  })
  .map(textParts);

/** A JSON body for the signing API: plausible, wrongly typed, oddly shaped, or not JSON at all. */
const jsonBody: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ name: text(110), email: freshEmail, country, comment: maybe(text(520)), locale: maybe(fc.constantFrom("en", "ru", "de", "")) }).map((o) => JSON.stringify(o)) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.record({ name: text(50), email: freshEmail, country }), fc.constantFrom(...SIGN_FIELDS, "locale"), fc.oneof(fc.anything(), fc.array(fc.string()), fc.constant(null), fc.boolean(), fc.double(), fc.object()))
      .map(([o, key, value]) => JSON.stringify({ ...o, [key]: value })),
  },
  { weight: 2, arbitrary: fc.dictionary(fieldName([...SIGN_FIELDS, "locale"]), fc.jsonValue()).map((o) => JSON.stringify(o)) },
  { weight: 1, arbitrary: fc.jsonValue().map((v) => JSON.stringify(v) ?? "") },
  { weight: 1, arbitrary: fc.tuple(freshEmail, nasty, nasty).map(([email, a, b]) => `{"name":${JSON.stringify(a)},"email":"${email}","country":"GB","name":${JSON.stringify(b)}}`) },
  { weight: 1, arbitrary: fc.tuple(fc.record({ name: text(50), email: freshEmail, country }), fc.double({ min: 0, max: 1, noNaN: true })).map(([o, cut]) => { const s = JSON.stringify(o); return s.slice(0, Math.floor(s.length * cut)); }) },
  { weight: 1, arbitrary: nasty },
  { weight: 1, arbitrary: fc.integer({ min: 16_000, max: 40_000 }).map((n) => JSON.stringify({ name: "x".repeat(n), email: "big@fuzz.example", country: "GB" })) },
);

const targets: Target[] = [
  {
    name: "sign form (server action)",
    requests: (f) => actionPost({ path: fc.constant(`/en/petitions/${f.petition}`), actionFields: fc.constant(f.forms.sign), known: SIGN_FIELDS, plausible: plausibleSignature }),
  },
  {
    name: "JSON signing API",
    requests: (f) =>
      fc
        .record({
          body: jsonBody,
          type: fc.oneof({ weight: 8, arbitrary: fc.constantFrom("application/json", "application/json; charset=utf-8", "APPLICATION/JSON") }, { weight: 1, arbitrary: fc.constantFrom("text/plain", "application/x-www-form-urlencoded", MULTIPART, "application/jsonx", "") }),
          origin: fc.constantFrom(ORIGIN, ORIGIN, ORIGIN, ORIGIN, ORIGIN, ORIGIN, "null", "http://evil.example", undefined),
          slug: fc.constantFrom(f.petition, f.petition, f.petition, "no-such-petition", "%00", "..%2F..%2Fapi"),
        })
        .map(({ body, type, origin, slug }): RawRequest => ({
          method: "POST",
          path: `/api/petitions/${slug}/signatures`,
          headers: { ...(type ? { "content-type": type } : {}), ...(origin ? { origin } : {}) },
          body,
        })),
  },
  ...(["signature", "report", "plannedAction"] as const).map(
    (kind): Target => ({
      name: `confirm button (${kind})`,
      requests: (f) => {
        const base = { signature: "/en/confirm/", report: "/en/reports/confirm/", plannedAction: "/en/planned-actions/confirm/" }[kind];
        const pool = f.confirms[kind];
        return fc.nat(pool.length - 1).chain((i) =>
          actionPost({
            // The token in the URL is only displayed; the bound (encrypted) one in the form is what counts.
            path: fc.oneof({ weight: 4, arbitrary: fc.constant(`${base}${pool[i].token}`) }, { weight: 1, arbitrary: urlPart.map((t) => `${base}${pct(t) || "x"}`) }),
            actionFields: fc.constant(pool[i].fields),
            known: ["token", "locale", "kind"],
            plausible: fc.constant([]),
          }),
        );
      },
    }),
  ),
  {
    name: "one-click unsubscribe API",
    requests: () =>
      fc
        .record({
          t: fc.oneof(urlPart, fc.base64String({ maxLength: 120 }), fc.constant(undefined)),
          body: fc.oneof(fc.constant("List-Unsubscribe=One-Click"), nasty),
          type: fc.constantFrom("application/x-www-form-urlencoded", "multipart/form-data", "application/json", "text/plain", undefined),
          repeat: fc.boolean(),
        })
        .map(({ t, body, type, repeat }): RawRequest => ({
          method: "POST",
          path: `/api/unsubscribe${t === undefined ? "" : `?t=${pct(t)}${repeat ? `&t=${pct(t)}x` : ""}`}`,
          headers: type ? { "content-type": type } : {},
          body,
        })),
  },
  {
    name: "report-back form (multipart, photos)",
    requests: (f) => actionPost({ path: fc.constant(`/en/campaigns/${f.slug}/report`), actionFields: fc.constant(f.forms.report), known: REPORT_FIELDS, plausible: plausibleReport(f.png) }),
  },
  {
    name: "planned-action proposal",
    requests: (f) => actionPost({ path: fc.constant(`/en/campaigns/${f.slug}/actions/new`), actionFields: fc.constant(f.forms.propose), known: PROPOSE_FIELDS, plausible: plausibleProposal }),
  },
  {
    name: "letter writing form (server action)",
    requests: (f) => actionPost({ path: fc.constant(`/en/letters/${f.letter}`), actionFields: fc.constant(f.forms.letter), known: LETTER_FIELDS, plausible: plausibleLetter }),
  },
  {
    name: "letter downloads (PDF, Word, text)",
    requests: (f) =>
      fc
        .record({
          format: fc.constantFrom("pdf", "docx", "txt", "txt", "html", "%00"),
          template: fc.constantFrom(String(f.letter), String(f.letter), String(f.letter), "0", "-1", "999999999", "abc", "1e3"),
          parts: fc.oneof({ weight: 3, arbitrary: plausibleLetter }, { weight: 1, arbitrary: hostileParts(LETTER_FIELDS) }),
          encoding: fc.constantFrom("multipart", "multipart", "urlencoded", "urlencoded", "wrong-type", "truncated"),
          origin: fc.constantFrom<string | undefined>(ORIGIN, ORIGIN, ORIGIN, ORIGIN, ORIGIN, undefined, "null", "http://evil.example"),
          cut: fc.double({ min: 0, max: 1, noNaN: true }),
        })
        .map(({ format, template, parts, encoding, origin, cut }): RawRequest => {
          const headers: Record<string, string> = origin ? { origin } : {};
          let body: Buffer;
          if (encoding === "urlencoded") {
            body = Buffer.from(parts.map((p) => `${pct(p.name)}=${pct(typeof p.value === "string" ? p.value : Buffer.from(p.value).toString("latin1"))}`).join("&"));
            headers["content-type"] = "application/x-www-form-urlencoded";
          } else {
            body = multipart(parts);
            if (encoding === "truncated") body = body.subarray(0, Math.floor(body.length * cut));
            headers["content-type"] = encoding === "wrong-type" ? "application/json" : MULTIPART;
          }
          return { method: "POST", path: `/api/letters/${template}/${format}`, headers, body };
        }),
  },
  {
    name: "unsubscribe page's button",
    requests: (f) =>
      actionPost({
        // The token in the form's bound arguments is what counts; the one in the URL only picks the page.
        path: fc.oneof({ weight: 4, arbitrary: fc.constant(`/en/unsubscribe?t=${f.unsubscribe.token}`) }, { weight: 1, arbitrary: urlPart.map((t) => `/en/unsubscribe?t=${pct(t)}`) }),
        actionFields: fc.constant(f.unsubscribe.fields),
        known: ["t", "token", "locale"],
        plausible: fc.constant([]),
      }),
  },
  {
    name: "organiser sign-in (magic link request)",
    requests: (f) =>
      actionPost({
        path: fc.constant("/en/organise/sign-in"),
        actionFields: fc.constant(f.forms.signIn),
        known: ["email", "callbackUrl"],
        plausible: fc.record({ email: freshEmail, callbackUrl: maybe(fc.oneof(fc.constantFrom("/en/organise", "//evil.example", "https://evil.example/", "javascript:alert(1)"), nasty)) }).map(textParts),
      }),
  },
];

/* ---------- what fuzzing found, kept as plain regression tests ---------- */

test.describe("regressions found by fuzzing", () => {
  test("a form post the parser cannot read gets 400, not Next's 500", async () => {
    const page = await send({ method: "GET", path: "/en/organise/sign-in" });
    const valid = multipart([...hiddenActionFields(page.body, 'name="email"').map(([name, value]) => ({ name, value })), { name: "email", value: "someone@fuzz.example" }]);
    const cases: [string, Buffer, string][] = [
      ["empty body", Buffer.alloc(0), MULTIPART],
      ["truncated body", valid.subarray(0, 60), MULTIPART],
      ["no boundary", valid, "multipart/form-data"],
      ["wrong boundary", valid, "multipart/form-data; boundary=not-the-one"],
    ];
    for (const [label, body, type] of cases) {
      // Also on a dotted path, which the proxy once skipped as if it were a file.
      for (const p of ["/en/organise/sign-in", "/en/confirm/a.b"]) {
        const res = await send({ method: "POST", path: p, headers: { origin: ORIGIN, "content-type": type }, body });
        expect(res.status, `${label} to ${p}`).toBe(400);
      }
    }
    const ok = await send({ method: "POST", path: "/en/organise/sign-in", headers: { origin: ORIGIN, "content-type": MULTIPART }, body: valid });
    expect(ok.status, "the intact post still works").toBeLessThan(400);
  });

  test("a form post from another site gets 403, not Next's 500", async () => {
    const page = await send({ method: "GET", path: "/en/organise/sign-in" });
    const body = multipart([...hiddenActionFields(page.body, 'name="email"').map(([name, value]) => ({ name, value })), { name: "email", value: "someone@fuzz.example" }]);
    for (const origin of ["http://evil.example", "null", "http://localhost:1"]) {
      expect((await send({ method: "POST", path: "/en/organise/sign-in", headers: { origin, "content-type": MULTIPART }, body })).status, origin).toBe(403);
    }
  });

  test("a page path with an encoded percent or a broken escape gets 400, not a 500", async () => {
    for (const p of ["/en/petitions/%25", "/en/campaigns/a%25b/report", "/en/confirm/%3F%25", "/en/petitions/%E0%A4%A", "/en/petitions/%ZZ", "/en/%25", "/en/confirm/a.b%25", "/en/reports/confirm/.%2fZ%25"]) {
      for (const method of ["GET", "POST"]) expect((await send({ method, path: p, headers: { origin: ORIGIN } })).status, `${method} ${p}`).toBe(400);
    }
    expect((await send({ method: "GET", path: "/en/petitions/%2541" })).status, "a well-formed escape still reaches the page").toBe(404);
  });
});

/* ---------- the run ---------- */

/** Sends every request, CONCURRENCY at a time; returns the status counts and anything ≥ 500 or failed. */
async function fire(requests: RawRequest[]) {
  const statuses = new Map<number, number>();
  const failures: string[] = [];
  let next = 0;
  const describe = (r: RawRequest) => `${r.method} ${r.path} ${JSON.stringify(r.headers)} ${String(r.body ?? "").slice(0, 300)}`;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < requests.length) {
        const req = requests[next++];
        try {
          const res = await send(req);
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          if (res.status >= 500) failures.push(`${res.status}: ${describe(req)}`);
        } catch (err) {
          failures.push(`${(err as Error).message}: ${describe(req)}`);
        }
      }
    }),
  );
  return { statuses: Object.fromEntries([...statuses].sort(([a], [b]) => a - b)), failures };
}

const UPLOADS = path.join(process.cwd(), "data", "uploads", "reports");
const listUploads = () => new Set(fs.existsSync(UPLOADS) ? fs.readdirSync(UPLOADS) : []);

interface Baseline {
  signature: number;
  report: number;
  action: number;
  outbox: number;
  photo: number;
  uploads: Set<string>;
}

/** The last row ids and the stored files before a run: what the run wrote is everything after. */
function baseline(): Baseline {
  const max = (table: string) => (e2eDb().prepare(`select coalesce(max(id), 0) as n from ${table}`).get() as { n: number }).n;
  return { signature: max("signatures"), report: max("action_reports"), action: max("planned_actions"), outbox: max("outbox"), photo: max("report_photos"), uploads: listUploads() };
}

/** Nothing the run wrote is half-written; returns what it wrote, for the log. */
async function expectNoPartialRows(before: Baseline): Promise<string> {
  // The last transactions and the dispatcher settle first.
  await new Promise((r) => setTimeout(r, 1000));
  const db = e2eDb();
  const rows = <T>(sql: string, ...params: unknown[]) => db.prepare(sql).all(...params) as T[];

  // A pending signature always has its token and confirmation email; a confirmation email always has its signature.
  // Addresses are compared as one inbox: "a+tag@x" is "a@x" (issue #11), so a later "+tag" spelling
  // refreshes the first one's pending signature and its email goes to the spelling just typed.
  const sameInbox = (email: string) => email.toLowerCase().replace(/\+[^@]*@/, "@");
  const confirmations = rows<{ id: number; recipient: string }>(`select id, recipient from outbox where id > ? and template = 'confirm-signature'`, before.outbox);
  const confirmationsTo = new Set(confirmations.map((o) => sameInbox(o.recipient)));
  const signers = new Set(rows<{ email: string }>("select email from signatures").map((s) => sameInbox(s.email)));
  expect(
    rows<{ id: number; email: string; token_hash: string | null }>(`select id, email, token_hash from signatures where id > ? and status = 'pending'`, before.signature).filter(
      (s) => !s.token_hash || !confirmationsTo.has(sameInbox(s.email)),
    ),
    "pending signatures without their token or email",
  ).toEqual([]);
  expect(
    confirmations.filter((o) => !signers.has(sameInbox(o.recipient))),
    "confirmation emails without a signature",
  ).toEqual([]);

  // The same for report-backs and planned actions waiting for their email confirmation.
  for (const [table, since] of [["action_reports", before.report], ["planned_actions", before.action]] as const) {
    expect(
      rows(
        `select t.id from ${table} t where t.id > ? and t.status = 'unconfirmed'
         and (t.token_hash is null or not exists (select 1 from outbox o where o.template = 'confirm-report' and o.recipient = t.contact_email and o.id > ?))`,
        since,
        before.outbox,
      ),
      `${table} unconfirmed without token or email`,
    ).toEqual([]);
  }
  expect(
    rows(
      `select o.id from outbox o where o.id > ? and o.template = 'confirm-report'
       and not exists (select 1 from action_reports r where r.contact_email = o.recipient)
       and not exists (select 1 from planned_actions p where p.contact_email = o.recipient)`,
      before.outbox,
    ),
    "report confirmation emails without their report or action",
  ).toEqual([]);

  // Photos: every new row has its report and its file; every new file has its row.
  const photoRows = rows<{ id: number; report_id: number; path: string }>("select id, report_id, path from report_photos where id > ?", before.photo);
  expect(rows("select p.id from report_photos p left join action_reports r on r.id = p.report_id where r.id is null"), "photo rows without a report").toEqual([]);
  const rowFiles = new Set(photoRows.map((p) => path.basename(p.path)));
  expect(photoRows.filter((p) => !fs.existsSync(path.join(UPLOADS, path.basename(p.path)))).map((p) => p.path), "photo rows without a file").toEqual([]);
  expect([...listUploads()].filter((f) => !before.uploads.has(f) && !rowFiles.has(f)), "stored photo files without a row").toEqual([]);

  const count = (table: string, since: number) => rows(`select id from ${table} where id > ?`, since).length;
  return `${count("signatures", before.signature)} signatures, ${count("action_reports", before.report)} reports, ${photoRows.length} photos, ${count("planned_actions", before.action)} planned actions`;
}

let fixture: Fixture;

test.describe("fuzzing public endpoints", () => {
  test.beforeAll(async () => {
    test.setTimeout(120_000);
    console.log(`[fuzz] ${RUNS} requests per endpoint, seed ${SEED} (PICKET_FUZZ_SEED=${SEED} replays it)`);
    const tag = randomBytes(4).toString("hex");
    const slug = `fuzz-${tag}`;
    const campaignId = createCampaign(slug);
    const petitionId = createPetition(campaignId, `fuzz-petition-${tag}`);
    const letter = (e2eDb().prepare("select id from letter_templates where status = 'published' and language = 'en' order by id limit 1").get() as { id: number }).id;
    // Signed as lib/security/unsubscribe.ts signs, with the e2e server's PICKET_SECRET (scripts/e2e-server.mjs),
    // for a fingerprint no signer has: the button works and changes nothing.
    const payload = `${campaignId}.${randomBytes(16).toString("hex")}`;
    const unsubscribeToken = `${payload}.${createHmac("sha256", E2E_SECRET).update(`unsubscribe\0${payload}`).digest("base64url")}`;
    const [sign, report, propose, signIn, letterForm, unsubscribe] = await Promise.all([
      formFields(`/en/petitions/fuzz-petition-${tag}`, 'name="email"'),
      formFields(`/en/campaigns/${slug}/report`, 'name="account"'),
      formFields(`/en/campaigns/${slug}/actions/new`, 'name="place"'),
      formFields("/en/organise/sign-in", 'name="email"'),
      formFields(`/en/letters/${letter}`, 'name="senderName"'),
      formFields(`/en/unsubscribe?t=${unsubscribeToken}`, "$ACTION"),
    ]);
    const poolSize = Math.min(50, Math.max(10, Math.ceil(RUNS / 200)));
    fixture = {
      slug,
      petition: `fuzz-petition-${tag}`,
      png: await sharp({ create: { width: 64, height: 48, channels: 3, background: "#b91c1c" } }).png().toBuffer(),
      letter,
      unsubscribe: { token: unsubscribeToken, fields: unsubscribe },
      forms: { sign, report, propose, signIn, letter: letterForm },
      confirms: {
        signature: await confirmPool("signature", campaignId, petitionId, poolSize),
        report: await confirmPool("report", campaignId, petitionId, poolSize),
        plannedAction: await confirmPool("plannedAction", campaignId, petitionId, poolSize),
      },
    };
  });

  for (const [i, target] of targets.entries()) {
    test(`${target.name}: no 5xx`, async () => {
      test.setTimeout(120_000 + RUNS * 250);
      const requests = fc.sample(target.requests(fixture), { numRuns: RUNS, seed: SEED + i });
      expect(requests).toHaveLength(RUNS);
      const before = baseline();
      const started = Date.now();
      const { statuses, failures } = await fire(requests);
      console.log(`[fuzz] ${target.name}: ${RUNS} in ${((Date.now() - started) / 1000).toFixed(1)} s, statuses ${JSON.stringify(statuses)}`);
      expect(failures.slice(0, 5), `${failures.length} requests got a 5xx or no answer`).toEqual([]);
      console.log(`[fuzz] ${target.name}: wrote ${await expectNoPartialRows(before)}, none partial`);
    });
  }

  test("afterwards: the database passes SQLite's integrity and foreign-key checks", () => {
    const db = e2eDb();
    expect((db.prepare("pragma integrity_check").get() as { integrity_check: string }).integrity_check).toBe("ok");
    expect(db.prepare("pragma foreign_key_check").all(), "foreign key violations").toEqual([]);
  });
});
