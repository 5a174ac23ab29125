import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { openPage, type LocalePageProps } from "@/lib/i18n/page";
import { listLetterFilterOptions, listPublishedLetterTemplates } from "@/db/queries/letters";
import { pageParam, Pagination, pageCountOf } from "@/components/ui/pagination";
import { Link } from "@/lib/i18n/navigation";
import { languageName } from "@/lib/letters/languages";

const PER_PAGE = 20;

type Props = LocalePageProps;

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || undefined;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "letters.list" });
  return { title: t("title") };
}

/** Published letters of live campaigns, grouped by campaign and language; filters are a GET form. */
export default async function LettersPage({ params, searchParams }: Props) {
  const { locale, t } = await openPage(params, "letters.list");
  const tk = await getTranslations("letters.kinds");
  const query = await searchParams;
  const campaignSlug = one(query.campaign);
  const language = one(query.language);
  const page = pageParam(query.page);
  const options = listLetterFilterOptions();
  const { items, total } = listPublishedLetterTemplates({ campaignSlug, language, limit: PER_PAGE, offset: (page - 1) * PER_PAGE });

  const groups: { campaign: (typeof items)[number]["campaign"]; languages: { language: string; templates: (typeof items)[number]["template"][] }[] }[] = [];
  for (const { campaign, template } of items) {
    let group = groups.at(-1);
    if (group?.campaign.id !== campaign.id) groups.push((group = { campaign, languages: [] }));
    let lang = group.languages.at(-1);
    if (lang?.language !== template.language) group.languages.push((lang = { language: template.language, templates: [] }));
    lang.templates.push(template);
  }
  const filterQuery = (p: number) => {
    const q = new URLSearchParams();
    if (campaignSlug) q.set("campaign", campaignSlug);
    if (language) q.set("language", language);
    if (p > 1) q.set("page", String(p));
    const s = q.toString();
    return `/letters${s ? `?${s}` : ""}`;
  };

  return (
    <div className="space-y-8">
      <header className="space-y-3">
        <h1 className="text-3xl font-extrabold sm:text-4xl">{t("title")}</h1>
        <p className="text-lg text-stone-700">{t("intro")}</p>
      </header>

      <form method="get" aria-label={t("filters")} className="flex flex-wrap items-end gap-4 rounded-lg bg-white p-4 shadow-sm">
        <FilterSelect
          name="campaign"
          label={t("campaign")}
          value={campaignSlug}
          all={t("allCampaigns")}
          options={options.campaigns.map((c) => ({ value: c.slug, label: c.title }))}
        />
        <FilterSelect
          name="language"
          label={t("language")}
          value={language}
          all={t("allLanguages")}
          options={options.languages.map((code) => ({ value: code, label: languageName(code, locale) }))}
        />
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          {t("filter")}
        </button>
      </form>

      {groups.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        groups.map(({ campaign, languages }) => (
          <section key={campaign.id} aria-labelledby={`letters-campaign-${campaign.id}`} className="space-y-4">
            <h2 id={`letters-campaign-${campaign.id}`} className="text-2xl font-bold">
              <Link href={`/campaigns/${campaign.slug}`} className="underline">
                {campaign.title}
              </Link>
            </h2>
            {languages.map(({ language: code, templates }) => (
              <div key={code} className="space-y-3">
                <h3 className="text-lg font-semibold" lang={locale}>
                  {t("inLanguage", { language: languageName(code, locale) })}
                </h3>
                <ul className="grid gap-4 sm:grid-cols-2">
                  {templates.map((tpl) => (
                    <li key={tpl.id} className="rounded-lg border border-stone-200 bg-white p-4">
                      <p className="text-sm text-stone-600">{t("to", { kind: tk(tpl.recipientKind) })}</p>
                      <h4 className="mt-1 text-lg font-bold" lang={tpl.language}>
                        <Link href={`/letters/${tpl.id}`} className="text-brand-700 underline">
                          {tpl.title}
                        </Link>
                      </h4>
                      <p className="mt-1 text-stone-700" lang={tpl.language}>
                        {tpl.purpose}
                      </p>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </section>
        ))
      )}
      <Pagination page={page} pageCount={pageCountOf(total, PER_PAGE)} label={t("pages")} hrefFor={filterQuery} />
    </div>
  );
}

/** One filter of the form above: a labelled select whose first choice is "all". */
function FilterSelect({ name, label, value, all, options }: { name: string; label: string; value?: string; all: string; options: { value: string; label: string }[] }) {
  return (
    <div className="w-full sm:w-auto">
      <label htmlFor={`filter-${name}`} className="block text-sm font-semibold">
        {label}
      </label>
      <select id={`filter-${name}`} name={name} defaultValue={value ?? ""} className="w-full rounded-md border border-stone-400 bg-white px-3 py-2 sm:w-auto">
        <option value="">{all}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
