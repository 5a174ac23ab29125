/** A campaign's news update (or a petition's victory), sent only to signers who opted in. */
import { Heading, Link, Section, Text } from "@react-email/components";
import { translatorFor } from "@/lib/i18n/translator";
import { EmailLayout, paragraph } from "./components/email-layout";

export interface CampaignUpdateProps {
  locale: string;
  campaignTitle: string;
  title: string;
  /** Sanitised HTML rendered from the organiser's Markdown. */
  bodyHtml: string;
  readMoreUrl: string;
  unsubscribePageUrl: string;
  /** One-click target for List-Unsubscribe-Post (RFC 8058). */
  unsubscribePostUrl: string;
}

export function campaignUpdateSubject({ campaignTitle, title }: CampaignUpdateProps): string {
  return `${title} — ${campaignTitle}`;
}

export function campaignUpdateHeaders({ unsubscribePostUrl }: CampaignUpdateProps): Record<string, string> {
  return {
    "List-Unsubscribe": `<${unsubscribePostUrl}>`,
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
  };
}

export default function CampaignUpdateEmail(props: CampaignUpdateProps) {
  const t = translatorFor(props.locale, "emails.campaignUpdate");
  return (
    <EmailLayout locale={props.locale} preview={props.title} footer={t("footer", { campaign: props.campaignTitle })} myData={{}}>
      <Text style={{ ...paragraph, color: "#57534e" }}>{props.campaignTitle}</Text>
      <Heading as="h1" style={{ fontSize: "22px" }}>
        {props.title}
      </Heading>
      <Section style={paragraph}>
        <div dangerouslySetInnerHTML={{ __html: props.bodyHtml }} />
      </Section>
      <Text style={paragraph}>
        <Link href={props.readMoreUrl}>{t("readMore")}</Link>
      </Text>
      <Text style={{ fontSize: "12px", color: "#57534e" }}>
        <Link href={props.unsubscribePageUrl}>{t("unsubscribe")}</Link>
      </Text>
    </EmailLayout>
  );
}

CampaignUpdateEmail.PreviewProps = {
  locale: "en",
  campaignTitle: "Solidarity with Kazakhstan's oil workers",
  title: "Letters handed in at six embassies",
  bodyHtml: "<p>Thank you to every branch that took part.</p>",
  readMoreUrl: "http://localhost:3000/en/campaigns/kazakhstan-solidarity#news",
  unsubscribePageUrl: "http://localhost:3000/en/unsubscribe?t=preview",
  unsubscribePostUrl: "http://localhost:3000/api/unsubscribe?t=preview",
} satisfies CampaignUpdateProps;
