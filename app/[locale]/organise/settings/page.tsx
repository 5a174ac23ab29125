import type { LocalePageProps } from "@/lib/i18n/page";
import { OrganiserForm } from "@/components/organise/organiser-form";
import { openOrganiserPage } from "@/lib/auth/page-guard";
import { timeZoneGroups, timeZoneLabel } from "@/lib/calendar/time-zone-options";
import { saveSettingsAction } from "./save-settings";

type Props = LocalePageProps;

/** The organiser's own settings: the time zone every date in the workspace is typed and shown in. */
export default async function SettingsPage({ params, searchParams }: Props) {
  const { locale, t, organiser } = await openOrganiserPage(params, "organise/settings", "organise.settings");
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
