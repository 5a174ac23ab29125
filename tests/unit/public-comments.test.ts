// Proves a comment is public only when its signer ticked the box (unticked by default), the signature is
// confirmed and no moderator hid it; newest first; and that only the public name rule's fields leave.
import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { listPublicComments } from "@/db/queries/signature-reads";
import { outbox, signatures } from "@/db/schema";
import { confirmSignature } from "@/lib/petitions/confirm";
import { signPetitionGrouped } from "@/lib/petitions/sign";
import { signatureSchema } from "@/lib/validation/signature";
import { makeOpenPetition, resetDatabase } from "../fixtures/db";

describe("public comments", () => {
  beforeEach(() => resetDatabase());

  it("lists only ticked, confirmed, unhidden comments, newest first, without email or city", async () => {
    const petition = makeOpenPetition();
    let t = Date.parse("2026-03-01T00:00:00Z");
    const sign = async (fields: Record<string, string>, confirm = true) => {
      await signPetitionGrouped({ petition, data: signatureSchema.parse({ country: "DE", ...fields }), locale: "en", now: new Date(t) });
      if (confirm) confirmSignature(String(getDb().select().from(outbox).all().at(-1)!.payload.confirmUrl).split("/").pop()!, new Date((t += 60_000)));
    };
    await sign({ name: "Early Bird", email: "early@example.org", nameDisplay: "full", city: "Kiel", comment: "First!", commentPublic: "on" });
    await sign({ name: "Not Ticked", email: "quiet@example.org", comment: "Only for organisers" });
    await sign({ name: "Never Confirmed", email: "pending@example.org", comment: "Pending words", commentPublic: "on" }, false);
    await sign({ name: "Hidden One", email: "hidden@example.org", comment: "Hidden words", commentPublic: "on" });
    await sign({ name: "Anna Late", email: "late@example.org", nameDisplay: "first_country", comment: "Second!", commentPublic: "on" });
    await sign({ name: "Anon Person", email: "anon@example.org", nameDisplay: "anonymous", comment: "Quietly with you", commentPublic: "on" });
    await sign({ name: "Ticked Empty", email: "empty@example.org", commentPublic: "on" });
    getDb().update(signatures).set({ commentHidden: true }).where(eq(signatures.email, "hidden@example.org")).run();

    expect(signatureSchema.parse({ name: "N", email: "n@example.org", country: "DE" }).commentPublic).toBe(false);
    expect(getDb().select().from(signatures).where(eq(signatures.email, "empty@example.org")).get()!.commentPublic).toBe(false);

    const { items, total } = listPublicComments(petition.id, { page: 1, pageSize: 2 });
    expect(total).toBe(3);
    expect(items.map((c) => c.comment)).toEqual(["Quietly with you", "Second!"]);
    expect(listPublicComments(petition.id, { page: 2, pageSize: 2 }).items.map((c) => c.comment)).toEqual(["First!"]);
    for (const c of items) expect(Object.keys(c).sort()).toEqual(["comment", "confirmedAt", "country", "id", "name", "nameDisplay"]);
  });
});
