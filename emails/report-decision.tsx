/** Sent to a report-back's author when an organiser publishes or declines it, with the organiser's reply if any. */
import { Button, Section, Text } from "@react-email/components";
import { translatorFor } from "@/lib/i18n/translator";
import { EmailLayout, button, paragraph } from "./components/email-layout";

export interface ReportDecisionProps {
  locale: string;
  decision: "approved" | "declined";
  campaignTitle: string;
  /** The organiser's reply, as typed (plain text); empty when they wrote none. */
  reply: string;
  /** The campaign's actions page (where an approved report now shows). */
  wallUrl: string;
}

export function reportDecisionSubject({ locale, decision, campaignTitle }: ReportDecisionProps): string {
  return translatorFor(locale, "pages.reportDecision")(decision === "approved" ? "approvedSubject" : "declinedSubject", { campaign: campaignTitle });
}

export default function ReportDecisionEmail({ locale, decision, campaignTitle, reply, wallUrl }: ReportDecisionProps) {
  const t = translatorFor(locale, "pages.reportDecision");
  const body = t(decision === "approved" ? "approvedBody" : "declinedBody", { campaign: campaignTitle });
  return (
    <EmailLayout locale={locale} preview={body} footer={t("footer")} myData={{}}>
      <Text style={paragraph}>{t("greeting")}</Text>
      <Text style={paragraph}>{body}</Text>
      {reply.trim() && (
        <Section>
          <Text style={{ ...paragraph, fontWeight: 700 }}>{t("replyHeading")}</Text>
          <Text style={{ ...paragraph, whiteSpace: "pre-wrap" }}>{reply}</Text>
        </Section>
      )}
      {decision === "approved" && (
        <Button href={wallUrl} style={button}>
          {t("view")}
        </Button>
      )}
    </EmailLayout>
  );
}

ReportDecisionEmail.PreviewProps = {
  locale: "en",
  decision: "declined",
  campaignTitle: "Solidarity with Kazakhstan's oil workers and jailed protesters",
  reply: "Thank you! We could not publish this one: it names a worker who asked not to be named.",
  wallUrl: "http://localhost:3000/en/campaigns/kazakhstan/actions",
} satisfies ReportDecisionProps;
