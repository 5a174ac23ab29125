import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { PageSection } from "@/components/layout/page-section";

export default async function NotFound() {
  const t = await getTranslations("notFound");
  return (
    <PageSection headingId="nf-heading" title={t("title")} className="mx-auto max-w-2xl space-y-4">
      <p>{t("body")}</p>
      <Link href="/" className="font-semibold text-brand-700 underline">
        {t("home")}
      </Link>
    </PageSection>
  );
}
