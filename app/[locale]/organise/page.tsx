import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { LocalePageProps } from "@/lib/i18n/page";
import { listCampaignsForUser } from "@/db/queries/users";
import { openOrganiserPage } from "@/lib/auth/page-guard";
import { Link } from "@/lib/i18n/navigation";

export const metadata: Metadata = { robots: { index: false, follow: false } };

export default async function WorkspacePage({ params }: LocalePageProps) {
  const { t, organiser } = await openOrganiserPage(params, "organise", "organise.dashboard");
  const tr = await getTranslations("organise.roles");
  const ts = await getTranslations("organise.campaignStatus");
  const campaigns = listCampaignsForUser(organiser.id, organiser.isAdmin);
  return (
    <section aria-labelledby="ws-heading" className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 id="ws-heading" className="text-3xl font-extrabold">
          {t("title")}
        </h1>
        <Link href="/organise/campaigns/new" className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          {t("newCampaign")}
        </Link>
      </div>
      {campaigns.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ul className="grid gap-3">
          {campaigns.map(({ campaign, role }) => (
            <li key={campaign.id} className="flex flex-wrap items-center justify-between gap-2 rounded-lg border border-stone-200 bg-white p-4">
              <Link href={`/organise/campaigns/${campaign.id}`} className="text-lg font-bold hover:underline">
                {campaign.title}
              </Link>
              <span className="text-sm text-stone-600">
                {ts(campaign.status)} · {role ? tr(role) : tr("admin")}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
