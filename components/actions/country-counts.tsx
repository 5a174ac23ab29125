/**
 * The map's accessible alternative and its index: every country with actions and how many, each
 * linking to the wall filtered to that country.
 */
import { getTranslations } from "next-intl/server";
import type { RankedCountry } from "@/lib/actions/world-map";
import { isOnMap } from "@/lib/actions/world-map";
import { Link } from "@/lib/i18n/navigation";

export async function CountryCounts({ ranked, hrefFor }: { ranked: RankedCountry[]; hrefFor: (code: string) => string }) {
  const t = await getTranslations("actionsWall.byCountry");
  if (ranked.length === 0) return <p className="mt-3 text-stone-700">{t("empty")}</p>;
  return (
    <table className="mt-4 w-full max-w-md text-left text-sm">
      <caption className="mb-1 text-left font-semibold">{t("caption")}</caption>
      <thead>
        <tr className="border-b border-stone-300">
          <th scope="col" className="py-1 pr-4">
            {t("country")}
          </th>
          <th scope="col" className="py-1 text-right">
            {t("count")}
          </th>
        </tr>
      </thead>
      <tbody>
        {ranked.map((c) => (
          <tr key={c.code} className="border-b border-stone-200" data-country={c.code}>
            <th scope="row" className="py-1 pr-4 font-normal">
              <Link href={hrefFor(c.code)} className="underline" aria-label={t("showOnly", { country: c.name })}>
                {c.name}
              </Link>
              {!isOnMap(c.code) && <span className="text-stone-600"> {t("notOnMap")}</span>}
            </th>
            <td className="py-1 text-right tabular-nums">{c.count}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
