/** Every live campaign, newest first, paginated: where the main menu's "Campaigns" leads. */
import { openPage, titleMetadata, type LocalePageProps } from "@/lib/i18n/page";
import { listLiveCampaigns } from "@/db/queries/campaigns";
import { pageParam, Pagination, pageCountOf } from "@/components/ui/pagination";
import { Link } from "@/lib/i18n/navigation";

const PER_PAGE = 20;

type Props = LocalePageProps;

export const generateMetadata = titleMetadata("pages.campaignsIndex", "metaTitle");

export default async function CampaignsPage({ params, searchParams }: Props) {
  const { t } = await openPage(params, "pages.campaignsIndex");
  const page = pageParam((await searchParams).page);
  const { items, total } = listLiveCampaigns({ limit: PER_PAGE, offset: (page - 1) * PER_PAGE });
  return (
    <div className="space-y-6">
      <header>
        <h1 id="campaigns-heading" className="text-3xl font-extrabold sm:text-4xl">
          {t("title")}
        </h1>
        <p className="mt-3 max-w-3xl text-lg text-stone-700">{t("intro")}</p>
      </header>
      {items.length === 0 ? (
        <p className="text-stone-600">{t("empty")}</p>
      ) : (
        <ul className="grid gap-4" aria-labelledby="campaigns-heading">
          {items.map((c) => (
            <li key={c.id} className="rounded-lg border border-stone-200 bg-white p-5 shadow-sm" data-campaign={c.slug}>
              <h2 className="text-xl font-bold">
                <Link href={`/campaigns/${c.slug}`} className="hover:underline">
                  {c.title}
                </Link>
              </h2>
              <p className="mt-2 text-stone-700">{c.summary}</p>
              <p className="mt-3 flex flex-wrap gap-x-6 gap-y-2">
                <Link href={`/campaigns/${c.slug}`} className="inline-block min-h-6 font-semibold text-brand-700 underline">
                  {t("read")}
                  <span className="sr-only">: {c.title}</span>
                </Link>
                <Link href={`/campaigns/${c.slug}/actions`} className="inline-block min-h-6 underline">
                  {t("actions")}
                  <span className="sr-only">: {c.title}</span>
                </Link>
              </p>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={page} pageCount={pageCountOf(total, PER_PAGE)} label={t("pages")} hrefFor={(p) => `/campaigns?page=${p}`} />
    </div>
  );
}
