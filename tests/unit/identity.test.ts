// Proves "one person, one signature" and "one IPv6 allocation, one connection" on a real SQLite file:
// every spelling of an address gives one key (IPv4-mapped IPv6 is IPv4, zone ids and case and
// leading zeros do not matter), an IPv6 client is its /64 or the admin's prefix (audited, 32..128),
// the email rules (defaults and admin-edited, audited) fold aliases, six addresses in one /64 give one
// pending and five flagged with the real limits, a duplicate by any alias changes no count and gets the
// "already signed" email within the shared per-person budget, and names with a link are refused.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { auditLog, outbox, petitions, signatures } from "@/db/schema";
import { resetConfigForTests } from "@/lib/config";
import { AppError } from "@/lib/errors";
import { confirmSignature } from "@/lib/petitions/confirm";
import { signPetitionGrouped } from "@/lib/petitions/sign";
import { canonicaliseEmail, DEFAULT_EMAIL_RULES, type EmailDomainRule } from "@/lib/security/email-canonical";
import { currentEmailRules, currentIpv6Prefix, deleteEmailRule, saveEmailRule, updateIpv6Prefix } from "@/lib/security/identity-settings";
import { addressKey, parseAddress } from "@/lib/security/ip-prefix";
import { emailFingerprint, ipHash } from "@/lib/security/keyed-hash";
import { allowMagicLink, SIGNER_EMAILS_PER_HOUR } from "@/lib/security/limits";
import { trendingSources } from "@/db/queries/abuse";
import { emailRuleSchema, ipv6PrefixSchema } from "@/lib/validation/identity";
import { nameHasLink } from "@/lib/validation/person-name";
import { signatureSchema } from "@/lib/validation/signature";
import { makeOpenPetition, resetDatabase } from "../fixtures/db";

const T0 = new Date();
const at = (ms: number) => new Date(T0.getTime() + ms);
const input = (email: string, name = "Ида Ивановна") => signatureSchema.parse({ name, email, country: "DE" });
const rowsOf = (petitionId: number) => getDb().select().from(signatures).where(eq(signatures.petitionId, petitionId)).orderBy(signatures.id).all();
const countOf = (petitionId: number) => getDb().select().from(petitions).where(eq(petitions.id, petitionId)).get()!.signatureCount;
const templates = () => getDb().select().from(outbox).all().map((m) => m.template);
const lastToken = () => String(getDb().select().from(outbox).all().at(-1)!.payload.confirmUrl).split("/").pop()!;
const audits = (action: string) => getDb().select().from(auditLog).where(eq(auditLog.action, action)).all();

describe("addressKey: every spelling of one address is one key", () => {
  const oneIPv6 = [
    "2001:db8::1",
    "2001:DB8::1",
    "2001:0db8:0000:0000:0000:0000:0000:0001",
    "2001:db8:0:0:0:0:0:1",
    "2001:0DB8::0001",
    "2001:db8:0::1",
    "[2001:db8::1]",
    "[2001:db8::1]:443",
    " 2001:db8::1 ",
    "2001:db8::1%eth0",
    "[2001:db8::1%25en0]:8080",
    "2001:db8::0.0.0.1",
  ];
  it.each(oneIPv6)("%s", (spelling) => {
    expect(addressKey(spelling, 128)).toBe("2001:0db8:0000:0000:0000:0000:0000:0001/128");
    expect(addressKey(spelling, 64)).toBe("2001:0db8:0000:0000:0000:0000:0000:0000/64");
  });

  const oneIPv4 = ["192.0.2.1", "192.0.2.1:5123", "::ffff:192.0.2.1", "::FFFF:192.0.2.1", "[::ffff:192.0.2.1]:80", "::ffff:c000:201", "0:0:0:0:0:ffff:c000:0201", "::ffff:192.0.2.1%lo", "2002:c000:201::1", "2002:c000:0201:ffff::1"];
  it.each(oneIPv4)("IPv4 seen through IPv6 is IPv4: %s", (spelling) => {
    expect(addressKey(spelling, 64)).toBe("192.0.2.1");
    expect(addressKey(spelling, 128)).toBe("192.0.2.1");
  });

  it("an IPv6 client is its prefix: the whole /64 is one, the next /64 is another", () => {
    const k = (a: string, p = 64) => addressKey(a, p);
    expect(new Set(["2001:db8:1:2::1", "2001:db8:1:2::6", "2001:db8:1:2:ffff:ffff:ffff:ffff", "2001:db8:1:2:a:b:c:d"].map((a) => k(a))).size).toBe(1);
    expect(k("2001:db8:1:2::1")).not.toBe(k("2001:db8:1:3::1"));
    expect(k("2001:db8:1:2::1", 48)).toBe(k("2001:db8:1:3::1", 48));
    expect(k("2001:db8:1:2a00::", 56)).toBe(k("2001:db8:1:2aff::1", 56));
    expect(k("2001:db8:1:2a00::", 56)).not.toBe(k("2001:db8:1:2b00::", 56));
    expect(k("2001:db8::1", 128)).not.toBe(k("2001:db8::2", 128));
    // A key never mixes prefix lengths, and an invalid length falls back to /64.
    expect(k("2001:db8::1", 64)).not.toBe(k("2001:db8::1", 48));
    expect(k("2001:db8::1", 7)).toBe(k("2001:db8::1", 64));
  });

  it("something that is not an address is still a key of its own; nothing is none", () => {
    expect(addressKey("not-an-address")).toBe("not-an-address");
    expect(addressKey("1.2.3.256")).toBe("1.2.3.256");
    expect(addressKey(":::1")).toBe(":::1");
    expect(addressKey("1::2::3")).toBe("1::2::3");
    expect(addressKey("")).toBeNull();
    expect(addressKey(null)).toBeNull();
    expect(parseAddress("1:2:3:4:5:6:7:8:9")).toBeNull();
    expect(parseAddress("12345::1")).toBeNull();
  });
});

