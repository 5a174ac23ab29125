import { getTranslations } from "next-intl/server";
import { confirmSubmissionAction } from "@/app/[locale]/campaigns/[slug]/report/report-actions";
import { Link } from "@/lib/i18n/navigation";
import { lookupSubmissionToken, type SubmissionKind } from "@/lib/submissions/confirm";
import { ActionForm } from "@/components/ui/action-form";

/** The page an emailed link opens: it explains, and only its button (a POST) confirms. */
export async function ConfirmSubmission({ kind, locale, token }: { kind: SubmissionKind; locale: string; token: string }) {
  const t = await getTranslations(`report.confirm.${kind}`);
  const tc = await getTranslations("report.confirm");
  const found = lookupSubmissionToken(kind, token);
  const heading = (text: string) => (
    <h1 id="confirm-heading" className="text-3xl font-extrabold">
      {text}
    </h1>
  );
  if (found.state === "pending") {
    return (
      <section aria-labelledby="confirm-heading" className="mx-auto max-w-2xl space-y-5">
        {heading(t("title"))}
        <p className="text-lg">{t("body", { campaign: found.campaignTitle })}</p>
        <ActionForm action={confirmSubmissionAction.bind(null, kind, locale, token)}>
          <button type="submit" className="rounded-md bg-brand-700 px-6 py-3 text-lg font-bold text-white hover:bg-brand-800">
            {t("button")}
          </button>
        </ActionForm>
        <p className="text-sm text-stone-600">{t("notYou")}</p>
      </section>
    );
  }
  return (
    <section aria-labelledby="confirm-heading" className="mx-auto max-w-2xl space-y-5">
      {heading(tc(`${found.state}.title`))}
      <p className="text-lg">{found.state === "invalid" ? tc("invalid.body") : tc(`${found.state}.body`, { campaign: found.campaignTitle })}</p>
      {found.state !== "invalid" && found.state !== "closed" && (
        <p>
          <Link href={`/campaigns/${found.campaignSlug}`} className="font-semibold text-brand-700 underline">
            {tc("toCampaign")}
          </Link>
        </p>
      )}
    </section>
  );
}
