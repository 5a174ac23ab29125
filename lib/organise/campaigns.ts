/** Creating and editing campaigns: one transaction writes the campaign, the creator's role and the audit entry. */
import "server-only";
import { getDb } from "@/db/client";
import { recordAudit } from "@/db/queries/audit";
import { getCampaignBySlug, insertCampaign, updateCampaign } from "@/db/queries/campaigns";
import { setMembership } from "@/db/queries/users";
import type { Campaign } from "@/db/schema";
import type { Organiser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import type { campaignSchema } from "@/lib/validation/organiser";
import type { z } from "zod";

type CampaignData = z.output<typeof campaignSchema>;

export function saveCampaign(organiser: Organiser, data: CampaignData, existing?: Campaign, coverImage?: string): Campaign {
  return getDb().transaction(
    (tx) => {
      const clash = getCampaignBySlug(tx, data.slug);
      if (clash && clash.id !== existing?.id) throw new AppError("slug_taken", data.slug, "slug");
      const values = {
        title: data.title,
        slug: data.slug,
        summary: data.summary,
        story: data.story,
        demands: data.demands,
        status: data.status,
        senderName: data.senderName ?? null,
        senderOrganisation: data.senderOrganisation ?? null,
        replyEmail: data.replyEmail ?? null,
        ...(coverImage ? { coverImage } : {}),
      };
      // An admin putting it live by hand approves it, as the review action would.
      const approval = data.status === "live" && !existing?.approvedAt ? { approvedAt: new Date() } : {};
      if (existing) {
        const updated = updateCampaign(tx, existing.id, { ...values, ...approval });
        const changed = Object.keys(values).filter(
          (k) => JSON.stringify(values[k as keyof typeof values]) !== JSON.stringify(existing[k as keyof Campaign]),
        );
        recordAudit(tx, {
          actorUserId: organiser.id,
          action: "campaign.update",
          entityType: "campaign",
          entityId: existing.id,
          campaignId: existing.id,
          detail: { changed },
        });
        return updated!;
      }
      const created = insertCampaign(tx, { ...values, ...approval, createdAt: new Date() });
      setMembership(tx, created.id, organiser.id, "owner");
      recordAudit(tx, {
        actorUserId: organiser.id,
        action: "campaign.create",
        entityType: "campaign",
        entityId: created.id,
        campaignId: created.id,
      });
      return created;
    },
    { behavior: "immediate" },
  );
}
