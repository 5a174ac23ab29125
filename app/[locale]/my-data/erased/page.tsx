import { openPage, titleMetadata, type LocalePageProps } from "@/lib/i18n/page";
import { SummaryList } from "@/components/my-data/summary-list";
import { Link } from "@/lib/i18n/navigation";
import { summaryFromQuery } from "@/lib/my-data/summary";

type Props = LocalePageProps;

export const generateMetadata = titleMetadata("myData", "erased.title", { noindex: true });

/** After erasing: what went, and what stays (the suppression entry, public reports without the email). */
export default async function ErasedPage({ params, searchParams }: Props) {
  const { t } = await openPage(params, "myData");
  const query = await searchParams;
  return (
    <section aria-labelledby="erased-heading" className="mx-auto max-w-2xl space-y-5">
      <h1 id="erased-heading" className="text-3xl font-extrabold">
        {t("erased.title")}
      </h1>
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
      <p>
        <Link href="/" className="font-semibold text-brand-700 underline">
          {t("erased.home")}
        </Link>
      </p>
    </section>
  );
}
