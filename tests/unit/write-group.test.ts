import { beforeEach, describe, expect, it } from "vitest";
import { getSqlite } from "@/db/client";
import { inGroupedTransaction } from "@/db/write-group";
import { signPetitionGrouped } from "@/lib/petitions/sign";
import { signatureSchema } from "@/lib/validation/signature";
import { makeOpenPetition, resetDatabase } from "../fixtures/db";

const meta = (key: string) => (getSqlite().prepare("select value from instance_meta where key = ?").get(key) as { value: string } | undefined)?.value;
const put = (key: string) => () => getSqlite().prepare("insert into instance_meta (key, value) values (?, 'x')").run(key);

describe("grouped commits", () => {
  beforeEach(() => resetDatabase());

  it("writes queued in one turn share one transaction; a failing one is undone alone and rejects alone", async () => {
    const seen: boolean[] = [];
    const results = await Promise.allSettled([
      inGroupedTransaction(() => {
        seen.push(getSqlite().inTransaction);
        put("first")();
        return 1;
      }),
      inGroupedTransaction(() => {
        put("second")();
        // A write that fails after writing: its own write must not survive.
        put("first")();
      }),
      inGroupedTransaction(() => {
        put("third")();
        return 3;
      }),
    ]);
    expect(seen).toEqual([true]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect((results[0] as PromiseFulfilledResult<number>).value).toBe(1);
    expect(meta("first")).toBe("x");
    expect(meta("second")).toBeUndefined();
    expect(meta("third")).toBe("x");
    expect(getSqlite().inTransaction).toBe(false);
  });

  it("a burst of grouped signatures: every resolved one is stored with its email, each once", async () => {
    const petition = makeOpenPetition();
    const data = (i: number) => signatureSchema.parse({ name: `Signer ${i}`, email: `burst${i}@example.org`, country: "GB" });
    const outcomes = await Promise.all(Array.from({ length: 200 }, (_, i) => signPetitionGrouped({ petition, data: data(i % 150), locale: "en", clientIp: `198.51.100.${i % 250}` })));
    expect(outcomes.filter((o) => o === "new")).toHaveLength(150);
    expect(outcomes.filter((o) => o === "pending_resent")).toHaveLength(50);
    const sqlite = getSqlite();
    expect((sqlite.prepare("select count(*) as n from signatures where petition_id = ?").get(petition.id) as { n: number }).n).toBe(150);
    expect((sqlite.prepare("select count(*) as n from outbox where template = 'confirm-signature'").get() as { n: number }).n).toBe(200);
  });
});
