import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getCampaignById } from "@/db/queries/campaigns";
import { OrganiserForm } from "@/components/organise/organiser-form";
import { foundById, openAdminPage } from "@/lib/auth/page-guard";
import { BackLink } from "@/components/layout/page-section";
import { Link } from "@/lib/i18n/navigation";
import type { LocalePageProps } from "@/lib/i18n/page";
import { DECLINE_REASON_MAX } from "@/lib/validation/campaign-review";
import { declineCampaignAction } from "../../review-actions";

export const metadata: Metadata = { robots: { index: false, follow: false } };

/** Declining asks first, on a page of its own (so it works without JavaScript), and asks why. */
export default async function DeclineCampaignPage({ params }: LocalePageProps<{ campaignId: string }>) {
  const { locale, t, campaignId } = await openAdminPage(params, "organise/admin/campaigns/[campaignId]/decline", "launch.decline");
  const campaign = foundById(campaignId, getCampaignById);
  if (campaign.status !== "submitted") notFound();
  return (
    <section aria-labelledby="decline-heading" className="max-w-3xl space-y-5">
      <BackLink href="/organise/admin/campaigns">{t("back")}</BackLink>
      <h1 id="decline-heading" className="text-3xl font-extrabold">
        {t("title", { title: campaign.title })}
      </h1>
      <p>{t("question")}</p>
      <OrganiserForm
        schema="declineCampaign"
        id="decline-campaign"
        action={declineCampaignAction.bind(null, locale)}
        submitLabel={t("confirm")}
        limits={{ reason: DECLINE_REASON_MAX }}
        defaults={{ campaignId: String(campaign.id), reason: "" }}
        fields={[
          { name: "campaignId", label: "", kind: "hidden" },
          { name: "reason", label: t("reason"), kind: "textarea", rows: 5, hint: t("reasonHint") },
        ]}
      />
      <p>
        <Link href="/organise/admin/campaigns" className="underline">
          {t("cancel")}
        </Link>
      </p>
    </section>
  );
}
