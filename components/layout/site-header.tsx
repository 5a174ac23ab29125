import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { LanguageSwitcher } from "./language-switcher";

export async function SiteHeader() {
  const t = await getTranslations("layout");
  const tp = await getTranslations("pages.layout");
  const links = [
    ["/campaigns", t("campaigns")],
    ["/actions", tp("actions")],
    ["/letters", t("letters")],
    ["/privacy", t("privacy")],
  ] as const;
  return (
    <header className="border-b border-stone-200 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="text-xl font-extrabold tracking-tight text-brand-700 no-underline">
          Picket
        </Link>
        <nav aria-label={t("mainNav")} className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm [&_a]:inline-flex [&_a]:min-h-6 [&_a]:items-center">
          {links.map(([href, label]) => (
            <Link key={href} href={href} className="hover:underline">
              {label}
            </Link>
          ))}
          <LanguageSwitcher />
        </nav>
      </div>
    </header>
  );
}
