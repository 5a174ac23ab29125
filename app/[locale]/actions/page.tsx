/**
 * "Actions worldwide" across every live campaign: the same map, tables, filters and pagination as a
 * campaign's own wall, each item naming its campaign. Linked from the main menu.
 */
import { getTranslations } from "next-intl/server";
import { openPage, titleMetadata, type LocalePageProps } from "@/lib/i18n/page";
import { ActionsWallView } from "@/components/wall/wall-view";

type Props = LocalePageProps;

export const generateMetadata = titleMetadata("pages.worldWall", "metaTitle");

export default async function WorldActionsPage({ params, searchParams }: Props) {
  const { locale, t } = await openPage(params, "pages.worldWall");
  const ta = await getTranslations("actionsWall");
  const search = await searchParams;
  return (
    <article className="space-y-10">
      <header>
        <h1 className="text-3xl font-extrabold sm:text-4xl">{t("title")}</h1>
        <p className="mt-3 max-w-3xl text-lg text-stone-700">{t("intro")}</p>
      </header>
      <ActionsWallView
        campaign={null}
        locale={locale}
        search={search}
        base="/actions"
        mapTitle={t("mapTitle")}
        mapNote={t("mapNote")}
        emptyReports={ta("reports.empty").replace(/:\s*$/, ".")}
      />
    </article>
  );
}
