// Proves unconfirmed signatures are deleted once their 7-day link has expired, and nothing else is.
import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { signatures } from "@/db/schema";
import { confirmSignature } from "@/lib/petitions/confirm";
import { signPetition } from "@/lib/petitions/sign";
import { runRetention } from "@/lib/retention";
import { signatureSchema } from "@/lib/validation/signature";
import { makeOpenPetition, resetDatabase } from "../fixtures/db";

const DAY = 24 * 60 * 60 * 1000;
const data = (email: string) => signatureSchema.parse({ name: "Rita Retention", email, country: "GB" });

describe("retention", () => {
  beforeEach(() => resetDatabase());

  it("deletes pending signatures after 7 days and keeps confirmed ones", () => {
    const petition = makeOpenPetition();
    const start = new Date("2026-01-01T00:00:00Z");
    signPetition({ petition, data: data("pending@example.org"), locale: "en", now: start });
    signPetition({ petition, data: data("confirmed@example.org"), locale: "en", now: start });
    const confirmUrl = getDb().query.outbox.findMany().sync();
    expect(confirmUrl).toHaveLength(2);
    const token = String(confirmUrl[1].payload.confirmUrl).split("/").pop()!;
    expect(confirmSignature(token, new Date(start.getTime() + DAY)).state).toBe("confirmed");

    expect(runRetention(new Date(start.getTime() + 7 * DAY - 1000)).unconfirmedDeleted).toBe(0);
    expect(runRetention(new Date(start.getTime() + 7 * DAY + 1000)).unconfirmedDeleted).toBe(1);

    const left = getDb().select().from(signatures).where(eq(signatures.petitionId, petition.id)).all();
    expect(left.map((s) => s.email)).toEqual(["confirmed@example.org"]);
  });

  it("counts the 7 days from the last signing when someone signs again", () => {
    const petition = makeOpenPetition();
    const start = new Date("2026-02-01T00:00:00Z");
    signPetition({ petition, data: data("again@example.org"), locale: "en", now: start });
    signPetition({ petition, data: data("again@example.org"), locale: "en", now: new Date(start.getTime() + 5 * DAY) });
    expect(runRetention(new Date(start.getTime() + 8 * DAY)).unconfirmedDeleted).toBe(0);
    expect(runRetention(new Date(start.getTime() + 13 * DAY)).unconfirmedDeleted).toBe(1);
  });
});
