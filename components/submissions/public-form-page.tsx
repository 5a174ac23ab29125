/**
 * The frame of a public submission form (report-back, proposed planned action): the campaign's link,
 * the heading and intro, then the kind's form with the client messages it needs.
 */
import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { clientMessages, SUBMISSION_CLIENT_NAMESPACES } from "@/lib/i18n/client-messages";
import { titleAfterPost } from "@/lib/i18n/document-title";
import { Link } from "@/lib/i18n/navigation";

type Namespace = "report.page" | "plannedAction.page";

/** The page title (marked after a failed post), from the kind's catalogue. */
export function formPageMetadata(namespace: Namespace) {
  return async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
    const { locale } = await params;
    const t = await getTranslations({ locale, namespace });
    return { title: await titleAfterPost(locale, t("title")) };
  };
}

export async function PublicFormPage({
  campaign,
  namespace,
  below,
  children,
}: {
  campaign: { slug: string; title: string };
  namespace: Namespace;
  /** A line under the intro. */
  below?: ReactNode;
  children: ReactNode;
}) {
  const t = await getTranslations(namespace);
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <header className="space-y-2">
        <p className="text-sm">
          <Link href={`/campaigns/${campaign.slug}`} className="inline-flex min-h-6 items-center font-semibold text-brand-700 underline">
            {campaign.title}
          </Link>
        </p>
        <h1 className="text-3xl font-extrabold">{t("title")}</h1>
        <p className="text-lg text-stone-700">{t("intro")}</p>
        {below}
      </header>
      <NextIntlClientProvider messages={await clientMessages(SUBMISSION_CLIENT_NAMESPACES)}>{children}</NextIntlClientProvider>
    </div>
  );
}
