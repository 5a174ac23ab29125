import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { LocalePageProps } from "@/lib/i18n/page";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { getPublicPetitionBySlug } from "@/db/queries/petitions";
import { Deadline } from "@/components/petition/deadline";
import { LiveCount } from "@/components/petition/live-count";
import { PetitionProgress } from "@/components/petition/progress";
import { PublicComments } from "@/components/petition/public-comments";
import { RecentSigners } from "@/components/petition/recent-signers";
import { ShareLinks } from "@/components/petition/share-links";
import { SignForm } from "@/components/petition/sign-form";
import { DraftPreviewBanner } from "@/components/organise/draft-preview-banner";
import { Markdown } from "@/components/ui/markdown";
import { pageParam } from "@/components/ui/pagination";
import { countryOptions } from "@/lib/i18n/countries";
import { Link } from "@/lib/i18n/navigation";
import { PREVIEW_METADATA, previewPetition } from "@/lib/organise/draft-preview";
import { CONSENT_VERSION } from "@/lib/petitions/consent";
import { isPetitionOpen } from "@/lib/petitions/sign";
import { requestOrigin } from "@/lib/security/origin";
import { absoluteUrl, paths } from "@/lib/urls";
import { signAction } from "./sign-actions";
import { titleAfterPost } from "@/lib/i18n/document-title";
import { Section } from "@/components/layout/page-section";

type Props = LocalePageProps<{ slug: string }>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const found = getPublicPetitionBySlug(slug);
  if (found) return { title: await titleAfterPost(locale, found.petition.title) };
  const draft = await previewPetition(slug);
  return draft ? { title: draft.petition.title, ...PREVIEW_METADATA } : {};
}

export default async function PetitionPage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const publicPetition = getPublicPetitionBySlug(slug);
  // Not public (a draft, or its campaign is): its organisers preview it; everyone else gets a 404.
  const found = publicPetition ?? (await previewPetition(slug));
  if (!found) notFound();
  const preview = !publicPetition;
  const { petition, campaign } = found;
  const t = await getTranslations("petition");
  const now = new Date();
  // A preview shows the form the public will see once it opens; the sign action still refuses it.
  const open = isPetitionOpen(preview && petition.status === "draft" ? { ...petition, status: "open" } : petition, now);
  const query = await searchParams;
  const source = query.source;
  const commentsPage = pageParam(query.comments);

  return (
    <>
    {preview && <DraftPreviewBanner campaignId={campaign.id} signing />}
    <div className="grid gap-10 lg:grid-cols-[3fr_2fr]">
      <article className="space-y-6">
        <header>
          <p className="text-sm">
            <Link href={`/campaigns/${campaign.slug}`} className="inline-flex min-h-6 items-center font-semibold text-brand-700 underline">
              {campaign.title}
            </Link>
          </p>
          {petition.isUrgent && (
            <p className="mt-2 inline-block rounded bg-brand-600 px-2 py-0.5 text-xs font-bold uppercase text-white">
              {t("urgent")}
            </p>
          )}
          <h1 className="mt-2 text-3xl font-extrabold sm:text-4xl">{petition.title}</h1>
          <p className="mt-2 text-lg text-stone-700">{t("addressedTo", { addressee: petition.addressee })}</p>
        </header>
        <div className="rounded-lg bg-white p-5 shadow-sm">
          <PetitionProgress
            count={petition.signatureCount}
            goal={petition.goal}
            live={<LiveCount slug={petition.slug} initial={petition.signatureCount} />}
          />
          <div className="mt-3">
            <Deadline deadline={petition.deadline} now={now} />
          </div>
          {open && (
            // On a phone the form comes after the text: one tap takes the supporter there.
            <a href="#sign" className="mt-4 block rounded-md bg-brand-700 px-4 py-3 text-center text-lg font-bold text-white hover:bg-brand-800 lg:hidden">
              {t("signThis")}
            </a>
          )}
        </div>
        {petition.status === "won" && petition.victoryNote && (
          <Section headingId="victory-heading" title={t("statusLabel.won")} className="rounded-lg border-2 border-green-700 bg-green-50 p-5" headingClassName="text-xl font-bold text-green-900">
            <Markdown source={petition.victoryNote} className="mt-2" />
          </Section>
        )}
        <Section headingId="text-heading" title={t("text")}>
          <Markdown source={petition.body} title={petition.title} className="mt-2 leading-relaxed" />
        </Section>
        <RecentSigners petitionId={petition.id} locale={locale} />
        <PublicComments
          petitionId={petition.id}
          locale={locale}
          page={commentsPage}
          hrefFor={(p) => `/petitions/${petition.slug}${p > 1 ? `?comments=${p}` : ""}#comments`}
        />
        <ShareLinks url={absoluteUrl(paths.petition(locale, petition.slug), requestOrigin(await headers()))} title={petition.title} />
      </article>

      <aside id="sign" aria-labelledby="sign-heading" className="h-fit rounded-lg border border-stone-200 bg-white p-5 shadow-sm lg:sticky lg:top-4">
        <h2 id="sign-heading" className="mb-4 text-2xl font-bold">
          {t("signHeading")}
        </h2>
        {open ? (
          <SignForm
            action={signAction.bind(null, locale, petition.slug)}
            countries={countryOptions(locale)}
            source={typeof source === "string" ? source.slice(0, 64) : undefined}
            consentVersion={CONSENT_VERSION}
            petitionSlug={petition.slug}
          />
        ) : (
          <p>{t(`closedNotice.${petition.status === "open" ? "closed" : petition.status}`)}</p>
        )}
      </aside>
    </div>
    </>
  );
}