describe("the admin's IPv6 prefix", () => {
  beforeEach(() => resetDatabase());

  it("is 64 by default; the admin sets 32..128 (audited) and ipHash follows at once", () => {
    expect(currentIpv6Prefix()).toBe(64);
    expect(ipHash("2001:db8:1:2::1")).toBe(ipHash("2001:DB8:1:2:0:0:0:ffff"));
    expect(ipHash("::ffff:198.51.100.7")).toBe(ipHash("198.51.100.7"));
    updateIpv6Prefix(null, 128);
    expect(currentIpv6Prefix()).toBe(128);
    expect(ipHash("2001:db8:1:2::1")).not.toBe(ipHash("2001:db8:1:2::ffff"));
    updateIpv6Prefix(null, 48);
    expect(ipHash("2001:db8:1:2::1")).toBe(ipHash("2001:db8:1:ff::1"));
    expect(audits("instance.ipv6_prefix").map((a) => a.detail)).toEqual([
      { before: 64, after: 128 },
      { before: 128, after: 48 },
    ]);
    expect(() => updateIpv6Prefix(null, 16)).toThrow(AppError);
    expect(() => updateIpv6Prefix(null, 129)).toThrow(AppError);
  });

  it("the form's schema takes whole numbers from 32 to 128 only", () => {
    expect(ipv6PrefixSchema.safeParse({ ipv6Prefix: "56" }).data).toEqual({ ipv6Prefix: 56 });
    for (const bad of ["31", "129", "64.5", "", "abc"]) expect(ipv6PrefixSchema.safeParse({ ipv6Prefix: bad }).success).toBe(false);
  });
});

describe("six addresses inside one IPv6 /64, with the real limits", () => {
  const saved: Record<string, string | undefined> = {};
  beforeAll(() => {
    for (const k of Object.keys(process.env).filter((k) => /_LIMIT_/.test(k))) {
      saved[k] = process.env[k];
      delete process.env[k];
    }
    resetConfigForTests();
  });
  afterAll(() => {
    Object.assign(process.env, saved);
    resetConfigForTests();
  });
  beforeEach(() => resetDatabase());

  it("give one pending and five flagged; six different /64s give six pending", async () => {
    const petition = makeOpenPetition();
    for (let i = 1; i <= 6; i++) await signPetitionGrouped({ petition, data: input(`v6-${i}@example.org`), locale: "en", clientIp: `2001:db8:77:1::${i}`, now: at(i * 1000) });
    expect(rowsOf(petition.id).map((r) => r.status)).toEqual(["pending", "flagged", "flagged", "flagged", "flagged", "flagged"]);
    const other = makeOpenPetition();
    for (let i = 1; i <= 6; i++) await signPetitionGrouped({ petition: other, data: input(`v6-${i}@example.org`), locale: "en", clientIp: `2001:db8:77:${i}::1`, now: at(i * 1000) });
    expect(rowsOf(other.id).map((r) => r.status)).toEqual(Array(6).fill("pending"));
  });

  it("the trending list shows one /64 as one source, and the other per-address limits (sign-in links) count it as one", async () => {
    const petition = makeOpenPetition();
    for (let i = 1; i <= 6; i++) await signPetitionGrouped({ petition, data: input(`t-${i}@example.org`), locale: "en", clientIp: `2001:db8:99:5:${i}::${i}`, now: new Date(Date.now() - i * 1000) });
    const trending = trendingSources(petition.id, new Date(Date.now() - 3600_000), 2);
    expect(trending.addresses).toEqual([{ key: ipHash("2001:db8:99:5::1"), n: 6 }]);
    const answers = Array.from({ length: 6 }, (_, i) => allowMagicLink(`2001:db8:99:6::${i + 1}`, `someone-${i}@example.org`));
    expect(answers).toEqual([true, true, true, true, true, false]);
  });
});

