import { getTranslations, setRequestLocale } from "next-intl/server";
import { titleMetadata, type LocalePageProps } from "@/lib/i18n/page";
import { notFound } from "next/navigation";
import { getPublicPetitionBySlug } from "@/db/queries/petitions";
import { config } from "@/lib/config";
import { Link } from "@/lib/i18n/navigation";

export const generateMetadata = titleMetadata("thanks", "title", { noindex: true });

export default async function ThanksPage({ params }: LocalePageProps<{ slug: string }>) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const found = getPublicPetitionBySlug(slug);
  if (!found) notFound();
  const t = await getTranslations("thanks");
  const usesLocalMailbox = config().mail.transport === "mailbox";
  return (
    <section aria-labelledby="thanks-heading" className="mx-auto max-w-2xl space-y-4">
      <h1 id="thanks-heading" className="text-3xl font-extrabold">
        {t("title")}
      </h1>
      <p className="text-lg">{t("body", { petition: found.petition.title })}</p>
      <p>{t("notCountedYet")}</p>
      <p className="text-stone-700">{t("noEmail")}</p>
      {usesLocalMailbox && (
        <p className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm">
          {t.rich("localMailbox", { link: (chunks) => <a href="/dev/mailbox" className="underline">{chunks}</a> })}
        </p>
      )}
      <p>
        <Link href={`/petitions/${slug}`} className="font-semibold text-brand-700 underline">
          {t("back")}
        </Link>
      </p>
    </section>
  );
}
