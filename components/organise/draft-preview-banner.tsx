import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

/** Across the top of a page the public cannot see yet, shown only to the campaign's organisers (lib/organise/draft-preview.ts). */
export async function DraftPreviewBanner({ campaignId, signing = false }: { campaignId: number; signing?: boolean }) {
  const t = await getTranslations("launch.preview");
  return (
    <aside
      aria-label={t("banner")}
      data-testid="draft-preview-banner"
      className="mb-6 rounded-lg border-2 border-dashed border-amber-600 bg-amber-50 p-4 text-amber-950"
    >
      <p className="text-lg font-extrabold uppercase tracking-wide">{t("banner")}</p>
      <p className="mt-1">{t("bannerDetail")}</p>
      {signing && <p className="mt-1">{t("signing")}</p>}
      <p className="mt-2">
        <Link href={`/organise/campaigns/${campaignId}`} className="font-semibold underline">
          {t("backToWorkspace")}
        </Link>
      </p>
    </aside>
  );
}
