import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { getPublicPetitionBySlug } from "@/db/queries/petitions";
import { ShareLinks } from "@/components/petition/share-links";
import { Link } from "@/lib/i18n/navigation";
import { requestOrigin } from "@/lib/security/origin";
import { absoluteUrl, paths } from "@/lib/urls";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "confirmed" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

export default async function ConfirmedPage({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const found = getPublicPetitionBySlug(slug);
  if (!found) notFound();
  const { petition } = found;
  const t = await getTranslations("confirmed");
  const format = await getFormatter();
  return (
    <section aria-labelledby="confirmed-heading" className="mx-auto max-w-2xl space-y-5">
      <h1 id="confirmed-heading" className="text-3xl font-extrabold">
        {t("title")}
      </h1>
      <p className="text-lg">{t("body", { petition: petition.title })}</p>
      <p className="text-lg" data-testid="confirmed-count">
        {t("count", { count: petition.signatureCount, formatted: format.number(petition.signatureCount) })}
      </p>
      <ShareLinks url={absoluteUrl(paths.petition(locale, petition.slug), requestOrigin(await headers()))} title={petition.title} />
      <p>
        <Link href={`/petitions/${slug}`} className="font-semibold text-brand-700 underline">
          {t("back")}
        </Link>
      </p>
    </section>
  );
}
