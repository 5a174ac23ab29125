// Proves `npm run signatures:refingerprint` on a real SQLite file: fingerprints made under older rules
// are recomputed under the rules in force, batch by batch; when two signatures of one petition become
// one person the earlier stays (a flagged one gives way), a confirmed duplicate leaves the count or
// hands its confirmation to a pending original, so every count equals its confirmed rows; anonymised
// rows are left alone; a second run changes nothing; and the script itself reports what it did.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { insertSignature } from "@/db/queries/signatures";
import { suppressEmail, isSuppressed } from "@/db/queries/suppressions";
import { dataAccessTokens, fingerprintRenames, petitions, signatures, type Petition } from "@/db/schema";
import { unsubscribe } from "@/lib/petitions/unsubscribe";
import { unsubscribeToken } from "@/lib/security/unsubscribe";
import { refingerprintSignatures } from "@/lib/petitions/refingerprint";
import { DEFAULT_EMAIL_RULES, type EmailDomainRule } from "@/lib/security/email-canonical";
import { saveEmailRule } from "@/lib/security/identity-settings";
import { emailFingerprint } from "@/lib/security/keyed-hash";
import { makeOpenPetition, resetDatabase } from "../fixtures/db";

// The rules before the admin's change: +… was significant at example.org.
const OLD: EmailDomainRule[] = [...DEFAULT_EMAIL_RULES, { domain: "example.org", stripPlus: false, stripDots: false, aliasOf: null }];
const T = Date.now() - 86_400_000;
let seq = 0;

function sign(petition: Petition, email: string, status: "pending" | "confirmed" | "flagged" | "invalidated", minute: number, extra: Record<string, unknown> = {}) {
  const row = insertSignature(getDb(), {
    petitionId: petition.id,
    name: "Sam Signer",
    email,
    emailFingerprint: emailFingerprint(email, OLD),
    country: "GB",
    nameDisplay: "full",
    consentVersion: "1",
    locale: "en",
    status,
    tokenHash: `token-${++seq}-${Math.random()}`,
    createdAt: new Date(T + minute * 60_000),
    confirmedAt: status === "confirmed" ? new Date(T + (minute + 1) * 60_000) : null,
    ...extra,
  });
  if (status === "confirmed") getDb().update(petitions).set({ signatureCount: countOf(petition.id) + 1 }).where(eq(petitions.id, petition.id)).run();
  return row.id;
}

const countOf = (id: number) => getDb().select().from(petitions).where(eq(petitions.id, id)).get()!.signatureCount;
const rowsOf = (id: number) => getDb().select().from(signatures).where(eq(signatures.petitionId, id)).orderBy(signatures.id).all();
const confirmedOf = (id: number) => rowsOf(id).filter((r) => r.status === "confirmed").length;

function scene() {
  const p1 = makeOpenPetition();
  const p2 = makeOpenPetition();
  const ids = {
    ann: sign(p1, "ann@example.org", "confirmed", 1),
    annAlias: sign(p1, "ann+again@example.org", "confirmed", 5), // later, confirmed: leaves the count
    bob: sign(p1, "bob@example.org", "pending", 2),
    bobAlias: sign(p1, "Bob+1@example.org", "confirmed", 6), // confirmed alias of a pending original: hands its confirmation over
    catFlagged: sign(p1, "cat+spam@example.org", "flagged", 0),
    cat: sign(p1, "cat@example.org", "pending", 7), // a flagged row gives way to a real one even when earlier
    dan: sign(p1, "dan+1@example.org", "pending", 3), // no twin: only its fingerprint changes
    eve: sign(p1, "eve@other.example", "confirmed", 4), // unchanged
    annElsewhere: sign(p2, "ann+again@example.org", "confirmed", 1), // another petition: no collision
    gone: sign(p2, "", "confirmed", 2, { emailFingerprint: "anonymised:x", anonymisedAt: new Date(T) }),
  };
  return { p1, p2, ids };
}

