// Proves the delivery pack lists each confirmed, named signer exactly once as they chose, and no signer can add lines to it.
import { eq } from "drizzle-orm";
import { extractText, getDocumentProxy } from "unpdf";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { getCampaignById } from "@/db/queries/campaigns";
import { confirmedByCountry, iterateNamedSigners } from "@/db/queries/signatures";
import { outbox, petitions } from "@/db/schema";
import { deliveryPackStream } from "@/lib/delivery/delivery-pack";
import { confirmSignature } from "@/lib/petitions/confirm";
import { signPetition } from "@/lib/petitions/sign";
import { signatureSchema } from "@/lib/validation/signature";
import { makeOpenPetition, resetDatabase } from "../fixtures/db";

async function packText(petitionId: number): Promise<string> {
  const petition = getDb().select().from(petitions).where(eq(petitions.id, petitionId)).get()!;
  const stream = deliveryPackStream({
    petition,
    campaign: getCampaignById(petition.campaignId)!,
    byCountry: confirmedByCountry(petitionId),
    signers: iterateNamedSigners(petitionId),
    locale: "en",
    now: new Date("2026-06-01T12:00:00Z"),
  });
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  const { text } = await extractText(await getDocumentProxy(bytes), { mergePages: true });
  return text;
}

describe("delivery pack", () => {
  beforeEach(() => resetDatabase());

  it("lists confirmed signers as they chose, and a name cannot forge extra signers", async () => {
    const petition = makeOpenPetition();
    const sign = (fields: Record<string, string>, confirm = true) => {
      signPetition({ petition, data: signatureSchema.parse({ country: "DE", ...fields }), locale: "en" });
      if (confirm) confirmSignature(String(getDb().select().from(outbox).all().at(-1)!.payload.confirmUrl).split("/").pop()!);
    };
    sign({ name: "Dana Signer\n2. Forged — France\n3. Fake — Spain", email: "dana@example.org", nameDisplay: "full", city: "Kiel" });
    sign({ name: "Aigerim Nurlanovna", email: "aigerim@example.org", nameDisplay: "first_country", country: "KZ" });
    sign({ name: "Hidden Person", email: "hidden@example.org", nameDisplay: "anonymous" });
    sign({ name: "Pending Person", email: "pending@example.org", nameDisplay: "full" }, false);

    const text = await packText(petition.id);
    const listed = text.match(/^\s*\d+\. .+$/gm) ?? [];
    expect(listed.map((l) => l.trim())).toEqual([
      "1. Dana Signer 2. Forged — France 3. Fake — Spain — Kiel, Germany",
      "2. Aigerim — Kazakhstan",
    ]);
    expect(text).not.toMatch(/Hidden Person|Pending Person|Nurlanovna/);
  });
});
