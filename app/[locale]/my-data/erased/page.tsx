import { openPage, titleMetadata, type LocalePageProps } from "@/lib/i18n/page";
import { SummaryList } from "@/components/my-data/summary-list";
import { summaryFromQuery } from "@/lib/my-data/summary";
import { OnwardLink, PageSection } from "@/components/layout/page-section";

type Props = LocalePageProps;

export const generateMetadata = titleMetadata("myData", "erased.title", { noindex: true });

/** After erasing: what went, and what stays (the suppression entry, public reports without the email). */
export default async function ErasedPage({ params, searchParams }: Props) {
  const { t } = await openPage(params, "myData");
  const query = await searchParams;
  return (
    <PageSection headingId="erased-heading" title={t("erased.title")} className="mx-auto max-w-2xl space-y-5">
      <div role="status" className="space-y-2 rounded-lg border-2 border-green-700 bg-green-50 p-5">
        <p className="text-lg font-semibold">{t("erased.done")}</p>
        <p>{t("erased.erasedList")}</p>
        <SummaryList summary={summaryFromQuery(query)} testId="erased-summary" />
      </div>
      <ul className="list-disc space-y-1 pl-6">
        {Object.keys(t.raw("erased.kept") as object).map((item) => (
          <li key={item}>{t(`erased.kept.${item}`)}</li>
        ))}
      </ul>
      <OnwardLink href="/">{t("erased.home")}</OnwardLink>
    </PageSection>
  );
}
