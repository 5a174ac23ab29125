/**
 * The registry of email templates: outbox rows name a template and carry its props;
 * the dispatcher renders them here into subject, HTML and plain text.
 */
import { render } from "@react-email/render";
import type { ReactElement } from "react";
import AlreadySignedEmail, { alreadySignedSubject, type AlreadySignedProps } from "@/emails/already-signed";
import CampaignUpdateEmail, {
  campaignUpdateHeaders,
  campaignUpdateSubject,
  type CampaignUpdateProps,
} from "@/emails/campaign-update";
import MagicLinkEmail, { magicLinkSubject, type MagicLinkProps } from "@/emails/magic-link";
import ConfirmSignatureEmail, {
  confirmSignatureSubject,
  type ConfirmSignatureProps,
} from "@/emails/confirm-signature";

interface TemplateDefinition<P> {
  subject: (props: P) => string;
  element: (props: P) => ReactElement;
  /** Payload keys that must not outlive delivery (e.g. one-time tokens inside links). */
  secretKeys: (keyof P)[];
  headers?: (props: P) => Record<string, string>;
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
  "magic-link": {
    subject: magicLinkSubject,
    element: (p) => <MagicLinkEmail {...p} />,
    secretKeys: ["signInUrl"],
  } satisfies TemplateDefinition<MagicLinkProps>,
  "campaign-update": {
    subject: campaignUpdateSubject,
    element: (p) => <CampaignUpdateEmail {...p} />,
    secretKeys: [],
    headers: campaignUpdateHeaders,
  } satisfies TemplateDefinition<CampaignUpdateProps>,
};

export type TemplateName = keyof typeof templates;
export type TemplateProps<N extends TemplateName> = Parameters<(typeof templates)[N]["subject"]>[0];

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
  headers?: Record<string, string>;
}

export function isTemplateName(name: string): name is TemplateName {
  return Object.hasOwn(templates, name);
}

export async function renderEmail(name: string, payload: Record<string, unknown>): Promise<RenderedEmail> {
  if (!isTemplateName(name)) throw new Error(`Unknown email template ${name}`);
  const def = templates[name] as unknown as TemplateDefinition<Record<string, unknown>>;
  const element = def.element(payload);
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  return { subject: def.subject(payload), html, text, headers: def.headers?.(payload) };
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
