/**
 * The map's accessible alternative and its index: every country with actions, what happened there
 * and what is planned, apart, each country linking to the wall filtered to it (three short columns:
 * it never scrolls); and every place (country, city), in a keyboard-scrollable region.
 */
import { getTranslations } from "next-intl/server";
import { ScrollRegion } from "@/components/ui/scroll-region";
import type { PlaceCount } from "@/lib/wall/map-pins";
import type { RankedCountry } from "@/lib/wall/world-map";
import { isOnMap } from "@/lib/wall/world-map";
import { Link } from "@/lib/i18n/navigation";

export interface CountrySplit {
  happened: number;
  planned: number;
}

/** The column heads: the names, then the two counts, right-aligned. */
function CountsHead({ names, happened, planned }: { names: string[]; happened: string; planned: string }) {
  return (
    <thead>
      <tr className="border-b border-stone-300">
        {names.map((name) => (
          <th key={name} scope="col" className="py-1 pr-4">
            {name}
          </th>
        ))}
        <th scope="col" className="py-1 pr-4 text-right">
          {happened}
        </th>
        <th scope="col" className="py-1 text-right">
          {planned}
        </th>
      </tr>
    </thead>
  );
}

function CountCells({ happened, planned }: CountrySplit) {
  return (
    <>
      <td className="py-1 pr-4 text-right tabular-nums" data-happened="">
        {happened}
      </td>
      <td className="py-1 text-right tabular-nums" data-planned="">
        {planned}
      </td>
    </>
  );
}

export async function CountryCounts({
  ranked,
  split,
  hrefFor,
}: {
  ranked: RankedCountry[];
  split: ReadonlyMap<string, CountrySplit>;
  hrefFor: (code: string) => string;
}) {
  const t = await getTranslations("actionsWall.byCountry");
  const tp = await getTranslations("pages.byCountry");
  if (ranked.length === 0) return <p className="mt-3 text-stone-700">{t("empty")}</p>;
  return (
    <div className="mt-4 max-w-md">
      <table className="w-full text-left text-sm">
        <caption className="mb-1 text-left font-semibold">
          {t("caption")}
        </caption>
        <CountsHead names={[t("country")]} happened={tp("happened")} planned={tp("planned")} />
        <tbody>
          {ranked.map((c) => (
            <tr key={c.code} className="border-b border-stone-200" data-country={c.code}>
              <th scope="row" className="py-1 pr-4 font-normal">
                <Link href={hrefFor(c.code)} className="inline-block min-h-6 underline" aria-label={t("showOnly", { country: c.name })}>
                  {c.name}
                </Link>
                {!isOnMap(c.code) && <span className="text-stone-600"> {t("notOnMap")}</span>}
              </th>
              <CountCells happened={split.get(c.code)?.happened ?? 0} planned={split.get(c.code)?.planned ?? 0} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export async function PlaceCounts({ places, nameOf, locale }: { places: readonly PlaceCount[]; nameOf: (code: string) => string; locale: string }) {
  if (places.length === 0) return null;
  const t = await getTranslations("pages.places");
  const collator = new Intl.Collator(locale);
  const rows = places
    .map((p) => ({ ...p, countryName: nameOf(p.country) }))
    .sort((a, b) => collator.compare(a.countryName, b.countryName) || collator.compare(a.city, b.city));
  return (
    <ScrollRegion labelledBy="by-place-caption" className="mt-6 max-w-xl">
      <table className="w-full text-left text-sm">
        <caption id="by-place-caption" className="mb-1 text-left font-semibold">
          {t("caption")}
        </caption>
        <CountsHead names={[t("country"), t("city")]} happened={t("happened")} planned={t("planned")} />
        <tbody>
          {rows.map((p) => (
            <tr key={`${p.country}|${p.city}|${p.latitude}|${p.longitude}`} className="border-b border-stone-200" data-place={`${p.country}:${p.city}`}>
              <td className="py-1 pr-4">{p.countryName}</td>
              <th scope="row" className="py-1 pr-4 font-normal">
                {p.city}
                {p.latitude === null && <span className="text-stone-600"> {t("notPlaced")}</span>}
              </th>
              <CountCells happened={p.happened} planned={p.planned} />
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
