import type { Metadata } from "next";
import { getFormatter } from "next-intl/server";
import { openPage, type LocalePageProps } from "@/lib/i18n/page";
import { notFound } from "next/navigation";
import { getLiveCampaignBySlug } from "@/db/queries/campaigns";
import { listPublishedNews } from "@/db/queries/news";
import { listPublicPetitionsForCampaign } from "@/db/queries/petitions";
import { PetitionCard } from "@/components/petition/petition-card";
import { Markdown } from "@/components/ui/markdown";
import { pageCountOf, pageParam, Pagination } from "@/components/ui/pagination";
import { DraftPreviewBanner } from "@/components/organise/draft-preview-banner";
import { Link } from "@/lib/i18n/navigation";
import { PREVIEW_METADATA, previewCampaign } from "@/lib/organise/draft-preview";
import { nextStepsFor } from "@/lib/petitions/next-steps";
import { Section } from "@/components/layout/page-section";
import { StepsNav } from "@/components/layout/steps-nav";

const NEWS_PAGE_SIZE = 5;

type Props = LocalePageProps<{ slug: string }>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const campaign = getLiveCampaignBySlug(slug);
  if (campaign) return { title: campaign.title, description: campaign.summary };
  const draft = await previewCampaign(slug);
  return draft ? { title: draft.title, description: draft.summary, ...PREVIEW_METADATA } : {};
}

export default async function CampaignPage({ params, searchParams }: Props) {
  const { locale, slug, t } = await openPage(params, "campaign");
  const live = getLiveCampaignBySlug(slug);
  // Not public: its organisers preview it; everyone else gets the same 404 as for no campaign.
  const campaign = live ?? (await previewCampaign(slug));
  if (!campaign) notFound();
  const format = await getFormatter();
  const now = new Date();
  const petitions = listPublicPetitionsForCampaign(campaign.id);
  const page = pageParam((await searchParams).page);
  const news = listPublishedNews(campaign.id, { page, pageSize: NEWS_PAGE_SIZE, now });
  const pageCount = pageCountOf(news.total, NEWS_PAGE_SIZE);
  // Following means signing with "email me updates": the campaign's standing petition suits that best.
  const open = petitions.filter((p) => p.status === "open");
  const followTarget = open.find((p) => !p.isUrgent) ?? open[0];
  const steps = nextStepsFor(campaign, now);

  return (
    <article className="space-y-10">
      {!live && <DraftPreviewBanner campaignId={campaign.id} />}
      <header>
        {campaign.coverImage && (
          <img src={campaign.coverImage} alt="" className="mb-5 max-h-80 w-full rounded-xl object-cover" />
        )}
        <h1 className="text-3xl font-extrabold sm:text-4xl">{campaign.title}</h1>
        <p className="mt-3 text-lg text-stone-700">{campaign.summary}</p>
        {followTarget && (
          <p className="mt-4">
            <Link
              href={`/petitions/${followTarget.slug}#sign`}
              className="inline-block rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
            >
              {t("follow")}
            </Link>
            <span className="mt-1 block text-sm text-stone-600">{t("followHint")}</span>
          </p>
        )}
      </header>

      <StepsNav headingId="act-heading" title={t("takeAction")} listClassName="mt-3 flex flex-wrap gap-x-6 gap-y-2">
          {steps.letters && (
            <li>
              <Link href={`/letters?campaign=${campaign.slug}`} className="inline-flex min-h-6 items-center font-semibold underline">
                {t("writeLetter")}
              </Link>
            </li>
          )}
          <li>
            <Link href={`/campaigns/${campaign.slug}/actions`} className="inline-flex min-h-6 items-center font-semibold underline">
              {t("actionsWorldwide")}
            </Link>
          </li>
          <li>
            <Link href={`/campaigns/${campaign.slug}/report`} className="inline-flex min-h-6 items-center font-semibold underline">
              {t("reportBack")}
            </Link>
          </li>
      </StepsNav>

      <div className="grid gap-10 lg:grid-cols-[2fr_1fr]">
        <Section headingId="story-heading" title={t("story")} headingClassName="text-2xl font-bold">
          <Markdown source={campaign.story} title={campaign.title} className="mt-3 text-base leading-relaxed" />
        </Section>
        <Section headingId="demands-heading" title={t("demands")} className="h-fit rounded-lg bg-white p-5 shadow-sm">
          <ol className="mt-3 list-decimal space-y-2 pl-5">
            {campaign.demands.map((d, i) => (
              <li key={i}>{d}</li>
            ))}
          </ol>
        </Section>
      </div>

      <Section headingId="petitions-heading" title={t("petitions")} id="petitions" headingClassName="text-2xl font-bold">
        {petitions.length === 0 ? (
          <p className="mt-2 text-stone-600">{t("noPetitions")}</p>
        ) : (
          <ul className="mt-4 grid gap-4 sm:grid-cols-2">
            {petitions.map((p) => (
              <li key={p.id}>
                <PetitionCard petition={p} now={now} />
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section headingId="news-heading" title={t("news")} id="news" headingClassName="text-2xl font-bold">
        {news.items.length === 0 ? (
          <p className="mt-2 text-stone-600">{t("noNews")}</p>
        ) : (
          <ol className="mt-4 space-y-6">
            {news.items.map((n) => (
              <li key={n.id} className="rounded-lg border border-stone-200 bg-white p-5">
                <article>
                  <h3 className="text-lg font-bold">{n.title}</h3>
                  <p className="text-sm text-stone-600">
                    <time dateTime={n.publishedAt.toISOString()}>
                      {format.dateTime(n.publishedAt, { dateStyle: "long", timeZone: "UTC" })}
                    </time>
                  </p>
                  <Markdown source={n.body} className="mt-2" />
                </article>
              </li>
            ))}
          </ol>
        )}
        <Pagination page={page} pageCount={pageCount} label={t("newsPages")} hrefFor={(p) => `/campaigns/${campaign.slug}?page=${p}#news`} />
      </Section>
    </article>
  );
}
