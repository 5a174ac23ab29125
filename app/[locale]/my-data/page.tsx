import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { openPage, type LocalePageProps } from "@/lib/i18n/page";
import { RequestLinkForm } from "@/components/my-data/request-link-form";
import { requestLinkAction } from "./my-data-actions";
import { titleAfterPost } from "@/lib/i18n/document-title";
import { PageSection } from "@/components/layout/page-section";

type Props = LocalePageProps;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "myData" });
  return { title: await titleAfterPost(locale, t("title")), robots: { index: false, follow: false } };
}

/** Ask for a link to one's own records. Every accepted address gets the same notice. */
export default async function MyDataPage({ params, searchParams }: Props) {
  const { locale, t } = await openPage(params, "myData");
  const query = await searchParams;
  return (
    <PageSection headingId="my-data-heading" title={t("title")} className="mx-auto max-w-2xl space-y-5">
      {query.sent ? (
        <div role="status" className="space-y-3 rounded-lg border-2 border-green-700 bg-green-50 p-5">
          <p className="text-lg font-semibold">{t("request.sent")}</p>
          <p>{t("request.sentDetail")}</p>
        </div>
      ) : (
        <>
          {query.expired && (
            <p role="status" className="rounded-md border border-amber-600 bg-amber-50 p-3">
              {t("request.expired")}
            </p>
          )}
          <p className="text-lg">{t("request.intro")}</p>
          <ul className="list-disc space-y-1 pl-6">
            {Object.keys(t.raw("request.can") as object).map((item) => (
              <li key={item}>{t(`request.can.${item}`)}</li>
            ))}
          </ul>
          <RequestLinkForm
            action={requestLinkAction.bind(null, locale)}
            labels={{ email: t("request.email"), hint: t("request.emailHint"), button: t("request.button") }}
          />
          <p className="text-sm text-stone-600">{t("request.privacy")}</p>
        </>
      )}
    </PageSection>
  );
}
