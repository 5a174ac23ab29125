import { openPage, titleMetadata, type LocalePageProps } from "@/lib/i18n/page";
import { notFound } from "next/navigation";
import { getPublicPetitionBySlug } from "@/db/queries/petitions";
import { config } from "@/lib/config";
import { OnwardLink, PageSection } from "@/components/layout/page-section";

export const generateMetadata = titleMetadata("thanks", "title", { noindex: true });

export default async function ThanksPage({ params }: LocalePageProps<{ slug: string }>) {
  const { slug, t } = await openPage(params, "thanks");
  const found = getPublicPetitionBySlug(slug);
  if (!found) notFound();
  const usesLocalMailbox = config().mail.transport === "mailbox";
  return (
    <PageSection headingId="thanks-heading" title={t("title")} className="mx-auto max-w-2xl space-y-4">
      <p className="text-lg">{t("body", { petition: found.petition.title })}</p>
      <p>{t("notCountedYet")}</p>
      <p className="text-stone-700">{t("noEmail")}</p>
      {usesLocalMailbox && (
        <p className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm">
          {t.rich("localMailbox", { link: (chunks) => <a href="/dev/mailbox" className="underline">{chunks}</a> })}
        </p>
      )}
      <OnwardLink href={`/petitions/${slug}`}>{t("back")}</OnwardLink>
    </PageSection>
  );
}
