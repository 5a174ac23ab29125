import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageNotices } from "@/components/submissions/page-notices";
import { listPlannedActionsForModeration } from "@/db/queries/planned-actions";
import { listReportsForModeration } from "@/db/queries/reports";
import { ConfirmDisclosure } from "@/components/submissions/confirm-disclosure";
import { PlannedActionSummary } from "@/components/submissions/planned-action-summary";
import { pageParam, Pagination } from "@/components/ui/pagination";
import { campaignPage } from "@/lib/auth/page-guard";
import { roleAllows } from "@/lib/auth/roles";
import { countryName } from "@/lib/i18n/countries";
import { Link } from "@/lib/i18n/navigation";
import { decidePlannedActionAction, decideReportAction } from "./report-moderation-actions";
import { ActionForm } from "@/components/ui/action-form";
import { MetaItem } from "@/components/ui/meta-item";

const PER_PAGE = 10;
const VIEWS = ["pending", "approved", "rejected"] as const;
type View = (typeof VIEWS)[number];

type Props = {
  params: Promise<{ locale: string; campaignId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** The moderation queue: reports and activists' planned actions, by state; only approved ones are ever public. */
export default async function ReportsModerationPage({ params, searchParams }: Props) {
  const { locale, campaignId } = await params;
  setRequestLocale(locale);
  const { organiser, campaign, role } = await campaignPage(locale, campaignId, "reports.moderate", `/${locale}/organise/campaigns/${campaignId}/reports`);
  const t = await getTranslations("organise.reports");
  const tk = await getTranslations("report.kinds");
  const query = await searchParams;
  const requested = one(query.status);
  const view: View = VIEWS.includes(requested as View) ? (requested as View) : "pending";
  const reportPage = pageParam(query.rpage);
  const actionPage = pageParam(query.apage);
  const reports = listReportsForModeration({ campaignId: campaign.id, status: view, limit: PER_PAGE, offset: (reportPage - 1) * PER_PAGE });
  const actions = listPlannedActionsForModeration({ campaignId: campaign.id, status: view, limit: PER_PAGE, offset: (actionPage - 1) * PER_PAGE });
  const canEditActions = roleAllows(role, "actions.edit", organiser.isAdmin);
  const base = `/organise/campaigns/${campaign.id}`;
  const hrefFor = (extra: Record<string, string | number>) =>
    `${base}/reports?${new URLSearchParams({ status: view, rpage: String(reportPage), apage: String(actionPage), ...Object.fromEntries(Object.entries(extra).map(([k, v]) => [k, String(v)])) })}`;
  const notice = one(query.notice);
  const error = one(query.error);
  const decideFields = (id: number, decision: "approve" | "reject") => ({ campaignId: campaign.id, itemId: id, decision, view });
  const tp = await getTranslations("pages.moderationReply");
  const approveButton = "rounded-md bg-green-800 px-3 py-1.5 text-sm font-semibold text-white hover:bg-green-900";

  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <p className="text-sm">
          <Link href={base} className="underline">
            {campaign.title}
          </Link>
        </p>
        <h1 className="text-3xl font-extrabold">{t("title")}</h1>
        <p className="text-stone-700">{t("intro")}</p>
        {canEditActions && (
          <p className="text-sm">
            <Link href={`${base}/actions`} className="underline">
              {t("toPlannedActions")}
            </Link>
          </p>
        )}
        <PageNotices namespace="organise.reports" notice={notice} error={error} />
      </header>

      <form method="get" className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="status-filter" className="block font-semibold">
            {t("show")}
          </label>
          <select id="status-filter" name="status" defaultValue={view} className="rounded-md border border-stone-400 bg-white px-3 py-2">
            {VIEWS.map((v) => (
              <option key={v} value={v}>
                {t(`view.${v}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded-md border border-stone-400 bg-white px-4 py-2 font-semibold">
          {t("filter")}
        </button>
      </form>

      <section aria-labelledby="reports-heading" className="space-y-4">
        <h2 id="reports-heading" className="text-2xl font-bold">
          {t("reportsHeading", { view: t(`view.${view}`), count: reports.total })}
        </h2>
        {reports.items.length === 0 && <p>{t("noReports")}</p>}
        <ul className="space-y-4">
          {reports.items.map(({ report, missionName, photos }) => (
            <li key={report.id} className="rounded-lg border border-stone-200 bg-white p-4" data-testid="report-item">
              <article aria-labelledby={`report-${report.id}`} className="space-y-3">
                <h3 id={`report-${report.id}`} className="text-lg font-bold">
                  {tk(report.kind)} · {report.city}, {countryName(report.country, locale)} · <time dateTime={report.actionDate}>{report.actionDate}</time>
                </h3>
                <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[10rem_1fr]">
                  <MetaItem label={t("mission")}>{missionName}</MetaItem>
                  <dt className="font-semibold">{t("organisation")}</dt>
                  <dd>{report.organisation}</dd>
                  <dt className="font-semibold">{t("contactEmail")}</dt>
                  <dd>{report.contactEmail ? <>{report.contactEmail} <span className="text-stone-600">({t("private")})</span></> : t("noEmail")}</dd>
                </dl>
                <p className="whitespace-pre-line">{report.account}</p>
                {report.replyText && (
                  <blockquote className="border-l-4 border-stone-300 pl-3 text-sm">
                    <p className="font-semibold">{t("reply")}</p>
                    <p className="whitespace-pre-line">{report.replyText}</p>
                  </blockquote>
                )}
                {photos.length > 0 && (
                  <ul className="flex flex-wrap gap-2" aria-label={t("photos")}>
                    {photos.map((p, i) => (
                      <li key={p.id}>
                        <a href={p.path} className="block">
                          <img src={p.path} width={p.width} height={p.height} alt={t(p.role === "reply" ? "replyPhotoAlt" : "photoAlt", { n: i + 1 })} className="h-28 w-auto rounded border border-stone-200 object-cover" />
                        </a>
                      </li>
                    ))}
                  </ul>
                )}
                <div className="flex flex-wrap items-start gap-3">
                  {report.status !== "approved" && (
                    <ActionForm action={decideReportAction.bind(null, locale)} className="space-y-2">
                      {Object.entries(decideFields(report.id, "approve")).map(([k, v]) => (
                        <input key={k} type="hidden" name={k} value={v} />
                      ))}
                      <ReplyField id={`approve-reply-${report.id}`} label={tp("label")} hint={tp("hint")} />
                      <button type="submit" className={approveButton}>
                        {t("approve")}
                      </button>
                    </ActionForm>
                  )}
                  <Link href={`${base}/reports/${report.id}`} className="rounded-md border border-stone-400 bg-white px-3 py-1.5 text-sm font-semibold">
                    {t("edit")}
                  </Link>
                  {report.status !== "rejected" && (
                    <ConfirmDisclosure
                      summary={t("reject")}
                      question={t("rejectReportQuestion")}
                      confirmLabel={t("rejectConfirm")}
                      action={decideReportAction.bind(null, locale)}
                      fields={decideFields(report.id, "reject")}
                    >
                      <ReplyField id={`reject-reply-${report.id}`} label={tp("label")} hint={tp("hint")} />
                    </ConfirmDisclosure>
                  )}
                </div>
              </article>
            </li>
          ))}
        </ul>
        <Pagination page={reportPage} pageCount={Math.max(1, Math.ceil(reports.total / PER_PAGE))} label={t("reportPages")} hrefFor={(p) => hrefFor({ rpage: p })} />
      </section>

      <section aria-labelledby="actions-heading" className="space-y-4">
        <h2 id="actions-heading" className="text-2xl font-bold">
          {t("actionsHeading", { view: t(`view.${view}`), count: actions.total })}
        </h2>
        {actions.items.length === 0 && <p>{t("noActions")}</p>}
        <ul className="space-y-4">
          {actions.items.map(({ action, missionName }) => (
            <li key={action.id} className="rounded-lg border border-stone-200 bg-white p-4" data-testid="planned-item">
              <article aria-labelledby={`action-${action.id}`} className="space-y-3">
                <h3 id={`action-${action.id}`} className="text-lg font-bold">
                  {action.title}
                </h3>
                <PlannedActionSummary action={action} missionName={missionName} locale={locale} showPrivate />
                <div className="flex flex-wrap items-start gap-3">
                  {action.status !== "approved" && (
                    <ActionForm action={decidePlannedActionAction.bind(null, locale)}>
                      {Object.entries(decideFields(action.id, "approve")).map(([k, v]) => (
                        <input key={k} type="hidden" name={k} value={v} />
                      ))}
                      <button type="submit" className={approveButton}>
                        {t("approve")}
                      </button>
                    </ActionForm>
                  )}
                  {canEditActions && (
                    <Link href={`${base}/actions/${action.id}/edit`} className="rounded-md border border-stone-400 bg-white px-3 py-1.5 text-sm font-semibold">
                      {t("edit")}
                    </Link>
                  )}
                  {action.status !== "rejected" && (
                    <ConfirmDisclosure
                      summary={t("reject")}
                      question={t("rejectActionQuestion")}
                      confirmLabel={t("rejectConfirm")}
                      action={decidePlannedActionAction.bind(null, locale)}
                      fields={decideFields(action.id, "reject")}
                    />
                  )}
                </div>
              </article>
            </li>
          ))}
        </ul>
        <Pagination page={actionPage} pageCount={Math.max(1, Math.ceil(actions.total / PER_PAGE))} label={t("actionPages")} hrefFor={(p) => hrefFor({ apage: p })} />
      </section>
    </div>
  );
}

/** The organiser's optional reply, emailed to the report's author with the decision. */
function ReplyField({ id, label, hint }: { id: string; label: string; hint: string }) {
  return (
    <div className="text-sm">
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      <p id={`${id}-hint`} className="text-stone-600">
        {hint}
      </p>
      <textarea id={id} name="reply" rows={2} maxLength={3000} aria-describedby={`${id}-hint`} className="mt-1 block w-full max-w-md rounded-md border border-stone-400 bg-white px-2 py-1" />
    </div>
  );
}
