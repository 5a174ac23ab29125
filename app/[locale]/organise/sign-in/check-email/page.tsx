import { openPage, type LocalePageProps } from "@/lib/i18n/page";
import { config } from "@/lib/config";

export default async function CheckEmailPage({ params }: LocalePageProps) {
  const { t } = await openPage(params, "organise.signIn");
  return (
    <section aria-labelledby="check-heading" className="mx-auto max-w-md space-y-4">
      <h1 id="check-heading" className="text-3xl font-extrabold">
        {t("checkTitle")}
      </h1>
      <p>{t("checkBody")}</p>
      {config().mail.transport === "mailbox" && (
        <p className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm">
          {t.rich("localMailbox", { link: (chunks) => <a href="/dev/mailbox" className="underline">{chunks}</a> })}
        </p>
      )}
    </section>
  );
}
