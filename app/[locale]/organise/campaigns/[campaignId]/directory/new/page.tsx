import { getTranslations, setRequestLocale } from "next-intl/server";
import { MissionForm } from "@/components/directory/mission-form";
import { campaignPage } from "@/lib/auth/page-guard";
import { Link } from "@/lib/i18n/navigation";

type Props = { params: Promise<{ locale: string; campaignId: string }> };

export default async function NewMissionPage({ params }: Props) {
  const { locale, campaignId } = await params;
  setRequestLocale(locale);
  const { campaign } = await campaignPage(locale, campaignId, "directory.edit", `/${locale}/organise/campaigns/${campaignId}/directory/new`);
  const t = await getTranslations("directory");
  return (
    <section aria-labelledby="new-mission-heading" className="max-w-3xl space-y-5">
      <p className="text-sm">
        <Link href={`/organise/campaigns/${campaign.id}/directory`} className="underline">
          {t("title")}
        </Link>
      </p>
      <h1 id="new-mission-heading" className="text-3xl font-extrabold">
        {t("form.newTitle")}
      </h1>
      <MissionForm locale={locale} campaignId={campaign.id} />
    </section>
  );
}
