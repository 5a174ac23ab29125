import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { getPublishedLetterTemplate } from "@/db/queries/letters";
import { listMissionsForCampaign } from "@/db/queries/missions";
import { DirectoryEntryNote } from "@/components/letters/directory-entry-note";
import { WriteLetterForm } from "@/components/letters/write-letter-form";
import { DraftPreviewBanner } from "@/components/organise/draft-preview-banner";
import { countryOptions } from "@/lib/i18n/countries";
import { PREVIEW_METADATA, previewLetterTemplate } from "@/lib/organise/draft-preview";
import { Link } from "@/lib/i18n/navigation";
import { recipientChoices } from "@/lib/letters/recipient";
import { composeLetterAction } from "./compose-letter-actions";

type Props = { params: Promise<{ locale: string; templateId: string }> };

/** The published template, or for its campaign's organisers a draft to preview (everyone else: 404). */
async function load(templateId: string) {
  const id = Number(templateId);
  if (!Number.isInteger(id) || id <= 0) return undefined;
  const published = getPublishedLetterTemplate(id);
  if (published) return { ...published, preview: false };
  const draft = await previewLetterTemplate(id);
  return draft ? { ...draft, preview: true } : undefined;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await load((await params).templateId);
  if (!found) return {};
  return { title: found.template.title, description: found.template.purpose, ...(found.preview ? PREVIEW_METADATA : {}) };
}

/** Writing a letter from a published template: recipient from the directory or typed, sender, preview. */
export default async function WriteLetterPage({ params }: Props) {
  const { locale, templateId } = await params;
  setRequestLocale(locale);
  const found = await load(templateId);
  if (!found) notFound();
  const { template, campaign } = found;
  const t = await getTranslations("letters.page");
  const choices = recipientChoices(listMissionsForCampaign(campaign.id), template.recipientKind, locale);
  const entryInfo = Object.fromEntries(choices.map((c) => [c.value, <DirectoryEntryNote key={c.value} mission={c.mission} />]));

  return (
    <div className="space-y-8">
      {found.preview && <DraftPreviewBanner campaignId={campaign.id} />}
      <header className="space-y-2">
        <p className="flex flex-wrap gap-x-4 text-sm">
          <Link href="/letters" className="inline-flex min-h-6 items-center underline">
            {t("allLetters")}
          </Link>
          <Link href={`/campaigns/${campaign.slug}`} className="inline-flex min-h-6 items-center font-semibold text-brand-700 underline">
            {t("campaign", { campaign: campaign.title })}
          </Link>
        </p>
        <h1 className="text-3xl font-extrabold sm:text-4xl" lang={template.language}>
          {template.title}
        </h1>
        <p className="text-lg text-stone-700" lang={template.language}>
          {template.purpose}
        </p>
      </header>
      <WriteLetterForm
        action={composeLetterAction.bind(null, template.id)}
        templateId={template.id}
        choices={choices.map(({ value, label }) => ({ value, label }))}
        countries={countryOptions(locale)}
        entryInfo={entryInfo}
      />
    </div>
  );
}
