import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { getCampaignById } from "@/db/queries/campaigns";
import { OrganiserForm } from "@/components/organise/organiser-form";
import { organiserPage } from "@/lib/auth/page-guard";
import { Link } from "@/lib/i18n/navigation";
import { DECLINE_REASON_MAX } from "@/lib/validation/campaign-review";
import { declineCampaignAction } from "../../review-actions";

export const metadata: Metadata = { robots: { index: false, follow: false } };

type Props = { params: Promise<{ locale: string; campaignId: string }> };

/** Declining asks first, on a page of its own (so it works without JavaScript), and asks why. */
export default async function DeclineCampaignPage({ params }: Props) {
  const { locale, campaignId } = await params;
  setRequestLocale(locale);
  const organiser = await organiserPage(locale, `/${locale}/organise/admin/campaigns/${campaignId}/decline`);
  if (!organiser.isAdmin) notFound();
  const id = Number(campaignId);
  const campaign = Number.isInteger(id) && id > 0 ? getCampaignById(id) : undefined;
  if (!campaign || campaign.status !== "submitted") notFound();
  const t = await getTranslations("launch.decline");
  return (
    <section aria-labelledby="decline-heading" className="max-w-3xl space-y-5">
      <p className="text-sm">
        <Link href="/organise/admin/campaigns" className="underline">
          {t("back")}
        </Link>
      </p>
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
