/**
 * Emailing campaign news (and victories) to signers who opted in: one outbox row per person,
 * each with its own one-click unsubscribe link, written in the caller's transaction.
 */
import "server-only";
import { enqueueEmail } from "@/db/queries/outbox";
import { listUpdateRecipients } from "@/db/queries/signature-updates";
import { renderMarkdown } from "@/lib/markdown";
import { unsubscribeToken } from "@/lib/security/unsubscribe";
import { absoluteUrl } from "@/lib/urls";

export function enqueueCampaignUpdate(opts: {
  campaignId: number;
  campaignSlug: string;
  campaignTitle: string;
  title: string;
  markdown: string;
  petitionId?: number;
  readMorePath?: (locale: string) => string;
}): number {
  const recipients = listUpdateRecipients({ campaignId: opts.campaignId, petitionId: opts.petitionId });
  const bodyHtml = renderMarkdown(opts.markdown);
  for (const r of recipients) {
    const token = encodeURIComponent(unsubscribeToken(opts.campaignId, r.emailFingerprint));
    enqueueEmail({
      template: "campaign-update",
      recipient: r.email,
      locale: r.locale,
      payload: {
        locale: r.locale,
        campaignTitle: opts.campaignTitle,
        title: opts.title,
        bodyHtml,
        readMoreUrl: absoluteUrl(opts.readMorePath?.(r.locale) ?? `/${r.locale}/campaigns/${opts.campaignSlug}#news`),
        unsubscribePageUrl: absoluteUrl(`/${r.locale}/unsubscribe?t=${token}`),
        unsubscribePostUrl: absoluteUrl(`/api/unsubscribe?t=${token}`),
      },
    });
  }
  return recipients.length;
}
