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
import CampaignReviewEmail, { campaignReviewSubject, type CampaignReviewProps } from "@/emails/campaign-review";
import MagicLinkEmail, { magicLinkSubject, type MagicLinkProps } from "@/emails/magic-link";
import ConfirmReportEmail, { confirmReportSubject, type ConfirmReportProps } from "@/emails/confirm-report";
import ReportDecisionEmail, { reportDecisionSubject, type ReportDecisionProps } from "@/emails/report-decision";
import MyDataLinkEmail, { myDataLinkSubject, type MyDataLinkProps } from "@/emails/my-data-link";
import ConfirmSignatureEmail, {
  confirmSignatureSubject,
  type ConfirmSignatureProps,
} from "@/emails/confirm-signature";

interface TemplateDefinition<P> {
  subject: (props: P) => string;
  element: (props: P) => ReactElement;
  /**
   * Props that differ for every recipient (names, one-time links). The template is rendered once per
   * combination of the other props, with placeholders in these, and the values are filled in per email:
   * rendering React Email costs ~3 ms, which a viral petition cannot pay for every signature.
   */
  personal: (keyof P)[];
  /** Payload keys that must not outlive delivery (e.g. one-time tokens inside links). */
  secretKeys: (keyof P)[];
  headers?: (props: P) => Record<string, string>;
}

const templates = {
  "confirm-signature": {
    subject: confirmSignatureSubject,
    element: (p) => <ConfirmSignatureEmail {...p} />,
    personal: ["name", "confirmUrl"],
    secretKeys: ["confirmUrl"],
  } satisfies TemplateDefinition<ConfirmSignatureProps>,
  "confirm-report": {
    subject: confirmReportSubject,
    element: (p) => <ConfirmReportEmail {...p} />,
    personal: ["confirmUrl"],
    secretKeys: ["confirmUrl"],
  } satisfies TemplateDefinition<ConfirmReportProps>,
  "report-decision": {
    subject: reportDecisionSubject,
    element: (p) => <ReportDecisionEmail {...p} />,
    personal: [],
    secretKeys: [],
  } satisfies TemplateDefinition<ReportDecisionProps>,
  "already-signed": {
    subject: alreadySignedSubject,
    element: (p) => <AlreadySignedEmail {...p} />,
    personal: ["name"],
    secretKeys: [],
  } satisfies TemplateDefinition<AlreadySignedProps>,
  "magic-link": {
    subject: magicLinkSubject,
    element: (p) => <MagicLinkEmail {...p} />,
    personal: ["signInUrl"],
    secretKeys: ["signInUrl"],
  } satisfies TemplateDefinition<MagicLinkProps>,
  "my-data-link": {
    subject: myDataLinkSubject,
    element: (p) => <MyDataLinkEmail {...p} />,
    personal: ["linkUrl"],
    secretKeys: ["linkUrl"],
  } satisfies TemplateDefinition<MyDataLinkProps>,
  "campaign-update": {
    subject: campaignUpdateSubject,
    element: (p) => <CampaignUpdateEmail {...p} />,
    personal: ["unsubscribePageUrl", "unsubscribePostUrl"],
    secretKeys: [],
    headers: campaignUpdateHeaders,
  } satisfies TemplateDefinition<CampaignUpdateProps>,
  "campaign-review": {
    subject: campaignReviewSubject,
    element: (p) => <CampaignReviewEmail {...p} />,
    personal: [],
    secretKeys: [],
  } satisfies TemplateDefinition<CampaignReviewProps>,
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

const slot = (i: number) => `PICKETSLOT${i}X`;
const SLOTS = /PICKETSLOT(\d+)X/g;
const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;" };
const escapeHtml = (v: string) => v.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);

interface Skeleton {
  html: string;
  text: string;
}
const skeletons = new Map<string, Promise<Skeleton>>();
const MAX_SKELETONS = 500;

function definition(name: string): TemplateDefinition<Record<string, unknown>> {
  if (!isTemplateName(name)) throw new Error(`Unknown email template ${name}`);
  return templates[name] as unknown as TemplateDefinition<Record<string, unknown>>;
}

export async function renderEmail(name: string, payload: Record<string, unknown>): Promise<RenderedEmail> {
  const def = definition(name);
  const personal = def.personal as string[];
  const shared = Object.fromEntries(Object.entries(payload).filter(([k]) => !personal.includes(k)));
  const key = `${name}\0${JSON.stringify(shared)}`;
  let skeleton = skeletons.get(key);
  if (!skeleton) {
    const element = def.element({ ...shared, ...Object.fromEntries(personal.map((k, i) => [k, slot(i)])) });
    skeleton = Promise.all([render(element), render(element, { plainText: true })]).then(([html, text]) => ({ html, text }));
    if (skeletons.size >= MAX_SKELETONS) skeletons.delete(skeletons.keys().next().value!);
    skeletons.set(key, skeleton);
    skeleton.catch(() => skeletons.delete(key));
  }
  const { html, text } = await skeleton;
  const value = (i: string) => String(payload[personal[Number(i)]] ?? "");
  return {
    subject: def.subject(payload),
    html: html.replace(SLOTS, (_, i) => escapeHtml(value(i))),
    text: text.replace(SLOTS, (_, i) => value(i)),
    headers: def.headers?.(payload),
  };
}

/** Renders without the skeleton cache: the reference the cache is tested against. */
export async function renderEmailDirect(name: string, payload: Record<string, unknown>): Promise<RenderedEmail> {
  const def = definition(name);
  const element = def.element(payload);
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  return { subject: def.subject(payload), html, text, headers: def.headers?.(payload) };
}

/** The payload as kept after delivery: secrets replaced, the rest left for support and audit. */
export function redactPayload(name: string, payload: Record<string, unknown>): Record<string, unknown> {
  if (!isTemplateName(name)) return payload;
  const copy = { ...payload };
  for (const key of definition(name).secretKeys) {
    if (key in copy) copy[key as string] = "[redacted after delivery]";
  }
  return copy;
}
