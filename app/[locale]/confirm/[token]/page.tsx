import { openPage, titleMetadata, type LocalePageProps } from "@/lib/i18n/page";
import { lookupSignatureToken } from "@/lib/petitions/confirm";
import { confirmAction } from "../../petitions/[slug]/sign-actions";
import { PendingConfirmation } from "@/components/layout/pending-confirmation";
import { OnwardLink, PageSection } from "@/components/layout/page-section";

// The site-wide Referrer-Policy (same-origin) keeps the token in this URL from reaching any other site.
export const generateMetadata = titleMetadata("confirm", "title", { noindex: true });

/** Shows what the emailed link is for; only pressing the button (a POST) confirms. */
export default async function ConfirmPage({ params }: LocalePageProps<{ token: string }>) {
  const { locale, token, t } = await openPage(params, "confirm");
  const found = lookupSignatureToken(token);

  if (found.state === "pending") {
    return (
      <PendingConfirmation
        title={t("title")}
        body={t("body", { petition: found.petitionTitle })}
        action={confirmAction.bind(null, locale, token)}
        button={t("button")}
        notYou={t("notYou")}
      />
    );
  }

  return (
    <PageSection headingId="confirm-heading" title={t(`${found.state}.title`)} className="mx-auto max-w-2xl space-y-5">
      <p className="text-lg">
        {found.state === "invalid" ? t("invalid.body") : t(`${found.state}.body`, { petition: found.petitionTitle })}
      </p>
      {found.state !== "invalid" && (
        <OnwardLink href={`/petitions/${found.petitionSlug}`}>{t("toPetition")}</OnwardLink>
      )}
    </PageSection>
  );
}
