/**
 * "Actions worldwide": a live campaign's approved report-backs and upcoming planned actions, a
 * server-drawn world map shaded by number of actions with a pin per place, and a GET filter form
 * by country and kind (components/wall/wall-view.tsx, shared with /actions).
 */
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { LocalePageProps } from "@/lib/i18n/page";
import { notFound } from "next/navigation";
import { getLiveCampaignBySlug } from "@/db/queries/campaigns";
import { ActionsWallView } from "@/components/wall/wall-view";
import { Link } from "@/lib/i18n/navigation";

type Props = LocalePageProps<{ slug: string }>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const campaign = getLiveCampaignBySlug(slug);
  if (!campaign) return {};
  const t = await getTranslations({ locale, namespace: "actionsWall" });
  return { title: t("metaTitle", { campaign: campaign.title }) };
}

export default async function ActionsWallPage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const campaign = getLiveCampaignBySlug(slug);
  if (!campaign) notFound();
  const t = await getTranslations("actionsWall");
  const search = await searchParams;
  const base = `/campaigns/${campaign.slug}/actions`;

  return (
    <article className="space-y-10">
      <header>
        <p className="text-sm">
          <Link href={`/campaigns/${campaign.slug}`} className="inline-flex min-h-6 items-center underline">
            {t("backToCampaign", { campaign: campaign.title })}
          </Link>
        </p>
        <h1 className="mt-2 text-3xl font-extrabold sm:text-4xl">{t("title")}</h1>
        <p className="mt-3 max-w-3xl text-lg text-stone-700">{t("intro")}</p>
        <p className="mt-4 flex flex-wrap items-center gap-x-6 gap-y-3">
          <Link
            href={`/campaigns/${campaign.slug}/report`}
            className="inline-block rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
          >
            {t("reportBack")}
          </Link>
          <Link href={`/letters?campaign=${campaign.slug}`} className="inline-flex min-h-6 items-center font-semibold underline">
            {t("writeLetter")}
          </Link>
        </p>
      </header>

      <ActionsWallView
        campaign={campaign}
        locale={locale}
        search={search}
        base={base}
        mapTitle={t("map.title", { campaign: campaign.title })}
        mapNote={t("mapNote")}
        emptyReports={
          <>
            {t("reports.empty")}{" "}
            <Link href={`/campaigns/${campaign.slug}/report`} className="font-semibold underline">
              {t("reportBack")}
            </Link>
          </>
        }
      />
    </article>
  );
}
