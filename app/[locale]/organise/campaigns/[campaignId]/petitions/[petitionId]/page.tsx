import { getFormatter, getTranslations } from "next-intl/server";
import { LatestSignatures } from "@/components/organise/latest-signatures";
import { DeliveryPackLinks } from "@/components/organise/delivery-pack-links";
import { notFound } from "next/navigation";
import { getPetitionById } from "@/db/queries/petitions";
import {
  confirmedByCountry,
  confirmedBySource,
  confirmedPerQuarterHour,
  listLatestSignatures,
  signatureStatusCounts,
} from "@/db/queries/signature-reads";
import { flaggedGroups, listModerationBatches } from "@/db/queries/moderation";
import { trendingSources } from "@/db/queries/abuse";
import { currentLimits } from "@/lib/security/limits";
import { NamedBarsChart, SignaturesOverTimeChart } from "@/components/organise/charts";
import { InvalidationRuleForm, UndoBatchButton } from "@/components/organise/moderation";
import { pageParam, Pagination, pageCountOf } from "@/components/ui/pagination";
import { openCampaignPage } from "@/lib/auth/page-guard";
import { roleAllows } from "@/lib/auth/roles";
import { countryName } from "@/lib/i18n/countries";
import { timeBuckets } from "@/lib/organise/chart-scale";
import { utcToZonedInput } from "@/lib/calendar/zoned-time";
import { Link } from "@/lib/i18n/navigation";
import type { LocalePageProps } from "@/lib/i18n/page";
import { TableHead } from "@/components/ui/table-head";
import { Section } from "@/components/layout/page-section";
import type { ReactNode } from "react";

const PAGE_SIZE = 25;
const GROUP_PAGE_SIZE = 20;
const HOUR_MS = 60 * 60 * 1000;

type Props = LocalePageProps<{ campaignId: string; petitionId: string }>;

