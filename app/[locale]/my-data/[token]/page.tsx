import { openPage, titleMetadata, type LocalePageProps } from "@/lib/i18n/page";
import { isDataLinkLive } from "@/lib/my-data/my-data";
import { openLinkAction } from "../my-data-actions";
import { ActionForm } from "@/components/ui/action-form";
import { OnwardLink, PageSection } from "@/components/layout/page-section";

// The site-wide Referrer-Policy (same-origin) keeps the token in this URL from reaching any other site.
export const generateMetadata = titleMetadata("myData", "link.title", { noindex: true });

/** The emailed link lands here: only the button's POST spends it, so mail scanners open nothing. */
export default async function MyDataLinkPage({ params }: LocalePageProps<{ token: string }>) {
  const { locale, token, t } = await openPage(params, "myData");
  const live = isDataLinkLive(token);
  return (
    <PageSection headingId="my-data-link-heading" title={live ? t("link.title") : t("link.invalidTitle")} className="mx-auto max-w-2xl space-y-5">
      {live ? (
        <>
          <p className="text-lg">{t("link.body")}</p>
          <ActionForm action={openLinkAction.bind(null, locale, token)}>
            <button type="submit" className="rounded-md bg-brand-700 px-6 py-3 text-lg font-bold text-white hover:bg-brand-800">
              {t("link.button")}
            </button>
          </ActionForm>
          <p className="text-sm text-stone-600">{t("link.notYou")}</p>
        </>
      ) : (
        <>
          <p className="text-lg">{t("link.invalidBody")}</p>
          <OnwardLink href="/my-data">{t("link.newLink")}</OnwardLink>
        </>
      )}
    </PageSection>
  );
}
