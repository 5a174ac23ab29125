import { getTranslations } from "next-intl/server";
import { openPage, titleMetadata, type LocalePageProps } from "@/lib/i18n/page";
import { config } from "@/lib/config";
import { Link } from "@/lib/i18n/navigation";
import { CONSENT_VERSION } from "@/lib/petitions/consent";

export const generateMetadata = titleMetadata("privacy", "title");

const SECTIONS = ["what", "why", "howLong", "shown", "never", "cookies", "caching", "rights"] as const;

export default async function PrivacyPage({ params }: LocalePageProps) {
  const { t } = await openPage(params, "privacy");
  const tm = await getTranslations("myData");
  // The periods are this instance's settings, so the page says what actually happens here.
  const { anonymiseAfterDays, outboxDays } = config().retention;
  const { sessionIdleMinutes: idleMinutes, sessionMaxHours: maxHours } = config().auth;
  return (
    <article className="mx-auto max-w-3xl space-y-6">
      <h1 className="text-3xl font-extrabold">{t("title")}</h1>
      <p className="text-lg">{t("intro")}</p>
      {SECTIONS.map((s) => (
        <section key={s} aria-labelledby={`privacy-${s}`}>
          <h2 id={`privacy-${s}`} className="text-xl font-bold">
            {t(`${s}.heading`)}
          </h2>
          <ul className="mt-2 list-disc space-y-1 pl-6">
            {Object.keys(t.raw(`${s}.items`) as object).map((item) => (
              <li key={item}>{t(`${s}.items.${item}`, { anonymiseAfterDays, outboxDays, idleMinutes, maxHours })}</li>
            ))}
          </ul>
          {s === "rights" && (
            <p className="mt-2">
              <Link href="/my-data" className="font-semibold text-brand-700 underline">
                {tm("privacyLink")}
              </Link>
            </p>
          )}
        </section>
      ))}
      <p className="text-sm text-stone-600">{t("version", { version: CONSENT_VERSION })}</p>
    </article>
  );
}
