import { getTranslations, setRequestLocale } from "next-intl/server";
import { OrganiserForm } from "@/components/organise/organiser-form";
import { organiserPage } from "@/lib/auth/page-guard";
import { timeZoneGroups, timeZoneLabel } from "@/lib/calendar/time-zone-options";
import { saveSettingsAction } from "./save-settings";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** The organiser's own settings: the time zone every date in the workspace is typed and shown in. */
export default async function SettingsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const organiser = await organiserPage(locale, `/${locale}/organise/settings`);
  const t = await getTranslations("organise.settings");
  const saved = (await searchParams).saved;
  return (
    <div className="max-w-2xl space-y-5">
      <h1 className="text-3xl font-extrabold">{t("title")}</h1>
      {saved && (
        <p role="status" className="rounded-md bg-green-50 p-3 text-green-900">
          {t("saved", { zone: timeZoneLabel(locale, organiser.timeZone) })}
        </p>
      )}
      <OrganiserForm
        schema="settings"
        action={saveSettingsAction.bind(null, locale)}
        submitLabel={t("save")}
        defaults={{ timeZone: organiser.timeZone }}
        fields={[{ name: "timeZone", label: t("timeZone"), kind: "select", hint: t("timeZoneHint"), groups: timeZoneGroups(locale), searchLabel: t("search") }]}
      />
    </div>
  );
}
