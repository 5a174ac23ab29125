import { cookies } from "next/headers";
import { getFormatter, getTranslations } from "next-intl/server";
import { openPage, titleMetadata, type LocalePageProps } from "@/lib/i18n/page";
import type { ReactNode } from "react";
import { ConfirmDisclosure } from "@/components/submissions/confirm-disclosure";
import { Pagination, pageParam } from "@/components/ui/pagination";
import { countryName } from "@/lib/i18n/countries";
import { SummaryList } from "@/components/my-data/summary-list";
import { summaryOfRecords } from "@/lib/my-data/summary";
import { collectMyData, dataSubjectFor, MY_DATA_COOKIE, MY_DATA_PAGE_SIZE } from "@/lib/my-data/my-data";
import { eraseAction, unsubscribeAllAction } from "../my-data-actions";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { ActionForm } from "@/components/ui/action-form";
import { TableHead } from "@/components/ui/table-head";
import { OnwardLink, PageSection, Section } from "@/components/layout/page-section";

type Props = LocalePageProps;

export const generateMetadata = titleMetadata("myData", "records.title", { noindex: true });

const TEMPLATES = ["confirm-signature", "already-signed", "campaign-update", "confirm-report", "magic-link", "my-data-link"];

function Facts({ rows }: { rows: [string, ReactNode][] }) {
  return (
    <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[minmax(10rem,auto)_1fr]">
      {rows.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="font-semibold text-stone-700">{term}</dt>
          <dd className="break-words">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Everything held about the address of the session's link, in plain language, with what one can do about it. */
export default async function MyRecordsPage({ params, searchParams }: Props) {
  const { locale, t } = await openPage(params, "myData");
  const subject = dataSubjectFor((await cookies()).get(MY_DATA_COOKIE)?.value);
  if (!subject) {
    return (
      <PageSection headingId="records-heading" title={t("records.endedTitle")} className="mx-auto max-w-2xl space-y-5">
        <p className="text-lg">{t("records.ended")}</p>
        <OnwardLink href="/my-data">{t("link.newLink")}</OnwardLink>
      </PageSection>
    );
  }
  const query = await searchParams;
  const pages = { signatures: pageParam(query.signatures), emails: pageParam(query.emails) };
  const data = collectMyData(subject, pages);
  const format = await getFormatter();
  const tp = await getTranslations("petition.form");
  const tk = await getTranslations("report.kinds");
  const when = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: "medium", timeStyle: "short" }) : t("records.never"));
  // Public submissions record the privacy notice they were sent under; organisers' own entries have none.
  const noticeConsent = (x: { consentVersion: string | null; locale: string; createdAt: Date }) => {
    const language = t(`records.language.${x.locale === "ru" ? "ru" : "en"}`);
    return x.consentVersion
      ? t("records.noticeValue", { version: x.consentVersion, language, time: when(x.createdAt) })
      : t("records.noConsentRecord", { language });
  };
  const orNone = (v: string | null) => v || t("records.none");
  const yesNo = (v: boolean) => (v ? t("records.yes") : t("records.no"));
  const hrefFor = (key: "signatures" | "emails") => (n: number) =>
    `/my-data/records?${new URLSearchParams({ ...pages, [key]: n } as unknown as Record<string, string>)}#${key}`;
  const pageCount = (total: number) => Math.max(1, Math.ceil(total / MY_DATA_PAGE_SIZE));
  const unsubscribed = typeof query.unsubscribed === "string" ? Number(query.unsubscribed) : null;
  const nothing =
    data.signatures.total === 0 && data.reports.length === 0 && data.plannedActions.length === 0 && data.emails.total === 0 && data.mailbox.length === 0;

  return (
    <article aria-labelledby="records-heading" className="mx-auto max-w-3xl space-y-8">
      <header className="space-y-2">
        <h1 id="records-heading" className="text-3xl font-extrabold">
          {t("records.title")}
        </h1>
        <p className="text-lg">{t("records.intro", { email: subject.email })}</p>
        <p className="text-sm text-stone-600">{t("records.session")}</p>
      </header>

      {unsubscribed !== null && Number.isInteger(unsubscribed) && (
        <p role="status" className="rounded-md border-2 border-green-700 bg-green-50 p-3 font-semibold">
          {t("records.unsubscribed", { count: unsubscribed })}
        </p>
      )}

      <Section headingId="records-actions" title={t("records.actionsHeading")} className="space-y-4 rounded-lg bg-white p-5 shadow-sm">
        <form method="post" action={`/${locale}/my-data/download`}>
          <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-bold text-white hover:bg-brand-800">
            {t("records.download")}
          </button>
          <span className="ml-3 text-sm text-stone-600">{t("records.downloadHint")}</span>
        </form>
        <ActionForm action={unsubscribeAllAction.bind(null, locale)} className="space-y-1">
          <p>{t("records.subscriptions", { count: data.subscriptions })}</p>
          <button type="submit" className="rounded-md border border-stone-500 bg-white px-4 py-2 font-semibold hover:bg-stone-100">
            {t("records.unsubscribeAll")}
          </button>
        </ActionForm>
        <div className="space-y-2">
          <p>{t("records.eraseExplain")}</p>
          <p>{t("records.eraseListed")}</p>
          <SummaryList summary={summaryOfRecords(data)} testId="listed-summary" />
          <ConfirmDisclosure
            summary={t("records.erase")}
            question={t("records.eraseQuestion")}
            confirmLabel={t("records.eraseConfirm")}
            action={eraseAction.bind(null, locale)}
            fields={{}}
          />
        </div>
      </Section>

      {nothing && <p className="text-lg">{t("records.nothing")}</p>}

      <Section headingId="signatures" title={t("records.signaturesHeading", { count: data.signatures.total })} className="space-y-3" headingClassName="text-2xl font-bold">
        {data.signatures.items.map((s) => (
          <div key={s.id} className="rounded-lg bg-white p-4 shadow-sm" data-testid="my-signature">
            <h3 className="mb-2 text-lg font-bold">{s.petitionTitle}</h3>
            <Facts
              rows={[
                [t("records.status"), t(`records.signatureStatus.${s.status}`)],
                [t("records.signedAt"), when(s.createdAt)],
                [t("records.confirmedAt"), when(s.confirmedAt)],
                [t("records.name"), s.name],
                [t("records.email"), s.email],
                [t("records.country"), countryName(s.country, locale)],
                [t("records.city"), orNone(s.city)],
                [t("records.organisation"), orNone(s.organisation)],
                [t("records.comment"), orNone(s.comment)],
                [t("records.nameDisplay"), tp(`nameDisplayChoice.${s.nameDisplay}`)],
                [t("records.updates"), yesNo(s.optInUpdates)],
                [t("records.source"), orNone(s.source)],
                [
                  t("records.consent"),
                  t("records.consentValue", { version: s.consentVersion, language: t(`records.language.${s.locale === "ru" ? "ru" : "en"}`), time: when(s.createdAt) }),
                ],
              ]}
            />
          </div>
        ))}
        <Pagination
          page={pages.signatures}
          pageCount={pageCount(data.signatures.total)}
          hrefFor={hrefFor("signatures")}
          label={t("records.signaturesPages")}
        />
      </Section>

      <Section headingId="reports" title={t("records.reportsHeading", { count: data.reports.length + data.plannedActions.length })} className="space-y-3" headingClassName="text-2xl font-bold">
        <p className="text-sm text-stone-600">{t("records.reportsExplain")}</p>
        {data.reports.map((r) => (
          <div key={`r${r.id}`} className="rounded-lg bg-white p-4 shadow-sm">
            <h3 className="mb-2 text-lg font-bold">
              {tk(r.kind)} — {r.campaignTitle}
            </h3>
            <Facts
              rows={[
                [t("records.status"), t(`records.submissionStatus.${r.status}`)],
                [t("records.actionDate"), r.actionDate],
                [t("records.place"), `${r.city}, ${countryName(r.country, locale)}`],
                [t("records.organisation"), r.organisation],
                [t("records.contactEmail"), r.contactEmail],
                [t("records.sentAt"), when(r.createdAt)],
                [t("records.confirmedAt"), when(r.confirmedAt)],
                [t("records.consent"), noticeConsent(r)],
              ]}
            />
          </div>
        ))}
        {data.plannedActions.map((a) => (
          <div key={`a${a.id}`} className="rounded-lg bg-white p-4 shadow-sm">
            <h3 className="mb-2 text-lg font-bold">
              {a.title} — {a.campaignTitle}
            </h3>
            <Facts
              rows={[
                [t("records.status"), t(`records.submissionStatus.${a.status}`)],
                [t("records.startsAt"), format.dateTime(a.startsAt, { dateStyle: "medium", timeStyle: "short", timeZone: a.timeZone })],
                [t("records.place"), `${a.place}, ${a.city}, ${countryName(a.country, locale)}`],
                [t("records.publicContact"), a.contact],
                [t("records.contactEmail"), a.contactEmail],
                [t("records.sentAt"), when(a.createdAt)],
                [t("records.confirmedAt"), when(a.confirmedAt)],
                [t("records.consent"), noticeConsent(a)],
              ]}
            />
          </div>
        ))}
      </Section>

      <Section headingId="emails" title={t("records.emailsHeading", { count: data.emails.total })} className="space-y-3" headingClassName="text-2xl font-bold">
        <p className="text-sm text-stone-600">{t("records.emailsExplain")}</p>
        {data.emails.items.length > 0 && (
          <ScrollRegion labelledBy="emails">
            <table className="w-full bg-white text-left text-sm shadow-sm">
              <TableHead columns={[t("records.emailKind"), t("records.queuedAt"), t("records.status")]} />
              <tbody>
                {data.emails.items.map((e) => (
                  <tr key={e.id} className="border-b border-stone-200">
                    <td className="p-2">{TEMPLATES.includes(e.template) ? t(`records.template.${e.template}`) : e.template}</td>
                    <td className="p-2">{when(e.createdAt)}</td>
                    <td className="p-2">
                      {t(`records.emailStatus.${e.status}`)}
                      {e.sentAt ? ` (${when(e.sentAt)})` : ""}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        )}
        <Pagination page={pages.emails} pageCount={pageCount(data.emails.total)} hrefFor={hrefFor("emails")} label={t("records.emailsPages")} />
        {data.mailbox.length > 0 && <p>{t("records.mailbox", { count: data.mailbox.length })}</p>}
      </Section>

      <Section headingId="suppression" title={t("records.suppressionHeading")} className="space-y-2" headingClassName="text-2xl font-bold">
        <p>
          {data.suppression
            ? t("records.suppressed", { reason: t(`records.suppressionReason.${data.suppression.reason}`), since: when(data.suppression.createdAt) })
            : t("records.notSuppressed")}
        </p>
      </Section>
    </article>
  );
}
