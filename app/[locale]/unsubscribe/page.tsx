import type { Metadata } from "next";
import { openPage, type LocalePageProps } from "@/lib/i18n/page";
import { readUnsubscribeToken } from "@/lib/security/unsubscribe";
import { unsubscribeAction } from "./unsubscribe-actions";
import { ActionForm } from "@/components/ui/action-form";
import { PageSection } from "@/components/layout/page-section";

export const metadata: Metadata = { robots: { index: false, follow: false } };

type Props = LocalePageProps;

/** The unsubscribe page linked from every update email: a button, so link scanners unsubscribe nobody. */
export default async function UnsubscribePage({ params, searchParams }: Props) {
  const { locale, t } = await openPage(params, "unsubscribe");
  const query = await searchParams;
  const token = typeof query.t === "string" ? query.t : "";
  let body;
  if (query.done) body = <p role="status">{t("done")}</p>;
  else if (query.invalid || !readUnsubscribeToken(token)) body = <p role="alert">{t("invalid")}</p>;
  else
    body = (
      <ActionForm action={unsubscribeAction.bind(null, locale, token)} className="space-y-4">
        <p>{t("explain")}</p>
        <button type="submit" className="rounded-md bg-brand-700 px-5 py-2.5 font-bold text-white hover:bg-brand-800">
          {t("button")}
        </button>
      </ActionForm>
    );
  return (
    <PageSection headingId="unsub-heading" title={t("title")} className="mx-auto max-w-xl space-y-4">
      {body}
    </PageSection>
  );
}
