import { openPage, titleMetadata, type LocalePageProps } from "@/lib/i18n/page";
import { Link } from "@/lib/i18n/navigation";
import { isDataLinkLive } from "@/lib/my-data/my-data";
import { openLinkAction } from "../my-data-actions";
import { ActionForm } from "@/components/ui/action-form";

// The site-wide Referrer-Policy (same-origin) keeps the token in this URL from reaching any other site.
export const generateMetadata = titleMetadata("myData", "link.title", { noindex: true });

/** The emailed link lands here: only the button's POST spends it, so mail scanners open nothing. */
export default async function MyDataLinkPage({ params }: LocalePageProps<{ token: string }>) {
  const { locale, token, t } = await openPage(params, "myData");
  const live = isDataLinkLive(token);
  return (
    <section aria-labelledby="my-data-link-heading" className="mx-auto max-w-2xl space-y-5">
      <h1 id="my-data-link-heading" className="text-3xl font-extrabold">
        {live ? t("link.title") : t("link.invalidTitle")}
      </h1>
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
          <p>
            <Link href="/my-data" className="font-semibold text-brand-700 underline">
              {t("link.newLink")}
            </Link>
          </p>
        </>
      )}
    </section>
  );
}