describe("refingerprintSignatures", () => {
  // An empty database: the rules in force are the defaults (+… ignored at example.org too).
  beforeEach(() => resetDatabase());

  it("recomputes in batches, merges duplicates the safe way and keeps every count equal to its confirmed rows", () => {
    const { p1, p2, ids } = scene();
    expect(countOf(p1.id)).toBe(4);
    expect(countOf(p2.id)).toBe(2);
    const progress: [number, number][] = [];
    const summary = refingerprintSignatures({ batchSize: 2, onProgress: (d, t) => progress.push([d, t]) });

    expect(summary.checked).toBe(9);
    expect(summary.changed).toBe(5);
    expect(progress[0]).toEqual([0, 9]);
    expect(progress.at(-1)).toEqual([9, 9]);
    expect(progress.length).toBeGreaterThanOrEqual(5); // one line per batch of 2
    expect(summary.merged).toEqual([
      { petitionId: p1.id, keptId: ids.ann, keptStatus: "confirmed", removedId: ids.annAlias, removedStatus: "confirmed", countChange: -1 },
      { petitionId: p1.id, keptId: ids.bob, keptStatus: "confirmed", removedId: ids.bobAlias, removedStatus: "confirmed", countChange: 0 },
      { petitionId: p1.id, keptId: ids.cat, keptStatus: "pending", removedId: ids.catFlagged, removedStatus: "flagged", countChange: 0 },
    ]);
    const left = rowsOf(p1.id);
    expect(left.map((r) => r.id).sort((a, b) => a - b)).toEqual([ids.ann, ids.bob, ids.cat, ids.dan, ids.eve].sort((a, b) => a - b));
    expect(left.find((r) => r.id === ids.bob)!.status).toBe("confirmed");
    for (const r of left) expect(r.emailFingerprint).toBe(emailFingerprint(r.email));
    expect(countOf(p1.id)).toBe(confirmedOf(p1.id));
    expect(countOf(p1.id)).toBe(3); // ann, bob, eve
    expect(countOf(p2.id)).toBe(2);
    expect(rowsOf(p2.id).find((r) => r.id === ids.gone)!.emailFingerprint).toBe("anonymised:x");
    // New signatures now meet the stored ones: an alias is the same person.
    expect(emailFingerprint("dan+2@example.org")).toBe(left.find((r) => r.id === ids.dan)!.emailFingerprint);

    const again = refingerprintSignatures();
    expect(again).toMatchObject({ checked: 9 - 3, changed: 0, merged: [] });
  });

  it("an unsubscribe link and a do-not-email entry made under the old rules follow the person", () => {
    const p = makeOpenPetition();
    const oldFp = emailFingerprint("zoe+news@example.org", OLD);
    const id = sign(p, "zoe+news@example.org", "confirmed", 1, { optInUpdates: true });
    suppressEmail(getDb(), oldFp, "complaint");
    const link = unsubscribeToken(p.campaignId, oldFp);
    refingerprintSignatures();
    const newFp = emailFingerprint("zoe@example.org");
    expect(getDb().select().from(signatures).where(eq(signatures.id, id)).get()!.emailFingerprint).toBe(newFp);
    expect(isSuppressed(newFp)).toBe(true);
    expect(unsubscribe(link)).toBe(true);
    expect(getDb().select().from(signatures).where(eq(signatures.id, id)).get()!.optInUpdates).toBe(false);
    expect(getDb().select().from(fingerprintRenames).all()).toEqual([expect.objectContaining({ oldFingerprint: oldFp, newFingerprint: newFp })]);
  });

  it("updates open 'your data' links to the new fingerprints", () => {
    getDb()
      .insert(dataAccessTokens)
      .values({ tokenHash: "t1", email: "ann+x@example.org", emailFingerprint: emailFingerprint("ann+x@example.org", OLD), expiresAt: new Date(Date.now() + 60_000) })
      .run();
    expect(refingerprintSignatures().tokens).toBe(1);
    expect(getDb().select().from(dataAccessTokens).get()!.emailFingerprint).toBe(emailFingerprint("ann@example.org"));
  });

  it("follows an admin rule added later (dots at a domain), and the script prints progress and each merge", () => {
    const { p1 } = scene();
    refingerprintSignatures();
    saveEmailRule(null, { domain: "other.example", stripPlus: true, stripDots: true, aliasOf: null });
    const dup = insertSignature(getDb(), {
      petitionId: p1.id, name: "E", email: "e.v.e@other.example", emailFingerprint: emailFingerprint("e.v.e@other.example", OLD),
      country: "GB", nameDisplay: "full", consentVersion: "1", locale: "en", status: "confirmed", createdAt: new Date(), confirmedAt: new Date(),
    }).id;
    getDb().update(petitions).set({ signatureCount: countOf(p1.id) + 1 }).where(eq(petitions.id, p1.id)).run();
    const before = countOf(p1.id);

    const run = spawnSync(path.join("node_modules", ".bin", "tsx"), ["--conditions=react-server", "scripts/signatures-refingerprint.ts", "--batch", "2"], {
      env: process.env,
      encoding: "utf8",
    });
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/^\[picket\] refingerprint: 0\/\d+ signatures \(0%\)$/m);
    expect(run.stderr).toMatch(/refingerprint: (\d+)\/\1 signatures \(100%\)/);
    expect(run.stdout).toContain(`signature ${dup} (confirmed) is the same person as`);
    expect(run.stdout).toMatch(/count -1/);
    expect(run.stdout).toMatch(/1 duplicates merged/);
    expect(run.stdout).not.toContain("@"); // ids only, never an address
    expect(countOf(p1.id)).toBe(before - 1);
    expect(countOf(p1.id)).toBe(confirmedOf(p1.id));
  });
});
