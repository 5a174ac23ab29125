import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageNotices } from "@/components/submissions/page-notices";
import { listPlannedActionsForCampaign } from "@/db/queries/planned-actions";
import { ConfirmDisclosure } from "@/components/submissions/confirm-disclosure";
import { PlannedActionSummary } from "@/components/submissions/planned-action-summary";
import { pageParam, Pagination, pageCountOf } from "@/components/ui/pagination";
import { campaignPage } from "@/lib/auth/page-guard";
import { Link } from "@/lib/i18n/navigation";
import { BackLink } from "@/components/layout/page-section";
import { paths } from "@/lib/urls";
import { deletePlannedActionAction } from "./planned-actions";

const PER_PAGE = 20;

type Props = {
  params: Promise<{ locale: string; campaignId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** The campaign's planned actions: announce, edit, delete, download, and write up past ones as reports. */
export default async function PlannedActionsPage({ params, searchParams }: Props) {
  const { locale, campaignId } = await params;
  setRequestLocale(locale);
  const { campaign } = await campaignPage(locale, campaignId, "actions.edit", `/${locale}/organise/campaigns/${campaignId}/actions`);
  const t = await getTranslations("organise.plannedActions");
  const ts = await getTranslations("organise.reports.view");
  const query = await searchParams;
  const page = pageParam(query.page);
  const { items, total } = listPlannedActionsForCampaign({ campaignId: campaign.id, limit: PER_PAGE, offset: (page - 1) * PER_PAGE });
  const base = `/organise/campaigns/${campaign.id}/actions`;
  const now = Date.now();
  const notice = typeof query.notice === "string" ? query.notice : undefined;
  const error = typeof query.error === "string" ? query.error : undefined;
  const button = "rounded-md border border-stone-400 bg-white px-3 py-1.5 text-sm font-semibold";

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <BackLink href={`/organise/campaigns/${campaign.id}`}>{campaign.title}</BackLink>
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h1 className="text-3xl font-extrabold">{t("title")}</h1>
          <Link href={`${base}/new`} className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-800">
            {t("new")}
          </Link>
        </div>
        <p className="text-stone-700">{t("intro")}</p>
        <BackLink href={`/organise/campaigns/${campaign.id}/reports`}>{t("toModeration")}</BackLink>
        <PageNotices namespace="organise.plannedActions" notice={notice} error={error} />
      </header>
      {items.length === 0 && <p>{t("none")}</p>}
      <ul className="space-y-4">
        {items.map(({ action, missionName }) => {
          const past = action.startsAt.getTime() < now;
          return (
            <li key={action.id} className="rounded-lg border border-stone-200 bg-white p-4" data-testid="planned-action">
              <article aria-labelledby={`planned-${action.id}`} className="space-y-3">
                <h2 id={`planned-${action.id}`} className="text-lg font-bold">
                  {action.title}{" "}
                  <span className="ml-1 rounded bg-stone-100 px-2 py-0.5 align-middle text-xs font-semibold uppercase text-stone-700">{ts(action.status === "unconfirmed" ? "pending" : action.status)}</span>
                  {past && <span className="ml-1 rounded bg-stone-100 px-2 py-0.5 align-middle text-xs font-semibold uppercase text-stone-700">{t("past")}</span>}
                </h2>
                <PlannedActionSummary action={action} missionName={missionName} locale={locale} showPrivate />
                <div className="flex flex-wrap items-start gap-3">
                  {action.status === "approved" && campaign.status === "live" && (
                    <a href={paths.plannedActionIcs(action.id)} className={button} download>
                      {t("ics")}
                    </a>
                  )}
                  {action.status === "approved" && past && (
                    <Link href={`${base}/${action.id}/report`} className={button}>
                      {t("toReport")}
                    </Link>
                  )}
                  <Link href={`${base}/${action.id}/edit`} className={button}>
                    {t("edit")}
                  </Link>
                  <ConfirmDisclosure
                    summary={t("delete")}
                    question={t("deleteQuestion", { title: action.title })}
                    confirmLabel={t("deleteConfirm")}
                    action={deletePlannedActionAction.bind(null, locale)}
                    fields={{ campaignId: campaign.id, plannedActionId: action.id }}
                  />
                </div>
              </article>
            </li>
          );
        })}
      </ul>
      <Pagination page={page} pageCount={pageCountOf(total, PER_PAGE)} label={t("pages")} hrefFor={(p) => `${base}?page=${p}`} />
    </div>
  );
}
