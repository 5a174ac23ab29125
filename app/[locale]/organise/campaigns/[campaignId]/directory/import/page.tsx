import { getTranslations, setRequestLocale } from "next-intl/server";
import { DirectoryImport } from "@/components/directory/import-form";
import { campaignPage } from "@/lib/auth/page-guard";
import { DIRECTORY_CSV_HEADER, IMPORT_MAX_ROWS } from "@/lib/directory/csv";
import { Link } from "@/lib/i18n/navigation";
import { directoryImportAction } from "../directory-actions";

type Props = { params: Promise<{ locale: string; campaignId: string }> };

export default async function DirectoryImportPage({ params }: Props) {
  const { locale, campaignId } = await params;
  setRequestLocale(locale);
  const { campaign } = await campaignPage(locale, campaignId, "directory.edit", `/${locale}/organise/campaigns/${campaignId}/directory/import`);
  const t = await getTranslations("directory");
  const base = `/organise/campaigns/${campaign.id}/directory`;
  return (
    <div className="max-w-4xl space-y-6">
      <p className="text-sm">
        <Link href={base} className="underline">
          {t("title")}
        </Link>
      </p>
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
