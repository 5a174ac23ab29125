import { getTranslations } from "next-intl/server";
import { saveMissionAction } from "@/app/[locale]/organise/campaigns/[campaignId]/directory/directory-actions";
import type { Mission } from "@/db/schema";
import { OrganiserForm } from "@/components/organise/organiser-form";
import { ADDRESS_FORMS } from "@/lib/address-forms";
import { countryOptions } from "@/lib/i18n/countries";
import { textDefaults } from "@/lib/organise/form-defaults";
import { SALUTATIONS } from "@/lib/letters/salutations";
import { DIRECTORY_LIMITS, MAX_ADDRESS_LINES, MISSION_KINDS } from "@/lib/validation/directory";

/** The entry form, new or edit: the shared organiser form with the directory's schema. */
export async function MissionForm({ locale, campaignId, mission }: { locale: string; campaignId: number; mission?: Mission }) {
  const t = await getTranslations("directory");
  return (
    <OrganiserForm
      schema="mission"
      action={saveMissionAction.bind(null, locale)}
      submitLabel={mission ? t("form.save") : t("form.create")}
      ids={{ campaignId, missionId: mission?.id ?? null }}
      defaults={{
        ...textDefaults(mission, ["hostCountry", "name", "headTitle", "headName", "addressForm", "email", "phone", "website", "source", "verifiedOn", "notes"]),
        kind: mission?.kind ?? "embassy",
        addressLines: mission?.addressLines?.join("\n") ?? "",
      }}
      fields={[
        {
          name: "hostCountry",
          label: t("fields.hostCountry"),
          kind: "select",
          hint: t("form.hostCountryHint"),
          options: [{ value: "", label: t("form.chooseCountry") }, ...countryOptions(locale).map((c) => ({ value: c.code, label: c.name }))],
        },
        { name: "kind", label: t("fields.kind"), kind: "select", options: MISSION_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) })) },
        { name: "name", label: t("fields.name"), kind: "text", max: DIRECTORY_LIMITS.name, hint: t("form.nameHint") },
        { name: "headTitle", label: t("fields.headTitle"), kind: "text", optional: true, max: DIRECTORY_LIMITS.headTitle, hint: t("form.headTitleHint") },
        { name: "headName", label: t("fields.headName"), kind: "text", optional: true, max: DIRECTORY_LIMITS.headName, hint: t("form.headNameHint") },
        {
          name: "addressForm",
          label: t("fields.addressForm"),
          kind: "select",
          hint: t("form.addressFormHint"),
          options: [
            { value: "", label: t("addressForms.auto") },
            ...ADDRESS_FORMS.map((f) => ({ value: f, label: t(`addressForms.${f}`, { en: SALUTATIONS.en[f], ru: SALUTATIONS.ru[f] }) })),
          ],
        },
        {
          name: "addressLines",
          label: t("fields.addressLines"),
          kind: "textarea",
          rows: 5,
          optional: true,
          max: DIRECTORY_LIMITS.addressLines,
          hint: t("form.addressHint", { max: MAX_ADDRESS_LINES }),
        },
        { name: "email", label: t("fields.email"), kind: "email", optional: true, max: DIRECTORY_LIMITS.email },
        { name: "phone", label: t("fields.phone"), kind: "text", optional: true, max: DIRECTORY_LIMITS.phone, hint: t("form.phoneHint") },
        { name: "website", label: t("fields.website"), kind: "text", optional: true, max: DIRECTORY_LIMITS.website, hint: t("form.websiteHint") },
        { name: "source", label: t("fields.source"), kind: "text", optional: true, max: DIRECTORY_LIMITS.source, hint: t("form.sourceHint") },
        { name: "verifiedOn", label: t("fields.verifiedOn"), kind: "text", optional: true, hint: t("form.verifiedOnHint") },
        { name: "notes", label: t("fields.notes"), kind: "textarea", rows: 3, optional: true, max: DIRECTORY_LIMITS.notes, hint: t("form.notesHint") },
      ]}
    />
  );
}
