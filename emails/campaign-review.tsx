/** To the organiser who submitted a campaign: an instance admin approved it (it is live) or declined it (with the reason). */
import { Text } from "@react-email/components";
import { translatorFor } from "@/lib/i18n/translator";
import { CallToAction } from "./components/call-to-action";
import { EmailLayout, paragraph } from "./components/email-layout";

export interface CampaignReviewProps {
  locale: string;
  decision: "approved" | "declined";
  campaignTitle: string;
  /** Approved: the public page. Declined: the campaign's workspace, where it can be edited and submitted again. */
  url: string;
  reason?: string;
}

export function campaignReviewSubject({ locale, decision, campaignTitle }: CampaignReviewProps): string {
  const t = translatorFor(locale, "emails.campaignReview");
  return t(`${decision}.subject`, { campaign: campaignTitle });
}

export default function CampaignReviewEmail({ locale, decision, campaignTitle, url, reason }: CampaignReviewProps) {
  const t = translatorFor(locale, "emails.campaignReview");
  return (
    <EmailLayout locale={locale} preview={t(`${decision}.preview`, { campaign: campaignTitle })} footer={t("footer")} myData={null}>
      <Text style={paragraph}>{t(`${decision}.body`, { campaign: campaignTitle })}</Text>
      {decision === "declined" && reason && (
        <>
          <Text style={{ ...paragraph, fontWeight: 700, marginBottom: 0 }}>{t("declined.reasonLabel")}</Text>
          <Text style={{ ...paragraph, whiteSpace: "pre-wrap", marginTop: 4 }}>{reason}</Text>
        </>
      )}
      <CallToAction href={url} label={t(`${decision}.button`)} fallback={t("linkFallback")} />
    </EmailLayout>
  );
}

CampaignReviewEmail.PreviewProps = {
  locale: "en",
  decision: "declined",
  campaignTitle: "Free the Zhanaozen oil workers",
  url: "http://localhost:3000/en/organise/campaigns/3",
  reason: "Please add the sources for the arrests you describe.",
} satisfies CampaignReviewProps;
