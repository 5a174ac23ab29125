"use client";

import { useLocale, useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { Link, usePathname } from "@/lib/i18n/navigation";
import { locales } from "@/lib/i18n/locales";

const NAMES: Record<string, string> = { en: "English", ru: "Русский" };

export function LanguageSwitcher() {
  const t = useTranslations("layout");
  const current = useLocale();
  const pathname = usePathname();
  const search = useSearchParams().toString();
  return (
    <ul aria-label={t("language")} className="flex gap-2">
      {locales.map((locale) => (
        <li key={locale}>
          {locale === current ? (
            <span aria-current="true" className="font-semibold">
              {NAMES[locale]}
            </span>
          ) : (
            <Link href={search ? `${pathname}?${search}` : pathname} locale={locale} lang={locale} hrefLang={locale} className="underline">
              {NAMES[locale]}
            </Link>
          )}
        </li>
      ))}
    </ul>
  );
}
