/**
 * The link an email is about: a button, and (with `fallback`, the sentence that introduces it) the same
 * address written out below for mail clients that hide buttons or strip their links.
 */
import { Button, Link, Text } from "@react-email/components";
import { button, paragraph } from "./email-layout";

export function CallToAction({ href, label, fallback }: { href: string; label: string; fallback?: string }) {
  return (
    <>
      <Button href={href} style={button}>
        {label}
      </Button>
      {fallback !== undefined && (
        <>
          <Text style={paragraph}>{fallback}</Text>
          <Link href={href} style={{ wordBreak: "break-all" }}>
            {href}
          </Link>
        </>
      )}
    </>
  );
}
