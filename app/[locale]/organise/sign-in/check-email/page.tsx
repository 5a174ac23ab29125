import { getTranslations, setRequestLocale } from "next-intl/server";
import { config } from "@/lib/config";

export default async function CheckEmailPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("organise.signIn");
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
