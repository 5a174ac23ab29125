import { getFormatter, getTranslations } from "next-intl/server";
import { listNewsForCampaign } from "@/db/queries/news";
import { listPetitionsForCampaign } from "@/db/queries/petitions";
import { CampaignLaunchPanel } from "@/components/organise/campaign-launch-panel";
import { pageParam, Pagination, pageCountOf } from "@/components/ui/pagination";
import { openCampaignPage } from "@/lib/auth/page-guard";
import { roleAllows } from "@/lib/auth/roles";
import { Link } from "@/lib/i18n/navigation";
import type { LocalePageProps } from "@/lib/i18n/page";
import { TableHead } from "@/components/ui/table-head";
import type { ReactNode } from "react";

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
  const workspaceLinks = [
    { shown: may("campaign.edit"), href: `${base}/edit`, label: t("edit") },
    { shown: campaign.status === "live", href: `/campaigns/${campaign.slug}`, label: t("viewPublic") },
    { shown: may("campaign.members"), href: `${base}/members`, label: t("members") },
    { shown: may("campaign.view"), href: `${base}/letters`, label: t("letters") },
    { shown: may("campaign.view"), href: `${base}/directory`, label: t("directory") },
    { shown: may("reports.moderate"), href: `${base}/reports`, label: t("reports") },
    { shown: may("actions.edit"), href: `${base}/actions`, label: t("plannedActions") },
    { shown: may("audit.view"), href: `${base}/audit`, label: t("audit") },
  ];

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
          {workspaceLinks
            .filter(({ shown }) => shown)
            .map(({ href, label }) => (
              <Link key={href} href={href} className="underline">
                {label}
              </Link>
            ))}
        </div>
      </header>

      <CampaignLaunchPanel locale={locale} campaign={campaign} role={role} isAdmin={organiser.isAdmin} justSubmitted={!!query.submitted} />

      <ListSection headingId="petitions-heading" title={t("petitions")} add={may("petition.edit") ? { href: `${base}/petitions/new`, label: t("newPetition") } : undefined}>
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
      </ListSection>

      <ListSection headingId="news-heading" title={t("news")} add={may("news.edit") ? { href: `${base}/news/new`, label: t("newNews") } : undefined}>
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
        <Pagination page={newsPage} pageCount={pageCountOf(newsTotal, NEWS_PER_PAGE)} label={t("newsPages")} hrefFor={(p) => `${base}?page=${p}#news-heading`} />
      </ListSection>
    </div>
  );
}

/** A list of the workspace under its h2, with the "new …" button beside the heading for those who may add. */
function ListSection({ headingId, title, add, children }: { headingId: string; title: string; add?: { href: string; label: string }; children: ReactNode }) {
  return (
    <section aria-labelledby={headingId} className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id={headingId} className="text-2xl font-bold">
          {title}
        </h2>
        {add && (
          <Link href={add.href} className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-800">
            {add.label}
          </Link>
        )}
      </div>
      {children}
    </section>
  );
}
