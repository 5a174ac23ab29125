import { getTranslations } from "next-intl/server";
import { PageNotices } from "@/components/submissions/page-notices";
import { listPlannedActionsForModeration } from "@/db/queries/planned-actions";
import { listReportsForModeration } from "@/db/queries/reports";
import { ConfirmDisclosure } from "@/components/submissions/confirm-disclosure";
import { PlannedActionSummary } from "@/components/submissions/planned-action-summary";
import { pageParam, Pagination, pageCountOf } from "@/components/ui/pagination";
import { openCampaignPage } from "@/lib/auth/page-guard";
import type { LocalePageProps } from "@/lib/i18n/page";
import { roleAllows } from "@/lib/auth/roles";
import { countryName } from "@/lib/i18n/countries";
import { Link } from "@/lib/i18n/navigation";
import { decidePlannedActionAction, decideReportAction } from "./report-moderation-actions";
import { ActionForm } from "@/components/ui/action-form";
import { MetaItem } from "@/components/ui/meta-item";
import { BackLink, Section } from "@/components/layout/page-section";
import type { ReactNode } from "react";
import { HiddenFields } from "@/components/ui/hidden-fields";
import { HintedControl } from "@/components/ui/hinted-control";

const PER_PAGE = 10;
const VIEWS = ["pending", "approved", "rejected"] as const;
type View = (typeof VIEWS)[number];

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** The moderation queue: reports and activists' planned actions, by state; only approved ones are ever public. */
export default async function ReportsModerationPage({ params, searchParams }: LocalePageProps<{ campaignId: string }>) {
  const { locale, t, organiser, campaign, role } = await openCampaignPage(params, "reports.moderate", "organise/campaigns/[campaignId]/reports", "organise.reports");
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

  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <BackLink href={base}>{campaign.title}</BackLink>
        <h1 className="text-3xl font-extrabold">{t("title")}</h1>
        <p className="text-stone-700">{t("intro")}</p>
        {canEditActions && <BackLink href={`${base}/actions`}>{t("toPlannedActions")}</BackLink>}
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

      <Section headingId="reports-heading" title={t("reportsHeading", { view: t(`view.${view}`), count: reports.total })} headingClassName="text-2xl font-bold" className="space-y-4">
        {reports.items.length === 0 && <p>{t("noReports")}</p>}
        <ul className="space-y-4">
          {reports.items.map(({ report, missionName, photos }) => (
            <QueueItem
              key={report.id}
              headingId={`report-${report.id}`}
              testId="report-item"
              heading={
                <>
                  {tk(report.kind)} · {report.city}, {countryName(report.country, locale)} · <time dateTime={report.actionDate}>{report.actionDate}</time>
                </>
              }
            >
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
                <Decisions kind="report" locale={locale} item={report} campaignId={campaign.id} view={view} editHref={`${base}/reports/${report.id}`} />
            </QueueItem>
          ))}
        </ul>
        <Pagination page={reportPage} pageCount={pageCountOf(reports.total, PER_PAGE)} label={t("reportPages")} hrefFor={(p) => hrefFor({ rpage: p })} />
      </Section>

      <Section headingId="actions-heading" title={t("actionsHeading", { view: t(`view.${view}`), count: actions.total })} headingClassName="text-2xl font-bold" className="space-y-4">
        {actions.items.length === 0 && <p>{t("noActions")}</p>}
        <ul className="space-y-4">
          {actions.items.map(({ action, missionName }) => (
            <QueueItem key={action.id} headingId={`action-${action.id}`} testId="planned-item" heading={action.title}>
                <PlannedActionSummary action={action} missionName={missionName} locale={locale} showPrivate />
                <Decisions kind="action" locale={locale} item={action} campaignId={campaign.id} view={view} editHref={canEditActions ? `${base}/actions/${action.id}/edit` : undefined} />
            </QueueItem>
          ))}
        </ul>
        <Pagination page={actionPage} pageCount={pageCountOf(actions.total, PER_PAGE)} label={t("actionPages")} hrefFor={(p) => hrefFor({ apage: p })} />
      </Section>
    </div>
  );
}

/** The organiser's optional reply, emailed to the report's author with the decision. */
function ReplyField({ id, label, hint }: { id: string; label: string; hint: string }) {
  return (
    <HintedControl id={id} label={label} hint={hint} className="text-sm" hintClassName="text-stone-600">
      <textarea id={id} name="reply" rows={2} maxLength={3000} aria-describedby={`${id}-hint`} className="mt-1 block w-full max-w-md rounded-md border border-stone-400 bg-white px-2 py-1" />
    </HintedControl>
  );
}

/** One queued report or planned action: an article named by its h3. */
function QueueItem({ headingId, testId, heading, children }: { headingId: string; testId: string; heading: ReactNode; children: ReactNode }) {
  return (
    <li className="rounded-lg border border-stone-200 bg-white p-4" data-testid={testId}>
      <article aria-labelledby={headingId} className="space-y-3">
        <h3 id={headingId} className="text-lg font-bold">
          {heading}
        </h3>
        {children}
      </article>
    </li>
  );
}

/** Approve (unless approved), edit (where `editHref`), reject after asking (unless rejected); a report's author may also be sent a reply. */
async function Decisions({
  kind,
  locale,
  item,
  campaignId,
  view,
  editHref,
}: {
  kind: "report" | "action";
  locale: string;
  item: { id: number; status: string };
  campaignId: number;
  view: View;
  editHref?: string;
}) {
  const t = await getTranslations({ locale, namespace: "organise.reports" });
  const action = (kind === "report" ? decideReportAction : decidePlannedActionAction).bind(null, locale);
  const fields = (decision: "approve" | "reject") => ({ campaignId, itemId: item.id, decision, view });
  const withReply = kind === "report";
  const rejectQuestion = t(kind === "report" ? "rejectReportQuestion" : "rejectActionQuestion");
  const tp = await getTranslations({ locale, namespace: "pages.moderationReply" });
  const reply = (decision: "approve" | "reject") => withReply && <ReplyField id={`${decision}-reply-${item.id}`} label={tp("label")} hint={tp("hint")} />;
  return (
    <div className="flex flex-wrap items-start gap-3">
      {item.status !== "approved" && (
        <ActionForm action={action} className={withReply ? "space-y-2" : undefined}>
          <HiddenFields fields={fields("approve")} />
          {reply("approve")}
          <button type="submit" className="rounded-md bg-green-800 px-3 py-1.5 text-sm font-semibold text-white hover:bg-green-900">
            {t("approve")}
          </button>
        </ActionForm>
      )}
      {editHref && (
        <Link href={editHref} className="rounded-md border border-stone-400 bg-white px-3 py-1.5 text-sm font-semibold">
          {t("edit")}
        </Link>
      )}
      {item.status !== "rejected" && (
        <ConfirmDisclosure summary={t("reject")} question={rejectQuestion} confirmLabel={t("rejectConfirm")} action={action} fields={fields("reject")}>
          {reply("reject")}
        </ConfirmDisclosure>
      )}
    </div>
  );
}
