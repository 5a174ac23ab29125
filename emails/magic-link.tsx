/** The organiser's sign-in link (also sent as an invitation). */
import { Text } from "@react-email/components";
import { translatorFor } from "@/lib/i18n/translator";
import { CallToAction } from "./components/call-to-action";
import { EmailLayout, paragraph } from "./components/email-layout";

export interface MagicLinkProps {
  locale: string;
  signInUrl: string;
  minutes: number;
  /** Set when the email invites someone to a campaign. */
  invitedBy?: string;
  campaignTitle?: string;
  /** The role the invitation gives, explained in the email; and how many days its link lasts. */
  role?: "owner" | "editor" | "moderator";
  days?: number;
}

export function magicLinkSubject({ locale, campaignTitle }: MagicLinkProps): string {
  const t = translatorFor(locale, "emails.magicLink");
  return campaignTitle ? t("inviteSubject", { campaign: campaignTitle }) : t("subject");
}

export default function MagicLinkEmail({ locale, signInUrl, minutes, invitedBy, campaignTitle, role, days }: MagicLinkProps) {
  const t = translatorFor(locale, "emails.magicLink");
  const invitation = campaignTitle && role && days;
  return (
    <EmailLayout locale={locale} preview={t("preview")} footer={t("footer")} myData={null}>
      {campaignTitle && <Text style={paragraph}>{t("invite", { inviter: invitedBy ?? "", campaign: campaignTitle })}</Text>}
      {invitation && <Text style={paragraph}>{t("inviteRole", { role })}</Text>}
      <Text style={paragraph}>{invitation ? t("inviteBody", { days, inviter: invitedBy ?? "" }) : t("body", { minutes })}</Text>
      <CallToAction href={signInUrl} label={t("button")} fallback={t("linkFallback")} />
      <Text style={paragraph}>{t("notYou")}</Text>
    </EmailLayout>
  );
}

MagicLinkEmail.PreviewProps = {
  locale: "en",
  signInUrl: "http://localhost:3000/en/organise/sign-in/verify?token=preview&email=organiser%40example.org",
  minutes: 15,
} satisfies MagicLinkProps;
