import { openPage, type LocalePageProps } from "@/lib/i18n/page";
import { config } from "@/lib/config";
import { PageSection } from "@/components/layout/page-section";

export default async function CheckEmailPage({ params }: LocalePageProps) {
  const { t } = await openPage(params, "organise.signIn");
  return (
    <PageSection headingId="check-heading" title={t("checkTitle")} className="mx-auto max-w-md space-y-4">
      <p>{t("checkBody")}</p>
      {config().mail.transport === "mailbox" && (
        <p className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm">
          {t.rich("localMailbox", { link: (chunks) => <a href="/dev/mailbox" className="underline">{chunks}</a> })}
        </p>
      )}
    </PageSection>
  );
}
