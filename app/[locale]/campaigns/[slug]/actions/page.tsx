/**
 * "Actions worldwide": a live campaign's approved report-backs and upcoming planned actions, a
 * server-drawn world map shaded by number of actions, and a GET filter form by country and kind.
 */
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { getLiveCampaignBySlug } from "@/db/queries/campaigns";
import { CountryCounts } from "@/components/actions/country-counts";
import { PlannedActionCard } from "@/components/actions/planned-action-card";
import { ReportCard } from "@/components/actions/report-card";
import { WallFilters } from "@/components/actions/wall-filters";
import { WorldMap } from "@/components/actions/world-map";
import { pageParam, Pagination } from "@/components/ui/pagination";
import { loadActionsWall, parseWallFilters, wallSearch, type WallQuery } from "@/lib/actions/actions-wall";
import { rankCountries, SHADE_CLASSES, type Shade } from "@/lib/actions/world-map";
import { countryName, type CountryOption } from "@/lib/i18n/countries";
import { Link } from "@/lib/i18n/navigation";

type Props = {
  params: Promise<{ locale: string; slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const campaign = getLiveCampaignBySlug(slug);
  if (!campaign) return {};
  const t = await getTranslations({ locale, namespace: "actionsWall" });
  return { title: t("metaTitle", { campaign: campaign.title }) };
}

export default async function ActionsWallPage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const campaign = getLiveCampaignBySlug(slug);
  if (!campaign) notFound();
  const t = await getTranslations("actionsWall");
  const search = await searchParams;
  const query: WallQuery = { ...parseWallFilters(search), page: pageParam(search.page), upcomingPage: pageParam(search.upcoming) };
  const wall = loadActionsWall(campaign.id, query, new Date());

  const base = `/campaigns/${campaign.slug}/actions`;
  const filtered = Boolean(query.country || query.kind);
  const nameOf = (code: string) => countryName(code, locale);
  const ranked = rankCountries(wall.countryCounts, nameOf, locale);
  const filterCountries: CountryOption[] = ranked.map(({ code, name }) => ({ code, name }));
  if (query.country && !wall.countryCounts.has(query.country)) filterCountries.push({ code: query.country, name: nameOf(query.country) });
  filterCountries.sort((a, b) => a.name.localeCompare(b.name, locale));

  const legendLabels = Object.fromEntries(
    SHADE_CLASSES.map(({ shade, min, max }) => [
      shade,
      min === 0 ? t("map.classNone") : max === Infinity ? t("map.classOpen", { min }) : min === max ? t("map.classOne") : t("map.classRange", { min, max }),
    ]),
  ) as Record<Shade, string>;
  const showPlanned = !query.kind || query.kind === "planned";
  const showReports = query.kind !== "planned";

  return (
    <article className="space-y-10">
      <header>
        <p className="text-sm">
          <Link href={`/campaigns/${campaign.slug}`} className="underline">
            {t("backToCampaign", { campaign: campaign.title })}
          </Link>
        </p>
        <h1 className="mt-2 text-3xl font-extrabold sm:text-4xl">{t("title")}</h1>
        <p className="mt-3 max-w-3xl text-lg text-stone-700">{t("intro")}</p>
        <p className="mt-4 flex flex-wrap items-center gap-x-6 gap-y-3">
          <Link
            href={`/campaigns/${campaign.slug}/report`}
            className="inline-block rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
          >
            {t("reportBack")}
          </Link>
          <Link href={`/letters?campaign=${campaign.slug}`} className="font-semibold underline">
            {t("writeLetter")}
          </Link>
        </p>
      </header>

      <section aria-labelledby="map-heading">
        <h2 id="map-heading" className="text-2xl font-bold">
          {t("mapHeading")}
        </h2>
        <p className="mt-1 text-sm text-stone-600">{t("mapNote")}</p>
        <div className="mt-4 rounded-lg bg-white p-3 shadow-sm sm:p-5">
          <WorldMap
            counts={wall.countryCounts}
            title={t("map.title", { campaign: campaign.title })}
            description={t("map.summary", {
              countries: ranked.length,
              list: ranked.map((c) => `${c.name} ${c.count}`).join(", "),
            })}
            countryLabel={(code, count) => t("map.countryCount", { country: nameOf(code), count })}
            legendHeading={t("map.legend")}
            legendLabels={legendLabels}
          />
        </div>
        <CountryCounts ranked={ranked} hrefFor={(code) => `${base}${wallSearch({ country: code })}#wall-results`} />
      </section>

      <div id="wall-results" className="space-y-10">
        <WallFilters countries={filterCountries} country={query.country} kind={query.kind} clearHref={`${base}#wall-results`} />

        {showPlanned && (
          <section aria-labelledby="upcoming-heading" id="upcoming">
            <h2 id="upcoming-heading" className="text-2xl font-bold">
              {t("upcoming.heading")}
            </h2>
            {wall.planned.items.length === 0 ? (
              <p className="mt-2 text-stone-600">{filtered ? t("upcoming.emptyFiltered") : t("upcoming.empty")}</p>
            ) : (
              <ol className="mt-4 space-y-4">
                {wall.planned.items.map((a) => (
                  <li key={a.id}>
                    <PlannedActionCard action={a} locale={locale} />
                  </li>
                ))}
              </ol>
            )}
            <Pagination
              page={query.upcomingPage}
              pageCount={wall.planned.pageCount}
              label={t("upcoming.pages")}
              linkLabels={{ previous: t("upcoming.earlier"), next: t("upcoming.later") }}
              hrefFor={(p) => `${base}${wallSearch({ ...query, upcomingPage: p })}#upcoming`}
            />
          </section>
        )}

        {showReports && (
          <section aria-labelledby="reports-heading" id="reports">
            <h2 id="reports-heading" className="text-2xl font-bold">
              {t("reports.heading")}
            </h2>
            {wall.reports.items.length === 0 ? (
              <p className="mt-2 text-stone-600">
                {filtered ? (
                  t("reports.emptyFiltered")
                ) : (
                  <>
                    {t("reports.empty")}{" "}
                    <Link href={`/campaigns/${campaign.slug}/report`} className="font-semibold underline">
                      {t("reportBack")}
                    </Link>
                  </>
                )}
              </p>
            ) : (
              <ol className="mt-4 space-y-4">
                {wall.reports.items.map((r) => (
                  <li key={r.id}>
                    <ReportCard report={r} locale={locale} />
                  </li>
                ))}
              </ol>
            )}
            <Pagination
              page={query.page}
              pageCount={wall.reports.pageCount}
              label={t("reports.pages")}
              hrefFor={(p) => `${base}${wallSearch({ ...query, page: p })}#reports`}
            />
          </section>
        )}
      </div>
    </article>
  );
}
