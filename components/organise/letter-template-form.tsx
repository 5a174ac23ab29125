import { getTranslations } from "next-intl/server";
import { saveLetterTemplateAction } from "@/app/[locale]/organise/campaigns/[campaignId]/letters/letter-template-actions";
import type { LetterTemplate } from "@/db/schema";
import { MergeFieldList } from "@/components/letters/merge-field-list";
import { TemplatePreviewPanel } from "@/components/letters/template-preview-panel";
import { languageOptions } from "@/lib/letters/languages";
import { composeSampleLetter } from "@/lib/letters/letter";
import { LETTER_LIMITS, RECIPIENT_KIND_OPTIONS } from "@/lib/letters/schemas";
import { textDefaults } from "@/lib/organise/form-defaults";
import { OrganiserForm } from "./organiser-form";

const FORM_ID = "letter-template-form";

/** The template editor: the form, and beside it the merge fields and the live preview. */
export async function LetterTemplateForm({ locale, campaignId, template }: { locale: string; campaignId: number; template?: LetterTemplate }) {
  const t = await getTranslations("organise.letters.form");
  const ts = await getTranslations("organise.letters.status");
  const tk = await getTranslations("letters.kinds");
  const language = template?.language ?? locale;
  const initial = template ? composeSampleLetter(campaignId, template, locale) : null;
  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
      <OrganiserForm
        id={FORM_ID}
        schema="letterTemplate"
        action={saveLetterTemplateAction.bind(null, locale)}
        submitLabel={template ? t("save") : t("create")}
        limits={LETTER_LIMITS}
        ids={{ campaignId, templateId: template?.id ?? null }}
        defaults={{
          ...textDefaults(template, ["title", "purpose", "subject", "body", "signOff"]),
          language,
          recipientKind: template?.recipientKind ?? "embassy",
          salutation: template?.salutation ?? "{{recipient.salutation}}",
          status: template?.status ?? "draft",
        }}
        fields={[
          { name: "title", label: t("title"), kind: "text", hint: t("titleHint") },
          { name: "purpose", label: t("purpose"), kind: "textarea", rows: 2, hint: t("purposeHint") },
          { name: "language", label: t("language"), kind: "select", options: languageOptions(locale) },
          { name: "recipientKind", label: t("recipientKind"), kind: "select", options: RECIPIENT_KIND_OPTIONS.map((k) => ({ value: k, label: tk(k) })) },
          { name: "subject", label: t("subject"), kind: "text", hint: t("subjectHint") },
          { name: "salutation", label: t("salutation"), kind: "text", hint: t("salutationHint", { field: "{{recipient.salutation}}" }) },
          { name: "body", label: t("body"), kind: "textarea", rows: 16, hint: t("bodyHint") },
          { name: "signOff", label: t("signOff"), kind: "text" },
          { name: "status", label: t("status"), kind: "select", hint: t("statusHint"), options: (["draft", "published"] as const).map((s) => ({ value: s, label: ts(s) })) },
        ]}
      />
      <aside className="space-y-6">
        <MergeFieldList formId={FORM_ID} />
        <TemplatePreviewPanel formId={FORM_ID} locale={locale} initial={initial} />
      </aside>
    </div>
  );
}
