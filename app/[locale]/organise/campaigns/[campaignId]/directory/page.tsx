import { listMissionCountries, listMissionsPage } from "@/db/queries/missions";
import type { Mission } from "@/db/schema";
import { MissionCard } from "@/components/directory/mission-card";
import { pageParam, Pagination, pageCountOf } from "@/components/ui/pagination";
import { openCampaignPage } from "@/lib/auth/page-guard";
import { roleAllows } from "@/lib/auth/roles";
import { countryName } from "@/lib/i18n/countries";
import { BackLink } from "@/components/layout/page-section";
import { Link } from "@/lib/i18n/navigation";
import type { LocalePageProps } from "@/lib/i18n/page";
import { CountryOptions } from "@/components/ui/country-options";

const PER_PAGE = 20;

type Props = LocalePageProps<{ campaignId: string }>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** The directory by host country (in the reader's language), a page at a time, filterable by country. */
export default async function DirectoryPage({ params, searchParams }: Props) {
  const { locale, t, organiser, campaign, role } = await openCampaignPage(params, "campaign.view", "organise/campaigns/[campaignId]/directory", "directory");
  const query = await searchParams;
  const mayEdit = roleAllows(role, "directory.edit", organiser.isAdmin);

  const collator = new Intl.Collator(locale);
  const countries = listMissionCountries(campaign.id)
    .map((code) => ({ code, name: countryName(code, locale) }))
    .sort((a, b) => collator.compare(a.name, b.name));
  const requested = first(query.country)?.toUpperCase();
  const country = countries.some((c) => c.code === requested) ? requested : undefined;
  const page = pageParam(query.page);
  const { items, total } = listMissionsPage(campaign.id, {
    country,
    countryOrder: countries.map((c) => c.code),
    limit: PER_PAGE,
    offset: (page - 1) * PER_PAGE,
  });
  const groups: { code: string; entries: Mission[] }[] = [];
  for (const m of items) {
    if (groups.at(-1)?.code !== m.hostCountry) groups.push({ code: m.hostCountry, entries: [] });
    groups.at(-1)!.entries.push(m);
  }

  const base = `/organise/campaigns/${campaign.id}/directory`;
  const hrefFor = (p: number) => `${base}?${new URLSearchParams({ ...(country ? { country } : {}), page: String(p) })}`;
  const imported = first(query.imported);
  const button = "rounded-md bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-800";
  const secondary = "rounded-md border border-stone-400 bg-white px-3 py-1.5 text-sm font-semibold hover:bg-stone-100";

  return (
    <div className="space-y-6">
      <BackLink href={`/organise/campaigns/${campaign.id}`}>{campaign.title}</BackLink>
      <header className="space-y-2">
        <h1 className="text-3xl font-extrabold">{t("title")}</h1>
        <p className="max-w-3xl">{t("intro")}</p>
      </header>
      {(query.saved || query.deleted || imported !== undefined) && (
        <p role="status" className="rounded-md bg-green-50 p-3 text-green-900">
          {query.saved
            ? t("saved")
            : query.deleted
              ? t("deleted")
              : t("imported", { inserted: Number(imported) || 0, updated: Number(first(query.updated)) || 0, skipped: Number(first(query.skipped)) || 0 })}
        </p>
      )}
      <div className="flex flex-wrap gap-3">
        {mayEdit && (
          <>
            <Link href={`${base}/new`} className={button}>
              {t("add")}
            </Link>
            <Link href={`${base}/import`} className={secondary}>
              {t("importCsv")}
            </Link>
          </>
        )}
        {/* A file download, not a page: a plain link so the browser saves it. */}
        <a href={`/api/organise/campaigns/${campaign.id}/directory.csv`} className={secondary} download>
          {t("export")}
        </a>
      </div>

      {countries.length > 1 && (
        <form method="get" className="flex flex-wrap items-end gap-3" role="search" aria-label={t("filterLabel")}>
          <div>
            <label htmlFor="directory-country" className="block text-sm font-semibold">
              {t("fields.hostCountry")}
            </label>
            <select id="directory-country" name="country" defaultValue={country ?? ""} className="mt-1 rounded-md border border-stone-400 bg-white px-3 py-2">
              <CountryOptions countries={countries} empty={t("allCountries")} />
            </select>
          </div>
          <button type="submit" className={secondary}>
            {t("filter")}
          </button>
        </form>
      )}

      {items.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        groups.map((g) => (
          <section key={g.code} aria-labelledby={`country-${g.code}`} className="space-y-3">
            <h2 id={`country-${g.code}`} className="text-2xl font-bold">
              {countryName(g.code, locale)}
            </h2>
            {g.entries.map((m) => (
              <MissionCard key={m.id} mission={m} editBase={mayEdit ? base : undefined} />
            ))}
          </section>
        ))
      )}
      <Pagination page={page} pageCount={pageCountOf(total, PER_PAGE)} label={t("pages")} hrefFor={hrefFor} />
    </div>
  );
}
