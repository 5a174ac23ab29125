import { getTranslations } from "next-intl/server";
import { listRecentConfirmedSigners } from "@/db/queries/signature-reads";
import { countryName } from "@/lib/i18n/countries";
import { publicSigner } from "@/lib/petitions/public-name";
import { Section } from "@/components/layout/page-section";

const RECENT_LIMIT = 10;

/** The latest confirmed signers, each shown only as they chose. */
export async function RecentSigners({ petitionId, locale }: { petitionId: number; locale: string }) {
  const t = await getTranslations("petition");
  const signers = listRecentConfirmedSigners(petitionId, RECENT_LIMIT);
  return (
    <Section headingId="recent-heading" title={t("recentSigners")}>
      {signers.length === 0 ? (
        <p className="mt-2 text-stone-600">{t("noSignersYet")}</p>
      ) : (
        <ul className="mt-3 divide-y divide-stone-200" data-testid="recent-signers">
          {signers.map((s) => {
            const shown = publicSigner(s);
            return (
              <li key={s.id} className="py-2">
                {shown.name ?? t("anonymousSigner")}
                {shown.country && <span className="text-stone-600"> · {countryName(shown.country, locale)}</span>}
              </li>
            );
          })}
        </ul>
      )}
    </Section>
  );
}
