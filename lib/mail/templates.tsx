/**
 * The registry of email templates: outbox rows name a template and carry its props;
 * the dispatcher renders them here into subject, HTML and plain text.
 */
import { render } from "@react-email/render";
import type { ReactElement } from "react";
import AlreadySignedEmail, { alreadySignedSubject, type AlreadySignedProps } from "@/emails/already-signed";
import ConfirmSignatureEmail, {
  confirmSignatureSubject,
  type ConfirmSignatureProps,
} from "@/emails/confirm-signature";

interface TemplateDefinition<P> {
  subject: (props: P) => string;
  element: (props: P) => ReactElement;
  /** Payload keys that must not outlive delivery (e.g. one-time tokens inside links). */
  secretKeys: (keyof P)[];
}

const templates = {
  "confirm-signature": {
    subject: confirmSignatureSubject,
    element: (p) => <ConfirmSignatureEmail {...p} />,
    secretKeys: ["confirmUrl"],
  } satisfies TemplateDefinition<ConfirmSignatureProps>,
  "already-signed": {
    subject: alreadySignedSubject,
    element: (p) => <AlreadySignedEmail {...p} />,
    secretKeys: [],
  } satisfies TemplateDefinition<AlreadySignedProps>,
};

export type TemplateName = keyof typeof templates;
export type TemplateProps<N extends TemplateName> = Parameters<(typeof templates)[N]["subject"]>[0];

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
}

export function isTemplateName(name: string): name is TemplateName {
  return Object.hasOwn(templates, name);
}

export async function renderEmail(name: string, payload: Record<string, unknown>): Promise<RenderedEmail> {
  if (!isTemplateName(name)) throw new Error(`Unknown email template ${name}`);
  const def = templates[name] as unknown as TemplateDefinition<Record<string, unknown>>;
  const element = def.element(payload);
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  return { subject: def.subject(payload), html, text };
}

/** The payload as kept after delivery: secrets replaced, the rest left for support and audit. */
export function redactPayload(name: string, payload: Record<string, unknown>): Record<string, unknown> {
  if (!isTemplateName(name)) return payload;
  const copy = { ...payload };
  for (const key of (templates[name] as unknown as TemplateDefinition<Record<string, unknown>>).secretKeys) {
    if (key in copy) copy[key as string] = "[redacted after delivery]";
  }
  return copy;
}
