/** Publishing a news update, and optionally emailing it to opted-in signers in the same transaction. */
import "server-only";
import type { z } from "zod";
import { getDb } from "@/db/client";
import { recordAudit } from "@/db/queries/audit";
import { insertNewsUpdate, markNewsEmailed } from "@/db/queries/news";
import type { Campaign } from "@/db/schema";
import type { Organiser } from "@/lib/auth/session";
import { kickDispatcher } from "@/lib/mail/dispatcher";
import type { newsSchema } from "@/lib/validation/organiser";
import { enqueueCampaignUpdate } from "./updates";

export function publishNews(organiser: Organiser, campaign: Campaign, data: z.output<typeof newsSchema>) {
  const now = new Date();
  const result = getDb().transaction(
    (tx) => {
      const news = insertNewsUpdate(tx, { campaignId: campaign.id, title: data.title, body: data.body, publishedAt: now, createdAt: now });
      let emailed = 0;
      if (data.emailSigners) {
        emailed = enqueueCampaignUpdate({
          campaignId: campaign.id,
          campaignSlug: campaign.slug,
          campaignTitle: campaign.title,
          title: data.title,
          markdown: data.body,
        });
        markNewsEmailed(tx, news.id, now);
      }
      recordAudit(tx, {
        actorUserId: organiser.id,
        action: "news.publish",
        entityType: "news_update",
        entityId: news.id,
        campaignId: campaign.id,
        detail: { emailed },
      });
      return { news, emailed };
    },
    { behavior: "immediate" },
  );
  kickDispatcher();
  return result;
}
