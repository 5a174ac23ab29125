import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { getLiveCampaignBySlug } from "@/db/queries/campaigns";
import { Link } from "@/lib/i18n/navigation";

/** After the confirm button: a report-back or a proposed action now waits for a moderator. */
export async function SubmissionConfirmed({ slug, namespace }: { slug: string; namespace: "report.confirmed" | "plannedAction.confirmed" }) {
  const campaign = getLiveCampaignBySlug(slug);
  if (!campaign) notFound();
  const t = await getTranslations(namespace);
  return (
    <section aria-labelledby="confirmed-heading" className="mx-auto max-w-2xl space-y-4">
      <h1 id="confirmed-heading" className="text-3xl font-extrabold">
        {t("title")}
      </h1>
      <p className="text-lg">{t("body")}</p>
      <p>
        <Link href={`/campaigns/${campaign.slug}`} className="font-semibold text-brand-700 underline">
          {t("back", { campaign: campaign.title })}
        </Link>
      </p>
    </section>
  );
}