describe("email rules", () => {
  beforeEach(() => resetDatabase());
  const rule = (r: Partial<EmailDomainRule> & { domain: string }): EmailDomainRule => ({ stripPlus: true, stripDots: false, aliasOf: null, ...r });

  it("by default ignore +… for every domain and dots for Gmail (and googlemail.com is gmail.com)", () => {
    expect(currentEmailRules()).toEqual(DEFAULT_EMAIL_RULES);
    const same = [
      ["a.b+x@example.org", "a.b@example.org"],
      ["Ann+petition@Riseup.net", "ann@riseup.net"],
      ["a.n.n+1@googlemail.com", "ann@gmail.com"],
      ["ANN@GMAIL.COM.", "ann@gmail.com"],
    ];
    for (const [a, b] of same) expect(emailFingerprint(a)).toBe(emailFingerprint(b));
    expect(emailFingerprint("a.b@example.org")).not.toBe(emailFingerprint("ab@example.org"));
  });

  it("an admin's rules: keep +… for a domain, strip dots, treat a domain as an alias; each change audited", () => {
    saveEmailRule(null, rule({ domain: "plus.example", stripPlus: false }));
    expect(emailFingerprint("a+b@plus.example")).not.toBe(emailFingerprint("a@plus.example"));
    saveEmailRule(null, rule({ domain: "dots.example", stripDots: true }));
    expect(emailFingerprint("f.i.r.s.t+x@dots.example")).toBe(emailFingerprint("first@dots.example"));
    saveEmailRule(null, rule({ domain: "old.example", aliasOf: "dots.example" }));
    expect(emailFingerprint("fi.rst@old.example")).toBe(emailFingerprint("first@dots.example"));
    // Replacing a rule keeps one entry per domain; the audit records before and after.
    saveEmailRule(null, rule({ domain: "dots.example", stripDots: false }));
    expect(currentEmailRules().filter((r) => r.domain === "dots.example")).toHaveLength(1);
    expect(emailFingerprint("fi.rst@old.example")).not.toBe(emailFingerprint("first@dots.example"));
    const entries = audits("instance.email_rule");
    expect(entries).toHaveLength(4);
    expect(entries[3].detail).toMatchObject({ domain: "dots.example", before: { stripDots: true }, after: { stripDots: false } });
    expect(deleteEmailRule(null, "gmail.com")).toBe(true);
    expect(emailFingerprint("a.b@gmail.com")).not.toBe(emailFingerprint("ab@gmail.com"));
    expect(deleteEmailRule(null, "nowhere.example")).toBe(false);
    expect(audits("instance.email_rule")).toHaveLength(5);
  });

  it("refuses alias chains and self-aliases", () => {
    expect(() => saveEmailRule(null, rule({ domain: "x.example", aliasOf: "googlemail.com" }))).toThrow(AppError); // googlemail.com is itself an alias
    expect(() => saveEmailRule(null, rule({ domain: "gmail.com", aliasOf: "x.example" }))).toThrow(AppError); // googlemail.com points at gmail.com
    expect(emailRuleSchema.safeParse({ domain: "a.example", aliasOf: "A.example" }).success).toBe(false);
    expect(audits("instance.email_rule")).toHaveLength(0);
  });

  it("the form's schema reads checkboxes and normalises domains", () => {
    expect(emailRuleSchema.parse({ domain: " @Example.ORG. ", stripPlus: "on", aliasOf: "" })).toEqual({ domain: "example.org", stripPlus: true, stripDots: false, aliasOf: null });
    expect(emailRuleSchema.safeParse({ domain: "not a domain" }).success).toBe(false);
    expect(emailRuleSchema.safeParse({ domain: "localhost" }).success).toBe(false);
  });

  it("canonicaliseEmail is pure and takes any rule list", () => {
    expect(canonicaliseEmail("A.B+c@X.org", [])).toBe("a.b@x.org");
    expect(canonicaliseEmail("A.B+c@X.org", [rule({ domain: "x.org", stripPlus: false, stripDots: true })])).toBe("ab+c@x.org");
  });
});

