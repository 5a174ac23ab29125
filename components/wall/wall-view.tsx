/**
 * The body of an "Actions worldwide" wall, shared by one campaign's wall
 * (/campaigns/{slug}/actions) and the wall of every live campaign (/actions): the map with its
 * pins and tables, the GET filter form, the upcoming planned actions and the reports, paginated.
 */
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { CountryCounts, PlaceCounts, type CountrySplit } from "@/components/wall/country-counts";
import { PlannedActionCard } from "@/components/submissions/planned-action-card";
import { ReportCard } from "@/components/submissions/report-card";
import { WallFilters } from "@/components/wall/wall-filters";
import { WorldMap } from "@/components/wall/world-map";
import { pageParam, Pagination } from "@/components/ui/pagination";
import { loadActionsWall, parseWallFilters, wallSearch, type WallQuery } from "@/lib/wall/wall";
import type { Pin } from "@/lib/wall/map-pins";
import { rankCountries, SHADE_CLASSES, type Shade } from "@/lib/wall/world-map";
import { countryName, type CountryOption } from "@/lib/i18n/countries";
import { Link } from "@/lib/i18n/navigation";

export async function ActionsWallView({
  campaign,
  locale,
  search,
  base,
  mapTitle,
  mapNote,
  emptyReports,
}: {
  /** One campaign's wall, or (null) every live campaign's. */
  campaign: { id: number; slug: string } | null;
  locale: string;
  search: Record<string, string | string[] | undefined>;
  /** The wall's own path, without locale: filters and pages link to it. */
  base: string;
  mapTitle: string;
  mapNote: string;
  /** What to say when there are no reports at all (e.g. a link to the report form). */
  emptyReports: ReactNode;
}) {
  const t = await getTranslations("actionsWall");
  const tp = await getTranslations("pages");
  const query: WallQuery = { ...parseWallFilters(search), page: pageParam(search.page), upcomingPage: pageParam(search.upcoming) };
  const wall = loadActionsWall(campaign ? campaign.id : null, query, new Date());

  const filtered = Boolean(query.country || query.kind);
  const nameOf = (code: string) => countryName(code, locale);
  const ranked = rankCountries(wall.countryCounts, nameOf, locale);
  const split = new Map<string, CountrySplit>();
  for (const p of wall.places) {
    const s = split.get(p.country) ?? { happened: 0, planned: 0 };
    s.happened += p.happened;
    s.planned += p.planned;
    split.set(p.country, s);
  }
  const filterCountries: CountryOption[] = ranked.map(({ code, name }) => ({ code, name }));
  if (query.country && !wall.countryCounts.has(query.country)) filterCountries.push({ code: query.country, name: nameOf(query.country) });
  filterCountries.sort((a, b) => a.name.localeCompare(b.name, locale));

  const legendLabels = Object.fromEntries(
    SHADE_CLASSES.map(({ shade, min, max }) => [
      shade,
      min === 0 ? t("map.classNone") : max === Infinity ? t("map.classOpen", { min }) : min === max ? t("map.classOne") : t("map.classRange", { min, max }),
    ]),
  ) as Record<Shade, string>;
  const pinLabel = (pin: Pin) => {
    const first = `${pin.places[0].city}, ${nameOf(pin.places[0].country)}`;
    const places = pin.places.length > 1 ? tp("map.pinMore", { place: first, more: pin.places.length - 1 }) : first;
    return tp("map.pin", { places, happened: pin.happened, planned: pin.planned });
  };
  const showPlanned = !query.kind || query.kind === "planned";
  const showReports = query.kind !== "planned";
  const campaignLine = (item: { campaignTitle: string; campaignSlug: string }) =>
    campaign ? null : (
      <p className="mb-1 text-sm font-semibold text-brand-700">
        <Link href={`/campaigns/${item.campaignSlug}`} className="inline-block min-h-6 underline">
          {tp("worldWall.campaign", { campaign: item.campaignTitle })}
        </Link>
      </p>
    );

  return (
    <>
      <section aria-labelledby="map-heading">
        <h2 id="map-heading" className="text-2xl font-bold">
          {t("mapHeading")}
        </h2>
        <p className="mt-1 text-sm text-stone-600">{mapNote}</p>
        <p className="mt-1 text-sm text-stone-600 sm:hidden">{tp("map.phoneNote")}</p>
        <div className="mt-4 rounded-lg bg-white p-3 shadow-sm sm:p-5">
          <WorldMap
            counts={wall.countryCounts}
            places={wall.places}
            title={mapTitle}
            description={tp("map.summary", {
              countries: ranked.length,
              list: ranked
                .map((c) => tp("map.countryPart", { country: c.name, happened: split.get(c.code)?.happened ?? 0, planned: split.get(c.code)?.planned ?? 0 }))
                .join("; "),
            })}
            countryLabel={(code, count) => t("map.countryCount", { country: nameOf(code), count })}
            pinLabel={pinLabel}
            legendHeading={t("map.legend")}
            legendLabels={legendLabels}
            pinLegend={{ happened: tp("map.happened"), planned: tp("map.planned") }}
          />
        </div>
        <div className="flex flex-wrap gap-x-10">
          <CountryCounts ranked={ranked} split={split} hrefFor={(code) => `${base}${wallSearch({ country: code })}#wall-results`} />
          <PlaceCounts places={wall.places} nameOf={nameOf} locale={locale} />
        </div>
      </section>

      <div id="wall-results" className="space-y-10">
        <WallFilters countries={filterCountries} country={query.country} kind={query.kind} clearHref={`${base}#wall-results`} />

        {showPlanned && (
          <WallSection
            id="upcoming"
            heading={t("upcoming.heading")}
            empty={filtered ? t("upcoming.emptyFiltered") : t("upcoming.empty")}
            items={wall.planned.items.map((a) => ({ id: a.id, line: campaignLine(a), card: <PlannedActionCard action={a} locale={locale} /> }))}
          >
            <Pagination
              page={query.upcomingPage}
              pageCount={wall.planned.pageCount}
              label={t("upcoming.pages")}
              linkLabels={{ previous: t("upcoming.earlier"), next: t("upcoming.later") }}
              hrefFor={(p) => `${base}${wallSearch({ ...query, upcomingPage: p })}#upcoming`}
            />
          </WallSection>
        )}

        {showReports && (
          <WallSection
            id="reports"
            heading={t("reports.heading")}
            empty={filtered ? t("reports.emptyFiltered") : emptyReports}
            items={wall.reports.items.map((r) => ({ id: r.id, line: campaignLine(r), card: <ReportCard report={r} locale={locale} /> }))}
          >
            <Pagination
              page={query.page}
              pageCount={wall.reports.pageCount}
              label={t("reports.pages")}
              hrefFor={(p) => `${base}${wallSearch({ ...query, page: p })}#reports`}
            />
          </WallSection>
        )}
      </div>
    </>
  );
}

/** One list of the wall (upcoming actions, reports): its heading, its cards or what to say instead, and its pages. */
function WallSection({
  id,
  heading,
  empty,
  items,
  children,
}: {
  id: string;
  heading: string;
  empty: ReactNode;
  items: { id: number; line: ReactNode; card: ReactNode }[];
  /** The pagination. */
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-heading`} id={id}>
      <h2 id={`${id}-heading`} className="text-2xl font-bold">
        {heading}
      </h2>
      {items.length === 0 ? (
        <p className="mt-2 text-stone-600">{empty}</p>
      ) : (
        <ol className="mt-4 space-y-4">
          {items.map((item) => (
            <li key={item.id}>
              {item.line}
              {item.card}
            </li>
          ))}
        </ol>
      )}
      {children}
    </section>
  );
}
