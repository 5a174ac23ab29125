import type { Metadata } from "next";
import { openPage, type LocalePageProps } from "@/lib/i18n/page";
import { redirect } from "next/navigation";
import { OrganiserForm } from "@/components/organise/organiser-form";
import { currentOrganiser } from "@/lib/auth/session";
import { safeRedirectPath } from "@/lib/security/safe-url";
import { PageSection } from "@/components/layout/page-section";
import { requestSignInLink } from "./sign-in-actions";

export const metadata: Metadata = { robots: { index: false, follow: false } };

type Props = LocalePageProps;

export default async function SignInPage({ params, searchParams }: Props) {
  const { locale, t } = await openPage(params, "organise.signIn");
  const query = await searchParams;
  const callbackUrl = safeRedirectPath(query.callbackUrl, `/${locale}/organise`);
  if (await currentOrganiser()) redirect(callbackUrl);
  const error = typeof query.error === "string" ? query.error : undefined;
  return (
    <PageSection headingId="signin-heading" title={t("title")} className="mx-auto max-w-md space-y-5">
      {error && (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 font-semibold text-red-900">
          {error === "Verification" ? t("linkInvalid") : t("failed")}
        </p>
      )}
      {query.signedOut && <p role="status" className="rounded-md bg-green-50 p-3 text-green-900">{t("signedOut")}</p>}
      <p>{t("intro")}</p>
      <OrganiserForm
        schema="signIn"
        action={requestSignInLink.bind(null, locale)}
        fields={[
          { name: "email", label: t("email"), kind: "email" },
          { name: "callbackUrl", label: "", kind: "hidden" },
        ]}
        defaults={{ email: "", callbackUrl }}
        submitLabel={t("submit")}
      />
      <p className="text-sm text-stone-600">{t("inviteOnly")}</p>
    </PageSection>
  );
}
