import { getFormatter, getTranslations } from "next-intl/server";
import { openPage, titleMetadata, type LocalePageProps } from "@/lib/i18n/page";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { getPublicPetitionBySlug } from "@/db/queries/petitions";
import { ShareLinks } from "@/components/petition/share-links";
import { Link } from "@/lib/i18n/navigation";
import { nextStepsFor } from "@/lib/petitions/next-steps";
import { requestOrigin } from "@/lib/security/origin";
import { absoluteUrl, paths } from "@/lib/urls";
import { OnwardLink, PageSection } from "@/components/layout/page-section";
import { StepsNav } from "@/components/layout/steps-nav";

export const generateMetadata = titleMetadata("confirmed", "title", { noindex: true });

export default async function ConfirmedPage({ params }: LocalePageProps<{ slug: string }>) {
  const { locale, slug, t } = await openPage(params, "confirmed");
  const found = getPublicPetitionBySlug(slug);
  if (!found) notFound();
  const { petition, campaign } = found;
  const tn = await getTranslations("pack.nextSteps");
  const format = await getFormatter();
  const steps = nextStepsFor(campaign, new Date());
  const link = "font-semibold text-brand-700 underline";
  return (
    <PageSection headingId="confirmed-heading" title={t("title")} className="mx-auto max-w-2xl space-y-5">
      <p className="text-lg">{t("body", { petition: petition.title })}</p>
      <p className="text-lg" data-testid="confirmed-count">
        {t("count", { count: petition.signatureCount, formatted: format.number(petition.signatureCount) })}
      </p>
      <StepsNav headingId="next-heading" title={tn("heading")} listClassName="mt-3 space-y-3" testId="next-steps">
          {steps.letters && (
            <li>
              <Link href={`/letters?campaign=${campaign.slug}`} className={link}>
                {tn("writeLetter")}
              </Link>
              <span className="block text-sm text-stone-600">{tn("writeLetterHint")}</span>
            </li>
          )}
          {steps.plannedActions > 0 && (
            <li>
              <Link href={`/campaigns/${campaign.slug}/actions`} className={link}>
                {tn("joinAction", { count: steps.plannedActions })}
              </Link>
              <span className="block text-sm text-stone-600">{tn("joinActionHint")}</span>
            </li>
          )}
          <li>
            <Link href={`/campaigns/${campaign.slug}/report`} className={link}>
              {tn("reportAction")}
            </Link>
            <span className="block text-sm text-stone-600">{tn("reportActionHint")}</span>
          </li>
      </StepsNav>
      <ShareLinks url={absoluteUrl(paths.petition(locale, petition.slug), requestOrigin(await headers()))} title={petition.title} />
      <OnwardLink href={`/petitions/${slug}`}>{t("back")}</OnwardLink>
    </PageSection>
  );
}
