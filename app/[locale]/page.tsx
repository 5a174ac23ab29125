import { getFormatter } from "next-intl/server";
import { openPage } from "@/lib/i18n/page";
import { listLiveCampaigns } from "@/db/queries/campaigns";
import { listOpenUrgentActions, totalConfirmedSignatures } from "@/db/queries/petitions";
import { Deadline } from "@/components/petition/deadline";
import { pageParam, Pagination, pageCountOf } from "@/components/ui/pagination";
import { Link } from "@/lib/i18n/navigation";
import { Section } from "@/components/layout/page-section";
import type { ReactNode } from "react";

const CAMPAIGNS_PER_PAGE = 10;

export default async function HomePage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { t } = await openPage(params, "home");
  const format = await getFormatter();
  const now = new Date();
  const page = pageParam((await searchParams).page);
  const { items: campaigns, total: campaignCount } = listLiveCampaigns({ limit: CAMPAIGNS_PER_PAGE, offset: (page - 1) * CAMPAIGNS_PER_PAGE });
  const urgent = listOpenUrgentActions();
  const total = totalConfirmedSignatures();

  return (
    <div className="space-y-10">
      <section aria-labelledby="intro-heading" className="rounded-xl bg-brand-800 px-6 py-8 text-white">
        <h1 id="intro-heading" className="text-3xl font-extrabold sm:text-4xl">
          {t("title")}
        </h1>
        <p className="mt-3 max-w-2xl text-lg text-red-50">{t("intro")}</p>
        <p className="mt-5 text-lg" data-testid="total-signatures">
          {t.rich("totalSignatures", {
            count: total,
            formatted: format.number(total),
            strong: (chunks) => <strong className="text-3xl font-extrabold">{chunks}</strong>,
          })}
        </p>
      </section>

      <Section headingId="urgent-heading" title={t("urgentHeading")} headingClassName="text-2xl font-bold">
        <ListOrNone none={urgent.length === 0 && t("noUrgent")} className="mt-4 grid gap-4 sm:grid-cols-2">
          {urgent.map(({ petition, campaign }) => (
            <li key={petition.id} className="rounded-lg border-2 border-brand-600 bg-white p-4">
              <p className="text-xs font-bold uppercase tracking-wide text-brand-700">{campaign.title}</p>
              <h3 className="mt-1 text-lg font-bold">
                <Link href={`/petitions/${petition.slug}`} className="hover:underline">
                  {petition.title}
                </Link>
              </h3>
              <div className="mt-2 text-sm">
                <Deadline deadline={petition.deadline} now={now} />
              </div>
              <p className="mt-1 text-sm">{t("signedBy", { count: petition.signatureCount, formatted: format.number(petition.signatureCount) })}</p>
            </li>
          ))}
        </ListOrNone>
      </Section>

      <Section headingId="campaigns-heading" title={t("campaignsHeading")} headingClassName="text-2xl font-bold">
        <ListOrNone none={campaigns.length === 0 && t("noCampaigns")} className="mt-4 grid gap-4">
          {campaigns.map((c) => (
            <li key={c.id} className="rounded-lg border border-stone-200 bg-white p-5 shadow-sm">
              <h3 className="text-xl font-bold">
                <Link href={`/campaigns/${c.slug}`} className="hover:underline">
                  {c.title}
                </Link>
              </h3>
              <p className="mt-2 text-stone-700">{c.summary}</p>
              <Link href={`/campaigns/${c.slug}`} className="mt-3 inline-block font-semibold text-brand-700 underline">
                {t("readCampaign")}
                <span className="sr-only">: {c.title}</span>
              </Link>
            </li>
          ))}
        </ListOrNone>
        <Pagination page={page} pageCount={pageCountOf(campaignCount, CAMPAIGNS_PER_PAGE)} label={t("campaignPages")} hrefFor={(p) => `/?page=${p}#campaigns-heading`} />
      </Section>
    </div>
  );
}

/** A home-page list, or the line saying it is empty (`none`) when there is nothing to list. */
function ListOrNone({ none, className, children }: { none: string | false; className: string; children: ReactNode }) {
  return none ? <p className="mt-2 text-stone-600">{none}</p> : <ul className={className}>{children}</ul>;
}
