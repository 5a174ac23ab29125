import { getTranslations } from "next-intl/server";
import { saveCampaignAction } from "@/app/[locale]/organise/campaigns/campaign-actions";
import type { Campaign } from "@/db/schema";
import type { CampaignStatus } from "@/lib/organise/campaign-status";
import { textDefaults } from "@/lib/organise/form-defaults";
import { OrganiserForm } from "./organiser-form";

/**
 * The campaign form, new or edit; `statuses` are the states this organiser may choose
 * (lib/organise/campaign-status.ts: only an instance admin puts a campaign live the first time).
 */
export async function CampaignForm({ locale, campaign, statuses }: { locale: string; campaign?: Campaign; statuses: CampaignStatus[] }) {
  const t = await getTranslations("organise.campaignForm");
  const ts = await getTranslations("organise.campaignStatus");
  const tl = await getTranslations("launch.form");
  const canPublish = statuses.includes("live");
  return (
    <OrganiserForm
      schema="campaign"
      action={saveCampaignAction.bind(null, locale)}
      submitLabel={campaign ? t("save") : t("create")}
      ids={{ campaignId: campaign?.id ?? null }}
      defaults={{
        ...textDefaults(campaign, ["title", "slug", "summary", "story", "senderName", "senderOrganisation", "replyEmail"]),
        demands: campaign?.demands.join("\n") ?? "",
        status: campaign?.status ?? "draft",
      }}
      fields={[
        { name: "title", label: t("title"), kind: "text" },
        { name: "slug", label: t("slug"), kind: "slug", slugFrom: "title", hint: t("slugHint") },
        { name: "summary", label: t("summary"), kind: "textarea", rows: 3, hint: t("summaryHint") },
        { name: "story", label: t("story"), kind: "markdown", rows: 12, hint: t("markdownHint") },
        { name: "demands", label: t("demands"), kind: "textarea", rows: 6, hint: t("demandsHint") },
        { name: "senderName", label: t("senderName"), kind: "text", optional: true, hint: t("senderNameHint") },
        { name: "senderOrganisation", label: t("senderOrganisation"), kind: "text", optional: true, hint: t("senderOrganisationHint") },
        { name: "replyEmail", label: t("replyEmail"), kind: "email", optional: true, hint: t("replyEmailHint") },
        { name: "cover", label: t("cover"), kind: "image", optional: true, hint: t("coverHint"), current: campaign?.coverImage ?? undefined },
        { name: "status", label: t("status"), kind: "select", options: statuses.map((s) => ({ value: s, label: ts(s) })), hint: canPublish ? t("statusHint") : statuses.length > 1 ? tl("statusNotLive") : tl("statusNeedsApproval") },
      ]}
    />
  );
}
