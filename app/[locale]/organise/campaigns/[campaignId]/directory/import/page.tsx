import { DirectoryImport } from "@/components/directory/import-form";
import { BackLink } from "@/components/layout/page-section";
import { openCampaignPage } from "@/lib/auth/page-guard";
import { DIRECTORY_CSV_HEADER, IMPORT_MAX_ROWS } from "@/lib/directory/csv";
import type { LocalePageProps } from "@/lib/i18n/page";
import { directoryImportAction } from "../directory-actions";

export default async function DirectoryImportPage({ params }: LocalePageProps<{ campaignId: string }>) {
  const { locale, t, campaign } = await openCampaignPage(params, "directory.edit", "organise/campaigns/[campaignId]/directory/import", "directory");
  const base = `/organise/campaigns/${campaign.id}/directory`;
  return (
    <div className="max-w-4xl space-y-6">
      <BackLink href={base}>{t("title")}</BackLink>
      <header className="space-y-3">
        <h1 className="text-3xl font-extrabold">{t("importPage.title")}</h1>
        <p>{t("importPage.intro", { rows: IMPORT_MAX_ROWS })}</p>
        <p>{t("importPage.columns")}</p>
        <pre className="whitespace-pre-wrap break-all rounded-md bg-stone-100 p-3 text-sm">{DIRECTORY_CSV_HEADER.join(",")}</pre>
        <p>{t("importPage.matching")}</p>
      </header>
      <DirectoryImport action={directoryImportAction.bind(null, locale)} campaignId={campaign.id} cancelHref={base} />
    </div>
  );
}
