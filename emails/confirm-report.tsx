/**
 * Sent after a report-back or a proposed planned action (one template, the kind's wording): the link
 * to the page that confirms the contact email.
 */
import { Text } from "@react-email/components";
import { translatorFor } from "@/lib/i18n/translator";
import { CallToAction } from "./components/call-to-action";
import { EmailLayout, paragraph } from "./components/email-layout";

export interface ConfirmReportProps {
  locale: string;
  /** What is being confirmed: a report-back or a proposed planned action. */
  kind: "report" | "plannedAction";
  campaignTitle: string;
  confirmUrl: string;
  /** The site origin the person came in on (an alternate such as .onion), for the footer link. */
  siteOrigin?: string;
}

export function confirmReportSubject({ locale, kind, campaignTitle }: ConfirmReportProps): string {
  return translatorFor(locale, `emails.confirmReport.${kind === "plannedAction" ? "plannedAction" : "report"}`)("subject", { campaign: campaignTitle });
}

export default function ConfirmReportEmail({ locale, kind, campaignTitle, confirmUrl, siteOrigin }: ConfirmReportProps) {
  const t = translatorFor(locale, "emails.confirmReport");
  const k = kind === "plannedAction" ? "plannedAction" : "report";
  return (
    <EmailLayout locale={locale} preview={t(`${k}.preview`)} footer={t(`${k}.footer`)} myData={{ siteOrigin }}>
      <Text style={paragraph}>{t("greeting")}</Text>
      <Text style={paragraph}>{t(`${k}.body`, { campaign: campaignTitle })}</Text>
      <CallToAction href={confirmUrl} label={t("button")} fallback={t("linkFallback")} />
      <Text style={paragraph}>{t("expiry")}</Text>
      <Text style={paragraph}>{t(`${k}.notYou`)}</Text>
    </EmailLayout>
  );
}

ConfirmReportEmail.PreviewProps = {
  locale: "en",
  kind: "report",
  campaignTitle: "Solidarity with Kazakhstan's oil workers and jailed protesters",
  confirmUrl: "http://localhost:3000/en/reports/confirm/preview-token",
} satisfies ConfirmReportProps;