export default async function PetitionDashboardPage({ params, searchParams }: Props) {
  const route = await openCampaignPage(params, "signatures.view", "organise/campaigns/[campaignId]/petitions/[petitionId]", "organise.petition");
  const { locale, t, organiser, campaign, role } = route;
  const path = `/organise/campaigns/${route.campaignId}/petitions/${route.petitionId}`;
  const petition = getPetitionById(Number(route.petitionId));
  if (!petition || petition.campaignId !== campaign.id) notFound();
  const tp = await getTranslations("organise.petitionStatus");
  const format = await getFormatter();
  const may = (p: Parameters<typeof roleAllows>[1]) => roleAllows(role, p, organiser.isAdmin);
  const counts = signatureStatusCounts(petition.id);
  const overTime = timeBuckets(confirmedPerQuarterHour(petition.id), organiser.timeZone);
  const byCountry = confirmedByCountry(petition.id);
  const bySource = confirmedBySource(petition.id);
  const query = await searchParams;
  const page = pageParam(query.page);
  const threshold = currentLimits().trendingPerHour;
  const trending = trendingSources(petition.id, new Date(Date.now() - 60 * 60 * 1000), threshold);
  const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);
  const ruleFromLink = { ipFingerprint: one(query.ruleIp), emailDomain: one(query.ruleDomain) };
  const latest = listLatestSignatures(petition.id, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  const th = "p-2 text-left";
  const moderate = may("signatures.moderate");
  const batches = moderate ? listModerationBatches(petition.id) : [];
  const tm = await getTranslations("organise.moderation");
  const tr = await getTranslations("release");
  // Flagged signatures by address and hour (issue #11): each group links to the release form, filled in.
  const groupPage = pageParam(query.fpage);
  const groups = moderate ? flaggedGroups(petition.id, { limit: GROUP_PAGE_SIZE, offset: (groupPage - 1) * GROUP_PAGE_SIZE }) : { items: [], total: 0 };
  const releaseFromLink = { ipFingerprint: one(query.releaseIp), from: one(query.releaseFrom), to: one(query.releaseTo) };
  const groupHref = (g: (typeof groups.items)[number]) => {
    const to = new Date(g.hour.getTime() + HOUR_MS - 1);
    const ip = g.ipHash ? `releaseIp=${encodeURIComponent(g.ipHash)}&` : "";
    // datetime-local values in the organiser's zone, to the millisecond: the group's hour exactly.
    const local = (d: Date, rest: string) => encodeURIComponent(`${utcToZonedInput(d, organiser.timeZone)}${rest}`);
    return `${path}?${ip}releaseFrom=${local(g.hour, ":00.000")}&releaseTo=${local(to, ":59.999")}#release-heading`;
  };
  const tt = await getTranslations("abuse.trending");
  const tl = await getTranslations("launch.preview");

  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <p className="text-sm">
          <Link href={`/organise/campaigns/${campaign.id}`} className="underline">
            {campaign.title}
          </Link>{" "}
          · {tp(petition.status)}
        </p>
        <h1 className="text-3xl font-extrabold">{petition.title}</h1>
        <div className="flex flex-wrap gap-3 text-sm">
          {may("petition.edit") && (
            <Link href={`${path}/edit`} className="underline">
              {t("edit")}
            </Link>
          )}
          {may("signatures.export") && (
            <a href={`/api/organise/petitions/${petition.id}/signatures.csv`} className="underline" download>
              {t("exportCsv")}
            </a>
          )}
          <DeliveryPackLinks petitionId={petition.id} locale={locale} />
          <Link href={`/petitions/${petition.slug}`} className="underline">
            {tl("link")}
          </Link>
        </div>
      </header>

      <dl className="grid grid-cols-2 gap-4 sm:grid-cols-5">
        {(
          [
            ["confirmed", counts.confirmed],
            ["pending", counts.pending],
            ["invalidated", counts.invalidated],
            ["flagged", counts.flagged],
            ["goal", petition.goal],
          ] as const
        ).map(([key, value]) => (
          <div key={key} className="rounded-lg bg-white p-4 shadow-sm">
            <dt className="text-sm text-stone-600">{t(`counts.${key}`)}</dt>
            <dd className="text-2xl font-extrabold" data-testid={`count-${key}`}>
              {format.number(value)}
            </dd>
          </div>
        ))}
      </dl>

      <Section headingId="charts-heading" title={t("chartsHeading")} className="space-y-6">
        {overTime.length === 0 ? (
          <p>{t("noData")}</p>
        ) : (
          <>
            <SignaturesOverTimeChart id="chart-over-time" title={t("perDay", { zone: organiser.timeZone })} buckets={overTime} />
            <div className="grid gap-8 lg:grid-cols-2">
              <NamedBarsChart id="chart-countries" title={t("byCountry")} nameLabel={t("country")} rows={byCountry.map((d) => ({ name: countryName(d.key ?? "", locale), value: d.n }))} />
              <div className="space-y-2">
                <NamedBarsChart id="chart-sources" title={t("bySource")} nameLabel={t("source")} rows={bySource.map((d) => ({ name: d.key ?? t("direct"), value: d.n }))} />
                <p className="text-sm text-stone-600">{t("sourceHint", { example: `?source=newsletter` })}</p>
              </div>
            </div>
          </>
        )}
      </Section>

      <Section headingId="trending-heading" title={tt("heading")} className="space-y-2">
        <p className="text-sm text-stone-600">{tt("intro", { threshold })}</p>
        {trending.addresses.length === 0 && trending.domains.length === 0 ? (
          <p data-testid="trending-none">{tt("none")}</p>
        ) : (
          <table className="w-full bg-white text-sm" data-testid="trending">
            <TableHead
              columns={[
                { label: tt("source"), className: th },
                { label: tt("lastHour"), className: "p-2 text-right" },
                moderate && { label: tm("actions"), className: th },
              ]}
            />
            <tbody>
              {[
                ...trending.addresses.map((a) => ({ kind: "address" as const, label: a.key.slice(0, 10), n: a.n, href: `${path}?ruleIp=${encodeURIComponent(a.key)}#moderation-heading` })),
                ...trending.domains.map((d) => ({ kind: "domain" as const, label: d.key, n: d.n, href: `${path}?ruleDomain=${encodeURIComponent(d.key)}#moderation-heading` })),
              ].map((row) => (
                <tr key={`${row.kind}-${row.label}`} className="border-b border-stone-200">
                  <td className="p-2">
                    {tt(row.kind)}: <span className={row.kind === "address" ? "font-mono text-xs" : undefined}>{row.label}</span>
                  </td>
                  <td className="p-2 text-right">{format.number(row.n)}</td>
                  {moderate && (
                    <td className="p-2">
                      <Link href={row.href} className="underline">
                        {tt("invalidate")}
                      </Link>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Section>

      {moderate && (
        <IntroSection headingId="moderation-heading" title={tm("heading")} intro={tm("intro")}>
          <InvalidationRuleForm key={JSON.stringify(ruleFromLink)} petitionId={petition.id} initial={ruleFromLink} timeZone={organiser.timeZone} />
          {batches.length > 0 && (
            <ul className="divide-y divide-stone-200 rounded-lg bg-white text-sm" aria-label={tm("batches")}>
              {batches.map((b) => (
                <li key={b.id} className="flex flex-wrap items-center justify-between gap-2 p-2">
                  <span>
                    {format.dateTime(b.createdAt, { dateStyle: "short", timeStyle: "short", timeZone: organiser.timeZone })} ·{" "}
                    {Object.entries(b.rule)
                      .map(([k, v]) => `${k}=${v}`)
                      .join(", ")}{" "}
                    · {tm("affected", { count: b.affected })} · {b.kind === "release" ? tr("kindRelease") : tr("kindInvalidate")}
                  </span>
                  {b.undoneAt ? <em>{tm("undone")}</em> : <UndoBatchButton petitionId={petition.id} batchId={b.id} />}
                </li>
              ))}
            </ul>
          )}
        </IntroSection>
      )}

      {moderate && (
        <IntroSection headingId="release-heading" title={tr("heading")} intro={tr("intro")}>
          {groups.total === 0 ? (
            <p data-testid="flagged-none">{tr("none")}</p>
          ) : (
            <>
              <div className="overflow-x-auto">
                <table className="w-full bg-white text-sm" data-testid="flagged-groups" aria-label={tr("groupsLabel")}>
                  <TableHead
                    columns={[
                      { label: tr("fingerprint"), className: th },
                      { label: tr("hour", { zone: organiser.timeZone }), className: th },
                      { label: tr("count"), className: "p-2 text-right" },
                      { label: tm("actions"), className: th },
                    ]}
                  />
                  <tbody>
                    {groups.items.map((g) => (
                      <tr key={`${g.ipHash ?? "-"}-${g.hour.getTime()}`} className="border-b border-stone-200">
                        <td className="p-2 font-mono text-xs">{g.ipHash ? g.ipHash.slice(0, 10) : <em>{tr("noAddress")}</em>}</td>
                        <td className="p-2 whitespace-nowrap">{format.dateTime(g.hour, { dateStyle: "short", timeStyle: "short", timeZone: organiser.timeZone })}</td>
                        <td className="p-2 text-right">{format.number(g.n)}</td>
                        <td className="p-2">
                          <Link href={groupHref(g)} className="underline">
                            {tr("releaseGroup")}
                          </Link>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <Pagination page={groupPage} pageCount={pageCountOf(groups.total, GROUP_PAGE_SIZE)} label={tr("groupsPages")} hrefFor={(p) => `${path}?fpage=${p}#release-heading`} />
            </>
          )}
          <h3 className="font-bold">{tr("ruleHeading")}</h3>
          <InvalidationRuleForm key={JSON.stringify(releaseFromLink)} kind="release" petitionId={petition.id} initial={releaseFromLink} timeZone={organiser.timeZone} />
        </IntroSection>
      )}

      <LatestSignatures
        petitionId={petition.id}
        latest={latest}
        page={page}
        pageCount={pageCountOf(latest.total, PAGE_SIZE)}
        locale={locale}
        timeZone={organiser.timeZone}
        moderate={moderate}
        hrefFor={(p) => `${path}?page=${p}#latest-heading`}
      />
    </div>
  );
}

/** A moderation part of the page: its h2, a line saying what it does, then the tools. */
function IntroSection({ headingId, title, intro, children }: { headingId: string; title: string; intro: string; children: ReactNode }) {
  return (
    <Section headingId={headingId} title={title} className="space-y-3">
      <p className="text-sm text-stone-600">{intro}</p>
      {children}
    </Section>
  );
}
