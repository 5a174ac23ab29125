/** Creating and editing petitions; a petition newly marked "won" tells its opted-in signers, once. */
import "server-only";
import type { z } from "zod";
import { getDb } from "@/db/client";
import { zonedTimeToUtc } from "@/lib/calendar/zoned-time";
import { recordAudit } from "@/db/queries/audit";
import { getPetitionIdBySlug, insertPetition, updatePetition } from "@/db/queries/petitions";
import type { Campaign, Petition } from "@/db/schema";
import type { Organiser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { kickDispatcher } from "@/lib/mail/dispatcher";
import type { petitionSchema } from "@/lib/validation/organiser";
import { enqueueCampaignUpdate } from "./updates";

type PetitionData = z.output<typeof petitionSchema>;

const CLOSED = new Set(["closed", "won"]);

/** The moment it stopped taking signatures: kept while it stays closed, cleared if it reopens. */
function closedAtFor(status: Petition["status"], existing?: Petition): Date | null {
  if (!CLOSED.has(status)) return null;
  return existing && CLOSED.has(existing.status) && existing.closedAt ? existing.closedAt : new Date();
}

export function savePetition(organiser: Organiser, campaign: Campaign, data: PetitionData, existing?: Petition): Petition {
  const saved = getDb().transaction(
    (tx) => {
      const clash = getPetitionIdBySlug(tx, data.slug);
      if (clash && clash.id !== existing?.id) throw new AppError("slug_taken", data.slug, "slug");
      const values = {
        title: data.title,
        slug: data.slug,
        addressee: data.addressee,
        body: data.body,
        goal: data.goal,
        autoRaiseGoal: data.autoRaiseGoal,
        deadline: data.deadline ? zonedTimeToUtc(data.deadline, data.timeZone) : null,
        isUrgent: data.isUrgent,
        status: data.status,
        victoryNote: data.victoryNote ?? null,
        closedAt: closedAtFor(data.status, existing),
      };
      const petition = existing
        ? updatePetition(tx, existing.id, values)!
        : insertPetition(tx, { ...values, campaignId: campaign.id, createdAt: new Date() });
      let victoryEmails = 0;
      if (data.status === "won" && existing?.status !== "won") {
        victoryEmails = enqueueCampaignUpdate({
          campaignId: campaign.id,
          campaignSlug: campaign.slug,
          campaignTitle: campaign.title,
          petitionId: petition.id,
          title: petition.title,
          markdown: data.victoryNote ?? "",
          readMorePath: (locale) => `/${locale}/petitions/${petition.slug}`,
        });
      }
      recordAudit(tx, {
        actorUserId: organiser.id,
        action: existing ? "petition.update" : "petition.create",
        entityType: "petition",
        entityId: petition.id,
        campaignId: campaign.id,
        detail: { status: data.status, ...(victoryEmails ? { victoryEmails } : {}) },
      });
      return petition;
    },
    { behavior: "immediate" },
  );
  kickDispatcher();
  return saved;
}
