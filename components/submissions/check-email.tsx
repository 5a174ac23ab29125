import { getTranslations } from "next-intl/server";
import { config } from "@/lib/config";
import { Link } from "@/lib/i18n/navigation";

/** "Check your email" after a report or a proposed action, with the local-mailbox hint when no mail service is set up. */
export async function CheckEmail({ title, body, campaignSlug }: { title: string; body: string; campaignSlug: string }) {
  const t = await getTranslations("report.checkEmail");
  const tt = await getTranslations("thanks");
  return (
    <section aria-labelledby="thanks-heading" className="mx-auto max-w-2xl space-y-4">
      <h1 id="thanks-heading" className="text-3xl font-extrabold">
        {title}
      </h1>
      <p className="text-lg">{body}</p>
      <p>{t("expiry")}</p>
      <p className="text-stone-700">{t("noEmail")}</p>
      {config().mail.transport === "mailbox" && (
        <p className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm">
          {tt.rich("localMailbox", { link: (chunks) => <a href="/dev/mailbox" className="underline">{chunks}</a> })}
        </p>
      )}
      <p>
        <Link href={`/campaigns/${campaignSlug}`} className="font-semibold text-brand-700 underline">
          {t("back")}
        </Link>
      </p>
    </section>
  );
}
