import { getTranslations } from "next-intl/server";
import { submitCampaignAction } from "@/app/[locale]/organise/campaigns/campaign-actions";
import type { Campaign } from "@/db/schema";
import type { CampaignRole } from "@/lib/auth/roles";
import { Link } from "@/lib/i18n/navigation";
import { isPublicCampaignStatus, mayRequestApproval } from "@/lib/organise/campaign-status";
import { OrganiserForm } from "./organiser-form";

/**
 * On the campaign's workspace page, while it is not public: where it stands on the way to going live
 * (draft, awaiting approval, declined with the reason), a link to preview it, and the submit button.
 */
export async function CampaignLaunchPanel({
  locale,
  campaign,
  role,
  isAdmin,
  justSubmitted,
}: {
  locale: string;
  campaign: Campaign;
  role: CampaignRole | null;
  isAdmin: boolean;
  justSubmitted: boolean;
}) {
  if (isPublicCampaignStatus(campaign.status)) return null;
  const t = await getTranslations("launch.panel");
  const maySubmit = mayRequestApproval({ role, isAdmin }, campaign);
  return (
    <section aria-labelledby="launch-heading" className="space-y-3 rounded-lg border-2 border-amber-500 bg-amber-50 p-4" data-testid="launch-panel">
      <h2 id="launch-heading" className="text-xl font-bold">
        {t(`heading.${campaign.status}`)}
      </h2>
      {justSubmitted && (
        <p role="status" className="rounded-md bg-green-50 p-3 text-green-900">
          {t("submittedNotice")}
        </p>
      )}
      <p data-testid="launch-status">{t(`explain.${campaign.status}`)}</p>
      {campaign.status === "declined" && campaign.declineReason && (
        <div className="rounded-md border border-red-300 bg-white p-3">
          <p className="font-semibold">{t("reasonLabel")}</p>
          <p className="whitespace-pre-wrap" data-testid="decline-reason">
            {campaign.declineReason}
          </p>
        </div>
      )}
      <p>
        <Link href={`/campaigns/${campaign.slug}`} className="font-semibold underline">
          {t("preview")}
        </Link>
      </p>
      {maySubmit && (
        <OrganiserForm
          schema="submitCampaign"
          action={submitCampaignAction.bind(null, locale)}
          submitLabel={campaign.status === "declined" ? t("resubmit") : t("submit")}
          defaults={{ campaignId: String(campaign.id) }}
          fields={[{ name: "campaignId", label: "", kind: "hidden" }]}
        />
      )}
      {isAdmin && campaign.status === "submitted" && (
        <p>
          <Link href="/organise/admin/campaigns" className="underline">
            {t("review")}
          </Link>
        </p>
      )}
    </section>
  );
}
