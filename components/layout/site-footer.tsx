import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

export async function SiteFooter() {
  const t = await getTranslations("layout");
  const tm = await getTranslations("myData");
  return (
    <footer className="border-t border-stone-200 bg-white text-sm text-stone-600">
      <div className="mx-auto flex max-w-5xl flex-wrap justify-between gap-3 px-4 py-4">
        <p>{t("footerTagline")}</p>
        <p className="flex gap-4">
          {[
            ["/privacy", t("privacy")],
            ["/my-data", tm("footerLink")],
          ].map(([href, label]) => (
            <Link key={href} href={href} className="inline-flex min-h-6 items-center underline">
              {label}
            </Link>
          ))}
        </p>
      </div>
    </footer>
  );
}
