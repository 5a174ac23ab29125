import type { Metadata } from "next";
import { openPage, type LocalePageProps } from "@/lib/i18n/page";
import { siteOrigins } from "@/lib/security/origin";
import { safeRedirectPath } from "@/lib/security/safe-url";
import { PageSection } from "@/components/layout/page-section";

export const metadata: Metadata = { robots: { index: false, follow: false } };

type Props = LocalePageProps;

/**
 * The page the sign-in email links to. Following the link spends nothing: only pressing the button
 * sends the single-use token to Auth.js, so email scanners cannot use it up.
 */
export default async function VerifyPage({ params, searchParams }: Props) {
  const { locale, t } = await openPage(params, "organise.signIn");
  const query = await searchParams;
  const value = (k: string) => (typeof query[k] === "string" ? (query[k] as string).slice(0, 600) : "");
  return (
    <PageSection headingId="verify-heading" title={t("verifyTitle")} className="mx-auto max-w-md space-y-5">
      <p>{t("verifyBody", { email: value("email") })}</p>
      <form method="get" action="/api/auth/callback/email">
        <input type="hidden" name="token" value={value("token")} />
        <input type="hidden" name="email" value={value("email")} />
        <input type="hidden" name="callbackUrl" value={safeRedirectPath(query.callbackUrl, `/${locale}/organise`, siteOrigins())} />
        <button type="submit" className="rounded-md bg-brand-700 px-6 py-3 text-lg font-bold text-white hover:bg-brand-800">
          {t("verifyButton")}
        </button>
      </form>
    </PageSection>
  );
}
