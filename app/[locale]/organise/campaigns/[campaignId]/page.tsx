import { getFormatter, getTranslations } from "next-intl/server";
import { listNewsForCampaign } from "@/db/queries/news";
import { listPetitionsForCampaign } from "@/db/queries/petitions";
import { CampaignLaunchPanel } from "@/components/organise/campaign-launch-panel";
import { pageParam, Pagination } from "@/components/ui/pagination";
import { openCampaignPage } from "@/lib/auth/page-guard";
import { roleAllows } from "@/lib/auth/roles";
import { Link } from "@/lib/i18n/navigation";
import type { LocalePageProps } from "@/lib/i18n/page";
import { TableHead } from "@/components/ui/table-head";

const NEWS_PER_PAGE = 20;

type Props = LocalePageProps<{ campaignId: string }>;

export default async function CampaignOverviewPage({ params, searchParams }: Props) {
  const { locale, t, organiser, campaign, role } = await openCampaignPage(params, "campaign.view", "organise/campaigns/[campaignId]", "organise.campaign");
  const ts = await getTranslations("organise.campaignStatus");
  const tp = await getTranslations("organise.petitionStatus");
  const format = await getFormatter();
  const query = await searchParams;
  const may = (p: Parameters<typeof roleAllows>[1]) => roleAllows(role, p, organiser.isAdmin);
  const petitions = listPetitionsForCampaign(campaign.id);
  const newsPage = pageParam(query.page);
  const { items: news, total: newsTotal } = listNewsForCampaign(campaign.id, { limit: NEWS_PER_PAGE, offset: (newsPage - 1) * NEWS_PER_PAGE });
  const base = `/organise/campaigns/${campaign.id}`;
  const button = "rounded-md bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-800";

  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <p className="text-sm text-stone-600">{ts(campaign.status)}</p>
        <h1 className="text-3xl font-extrabold">{campaign.title}</h1>
        {query.published && (
          <p role="status" className="rounded-md bg-green-50 p-3 text-green-900">
            {t("published", { emailed: Number(query.emailed ?? 0) })}
          </p>
        )}
        <div className="flex flex-wrap gap-3 text-sm">
          {may("campaign.edit") && (
            <Link href={`${base}/edit`} className="underline">
              {t("edit")}
            </Link>
          )}
          {campaign.status === "live" && (
            <Link href={`/campaigns/${campaign.slug}`} className="underline">
              {t("viewPublic")}
            </Link>
          )}
          {may("campaign.members") && (
            <Link href={`${base}/members`} className="underline">
              {t("members")}
            </Link>
          )}
          {may("campaign.view") && (
            <Link href={`${base}/letters`} className="underline">
              {t("letters")}
            </Link>
          )}
          {may("campaign.view") && (
            <Link href={`${base}/directory`} className="underline">
              {t("directory")}
            </Link>
          )}
          {may("reports.moderate") && (
            <Link href={`${base}/reports`} className="underline">
              {t("reports")}
            </Link>
          )}
          {may("actions.edit") && (
            <Link href={`${base}/actions`} className="underline">
              {t("plannedActions")}
            </Link>
          )}
          {may("audit.view") && (
            <Link href={`${base}/audit`} className="underline">
              {t("audit")}
            </Link>
          )}
        </div>
      </header>

      <CampaignLaunchPanel locale={locale} campaign={campaign} role={role} isAdmin={organiser.isAdmin} justSubmitted={!!query.submitted} />

      <section aria-labelledby="petitions-heading" className="space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="petitions-heading" className="text-2xl font-bold">
            {t("petitions")}
          </h2>
          {may("petition.edit") && (
            <Link href={`${base}/petitions/new`} className={button}>
              {t("newPetition")}
            </Link>
          )}
        </div>
        {petitions.length === 0 ? (
          <p>{t("noPetitions")}</p>
        ) : (
          <table className="w-full border-collapse bg-white text-left text-sm">
            <TableHead columns={[t("petition"), t("status"), { label: t("confirmed"), className: "p-2 text-right" }]} />
            <tbody>
              {petitions.map((p) => (
                <tr key={p.id} className="border-b border-stone-200">
                  <td className="p-2">
                    <Link href={`${base}/petitions/${p.id}`} className="font-semibold underline">
                      {p.title}
                    </Link>
                  </td>
                  <td className="p-2">{tp(p.status)}</td>
                  <td className="p-2 text-right">{format.number(p.signatureCount)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="news-heading" className="space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="news-heading" className="text-2xl font-bold">
            {t("news")}
          </h2>
          {may("news.edit") && (
            <Link href={`${base}/news/new`} className={button}>
              {t("newNews")}
            </Link>
          )}
        </div>
        {news.length === 0 ? (
          <p>{t("noNews")}</p>
        ) : (
          <ul className="divide-y divide-stone-200 rounded-lg bg-white">
            {news.map((n) => (
              <li key={n.id} className="p-3">
                <span className="font-semibold">{n.title}</span>{" "}
                <span className="text-sm text-stone-600">
                  {format.dateTime(n.publishedAt, { dateStyle: "medium", timeZone: "UTC" })}
                  {n.emailedAt ? ` · ${t("emailed")}` : ""}
                </span>
              </li>
            ))}
          </ul>
        )}
        <Pagination
          page={newsPage}
          pageCount={Math.max(1, Math.ceil(newsTotal / NEWS_PER_PAGE))}
          label={t("newsPages")}
          hrefFor={(p) => `${base}?page=${p}#news-heading`}
        />
      </section>
    </div>
  );
}
