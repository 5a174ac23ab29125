import { getTranslations } from "next-intl/server";
import { locales } from "@/lib/i18n/locales";

/** The delivery pack in each language the site speaks: it is printed in the language it is handed in. */
export async function DeliveryPackLinks({ petitionId, locale }: { petitionId: number; locale: string }) {
  const t = await getTranslations("pack.deliveryPackLinks");
  const ordered = [...locales].sort((a, b) => (a === locale ? -1 : b === locale ? 1 : 0));
  return (
    <span>
      {t("label")}{" "}
      {ordered.map((l, i) => (
        <span key={l}>
          {i > 0 && " · "}
          <a href={`/api/organise/petitions/${petitionId}/delivery-pack.pdf?locale=${l}`} className="underline" hrefLang={l} aria-label={t("aria", { language: t(`language.${l}`) })}>
            {t(`language.${l}`)}
          </a>
        </span>
      ))}
    </span>
  );
}
