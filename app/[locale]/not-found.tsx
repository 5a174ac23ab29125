import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

export default async function NotFound() {
  const t = await getTranslations("notFound");
  return (
    <section aria-labelledby="nf-heading" className="mx-auto max-w-2xl space-y-4">
      <h1 id="nf-heading" className="text-3xl font-extrabold">
        {t("title")}
      </h1>
      <p>{t("body")}</p>
      <Link href="/" className="font-semibold text-brand-700 underline">
        {t("home")}
      </Link>
    </section>
  );
}