describe("a duplicate by any alias", () => {
  beforeEach(() => resetDatabase());

  it("changes no count and sends the address an 'already signed' email, within the per-person budget shared with confirmation resends", async () => {
    const petition = makeOpenPetition();
    await signPetitionGrouped({ petition, data: input("Maria.Lopez@gmail.com"), locale: "en", now: at(0) });
    await signPetitionGrouped({ petition, data: input("marialopez+again@gmail.com"), locale: "en", now: at(1000) }); // a resend: one of the budget
    confirmSignature(lastToken());
    expect(countOf(petition.id)).toBe(1);
    const outcomes = await Promise.all(
      ["m.a.r.i.a.lopez@googlemail.com", "marialopez+x@gmail.com", "MARIALOPEZ@gmail.com", "maria.lopez+y@gmail.com"].map((email, i) =>
        signPetitionGrouped({ petition, data: input(email), locale: "en", now: at(2000 + i) }),
      ),
    );
    expect(outcomes).toEqual(Array(4).fill("already_confirmed"));
    expect(countOf(petition.id)).toBe(1);
    expect(rowsOf(petition.id)).toHaveLength(1);
    // 1 confirmation + (SIGNER_EMAILS_PER_HOUR = 3) of resend and reminders; the fourth duplicate is not mailed.
    expect(SIGNER_EMAILS_PER_HOUR).toBe(3);
    expect(templates()).toEqual(["confirm-signature", "confirm-signature", "already-signed", "already-signed"]);
    const reminder = getDb().select().from(outbox).all().at(-1)!;
    expect(reminder.recipient).toBe("marialopez+x@gmail.com");
    // An hour later the budget is back.
    expect(await signPetitionGrouped({ petition, data: input("maria.lopez@gmail.com"), locale: "en", now: at(3_700_000) })).toBe("already_confirmed");
    expect(templates().at(-1)).toBe("already-signed");
    expect(templates()).toHaveLength(5);
  });

  it("pending: resends go out until the budget is spent, then the last link still confirms once", async () => {
    const petition = makeOpenPetition();
    for (let i = 0; i < 6; i++) await signPetitionGrouped({ petition, data: input(`ann+${i}@example.org`), locale: "en", now: at(i) });
    expect(templates()).toEqual(Array(1 + SIGNER_EMAILS_PER_HOUR).fill("confirm-signature"));
    expect(confirmSignature(lastToken()).state).toBe("confirmed");
    expect(countOf(petition.id)).toBe(1);
  });
});

describe("a signer's name", () => {
  it.each(["example.com", "see example.com now", "http://x", "HTTPS://x.y", "www.x.org", "visit WWW.SPAM.ru", "me@example.org", "Ann (ann@mail.example.org)", "пример.рф", "free-money.xyz", "hxxp://evil"])(
    "refuses %s",
    (name) => {
      expect(nameHasLink(name)).toBe(true);
      const parsed = signatureSchema.safeParse({ name, email: "a@example.org", country: "DE" });
      expect(parsed.success).toBe(false);
      expect(parsed.error!.issues.map((i) => [i.path.join("."), i.message])).toEqual([["name", "nameHasLink"]]);
    },
  );
  it.each(["O'Brien", "Anne-Marie", "Әсел Қайратқызы", "Jean-Luc d'Arc", "J. R. R. Tolkien", "St.John Smith", "Dr. No", "María José", "王小明", "Ана Мария О’Коннор"])("accepts %s", (name) => {
    expect(nameHasLink(name)).toBe(false);
    expect(signatureSchema.safeParse({ name, email: "a@example.org", country: "DE" }).success).toBe(true);
  });
});
