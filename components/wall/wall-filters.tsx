/** The wall's filter form: a plain GET form, so it works without JavaScript and the result can be linked. */
import { getTranslations } from "next-intl/server";
import { WALL_KINDS, type WallKind } from "@/lib/wall/wall";
import type { CountryOption } from "@/lib/i18n/countries";
import { Link } from "@/lib/i18n/navigation";
import { CountryOptions } from "@/components/ui/country-options";

const selectClass = "mt-1 block w-full rounded-md border border-stone-400 bg-white px-3 py-2 sm:w-64";

export async function WallFilters({
  countries,
  country,
  kind,
  clearHref,
}: {
  countries: CountryOption[];
  country?: string;
  kind?: WallKind;
  clearHref: string;
}) {
  const t = await getTranslations("actionsWall");
  return (
    <form method="get" role="search" aria-labelledby="wall-filters-heading" className="rounded-lg bg-white p-5 shadow-sm">
      <h2 id="wall-filters-heading" className="text-xl font-bold">
        {t("filters.heading")}
      </h2>
      <div className="mt-3 flex flex-col gap-4 sm:flex-row sm:flex-wrap sm:items-end">
        <div>
          <label htmlFor="wall-country" className="font-semibold">
            {t("filters.country")}
          </label>
          <select id="wall-country" name="country" defaultValue={country ?? ""} className={selectClass}>
            <CountryOptions countries={countries} empty={t("filters.allCountries")} />
          </select>
        </div>
        <div>
          <label htmlFor="wall-kind" className="font-semibold">
            {t("filters.kind")}
          </label>
          <select id="wall-kind" name="kind" defaultValue={kind ?? ""} className={selectClass}>
            <option value="">{t("filters.allKinds")}</option>
            {WALL_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`kinds.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="flex items-center gap-4">
          <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
            {t("filters.apply")}
          </button>
          {(country || kind) && (
            <Link href={clearHref} className="inline-flex min-h-6 items-center underline">
              {t("filters.clear")}
            </Link>
          )}
        </div>
      </div>
    </form>
  );
}
