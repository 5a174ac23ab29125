/**
 * The frame every Picket email shares: plain, readable, no remote images or fonts. Every email says
 * whether it goes to a supporter: those carry the "My data" link in the footer (docs/PRIVACY.md),
 * on the site origin the person came in on; tests/unit/email-templates.test.ts checks each template.
 */
import { Body, Container, Head, Hr, Html, Link, Preview, Section, Text } from "@react-email/components";
import type { ReactNode } from "react";
import { myDataFooterLink } from "./my-data-footer";

/**
 * To a supporter: the footer links to "My data" (`siteOrigin`: the origin they came in on, if known).
 * null: not to a supporter about their records (an organiser's email, or the "My data" link itself).
 */
export type MyDataFooter = { siteOrigin?: string } | null;

export function EmailLayout({
  locale,
  preview,
  footer,
  myData,
  children,
}: {
  locale: string;
  preview: string;
  footer: string;
  myData: MyDataFooter;
  children: ReactNode;
}) {
  const footerLink = myData ? myDataFooterLink(locale, myData.siteOrigin) : null;
  return (
    <Html lang={locale}>
      <Head />
      <Preview>{preview}</Preview>
      <Body style={{ backgroundColor: "#f6f5f2", fontFamily: "Helvetica, Arial, sans-serif", color: "#1c1917" }}>
        <Container style={{ backgroundColor: "#ffffff", padding: "24px", maxWidth: "560px", margin: "24px auto" }}>
          <Text style={{ fontSize: "20px", fontWeight: 700, color: "#b91c1c", margin: "0 0 16px" }}>Picket</Text>
          <Section>{children}</Section>
          <Hr style={{ borderColor: "#e7e5e4", margin: "24px 0 12px" }} />
          <Text style={{ fontSize: "12px", color: "#57534e" }}>
            {footer}
            {footerLink && (
              <>
                {" "}
                <Link href={footerLink.href} style={{ color: "#57534e", textDecoration: "underline" }}>
                  {footerLink.label}
                </Link>
              </>
            )}
          </Text>
        </Container>
      </Body>
    </Html>
  );
}

export const paragraph = { fontSize: "16px", lineHeight: "24px" } as const;
export const button = {
  backgroundColor: "#b91c1c",
  color: "#ffffff",
  padding: "12px 20px",
  borderRadius: "6px",
  fontWeight: 700,
  textDecoration: "none",
  display: "inline-block",
} as const;
