// Proves aliases of one address (case, dots, +tags) collapse to one fingerprint and different people do not,
// and end to end: 1,000 aliases signed and every emailed link tried give exactly one counted signature
// (and, since the resend budget, at most 1 + SIGNER_EMAILS_PER_HOUR emails).
import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { outbox, petitions, signatures } from "@/db/schema";
import { resetConfigForTests } from "@/lib/config";
import { confirmSignature } from "@/lib/petitions/confirm";
import { signPetitionGrouped } from "@/lib/petitions/sign";
import { signatureSchema } from "@/lib/validation/signature";
import { makeOpenPetition, resetDatabase } from "../fixtures/db";
import { canonicaliseEmail } from "@/lib/security/email-canonical";
import { emailFingerprint } from "@/lib/security/keyed-hash";
import { SIGNER_EMAILS_PER_HOUR } from "@/lib/security/limits";

describe("canonicaliseEmail", () => {
  it.each([
    ["  Someone@Example.ORG ", "someone@example.org"],
    ["First.Last+petition@gmail.com", "firstlast@gmail.com"],
    ["f.i.r.s.t@googlemail.com", "first@gmail.com"],
    ["first.last+tag@outlook.com", "first.last@outlook.com"],
    // `+…` is ignored for every domain by default; dots only for Gmail.
    ["first.last+tag@example.org", "first.last@example.org"],
    ["First.Last+a+b@Riseup.NET", "first.last@riseup.net"],
    ["+only@example.org", "+only@example.org"],
  ])("%s → %s", (input, expected) => expect(canonicaliseEmail(input)).toBe(expected));
});

/** 1,000 distinct spellings of one gmail address: case, dots, +tags, surrounding spaces. */
function aliases(): Set<string> {
  const base = "solidaritybranch";
  const variants = new Set<string>();
  const random = Math.random;
  for (let guard = 0; variants.size < 1000 && guard < 100_000; guard++) {
    let local = "";
    for (const c of base) local += (random() < 0.5 ? c.toUpperCase() : c) + (random() < 0.3 ? "." : "");
    local = local.replace(/\.$/, "");
    const tag = random() < 0.6 ? `+${Math.floor(random() * 1e6)}` : "";
    const domain = random() < 0.5 ? "gmail.com" : "GMail.Com";
    const pad = () => " ".repeat(Math.floor(random() * 3));
    variants.add(`${pad()}${local}${tag}@${domain}${pad()}`);
  }
  return variants;
}

describe("emailFingerprint", () => {
  const original = process.env.PICKET_SECRET;
  afterEach(() => {
    process.env.PICKET_SECRET = original;
    resetConfigForTests();
  });

  it("gives exactly one value for 1,000 aliases of one gmail address", () => {
    const variants = aliases();
    const fingerprints = new Set([...variants].map((v) => emailFingerprint(v)));
    expect(variants.size).toBe(1000);
    expect(fingerprints.size).toBe(1);
    expect(emailFingerprint("someone.else@gmail.com")).not.toBe([...fingerprints][0]);
  });

  it("counts one signature when 1,000 aliases sign through signPetitionGrouped and every emailed link is confirmed", async () => {
    resetDatabase();
    const petition = makeOpenPetition();
    const variants = [...aliases()];
    const outcomes = await Promise.all(
      variants.map((email, i) => signPetitionGrouped({ petition, data: signatureSchema.parse({ name: "Alias Tester", email, country: "GB" }), locale: "en", clientIp: `192.0.2.${i % 250}` })),
    );
    expect(outcomes[0]).toBe("new");
    expect(new Set(outcomes.slice(1))).toEqual(new Set(["pending_resent"]));
    const links = getDb().select().from(outbox).all().map((m) => String(m.payload.confirmUrl).split("/").pop()!);
    // The first confirmation, then the person's budget of resends (lib/security/limits.ts): no inbox flood.
    expect(links).toHaveLength(1 + SIGNER_EMAILS_PER_HOUR);
    const states = links.map((token) => confirmSignature(token).state);
    expect(states.filter((state) => state === "confirmed")).toHaveLength(1);
    expect(getDb().select().from(signatures).where(eq(signatures.petitionId, petition.id)).all()).toHaveLength(1);
    expect(getDb().select().from(petitions).where(eq(petitions.id, petition.id)).get()!.signatureCount).toBe(1);
  });

  it("keeps apart addresses that really differ", () => {
    const distinct = [
      "first.last@example.org",
      "firstlast@example.org",
      "first.last@outlook.com",
      "firstlast@outlook.com",
      "firstlast@gmail.com",
      "firstlast2@gmail.com",
    ];
    expect(new Set(distinct.map((d) => emailFingerprint(d))).size).toBe(distinct.length);
    expect(emailFingerprint("First.Last+x@Outlook.com")).toBe(emailFingerprint("first.last@outlook.com"));
    expect(emailFingerprint("first.last+x@example.org")).toBe(emailFingerprint("first.last@example.org"));
    expect(emailFingerprint("a@example.org")).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it("depends on the instance secret", () => {
    const before = emailFingerprint("a@example.org");
    process.env.PICKET_SECRET = "another-secret-another-secret-0123456789";
    resetConfigForTests();
    expect(emailFingerprint("a@example.org")).not.toBe(before);
    process.env.PICKET_SECRET = original;
    resetConfigForTests();
    expect(emailFingerprint("a@example.org")).toBe(before);
  });
});
