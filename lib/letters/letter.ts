/**
 * Making an activist's letter on the server (for the preview without JavaScript and for the
 * downloads) and an organiser's sample preview. Nothing here writes or logs what was typed.
 */
import "server-only";
import { listMissionsForCampaign } from "@/db/queries/missions";
import type { LetterTemplate, Mission } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { defaultLocale, isLocale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import { slugify } from "@/lib/validation/organiser";
import { config } from "@/lib/config";
import { composeLetter, parseSignatories, type Letter, type LetterTemplateText } from "./compose";
import { findRecipientChoice, recipientFromMission, recipientFromRequest } from "./recipient";
import type { LetterRequest } from "./schemas";

/**
 * The short email body for a letter too long for a mailto: link, in the letter's language
 * (English when Picket does not speak it): salutation, "the full letter is attached", a link to
 * the letter's page, sign-off and the sender's name.
 */
export function shortEmailLines(letter: Letter, templateId: number, locale: string): string[] {
  const t = translatorFor(letter.language, "letters2.email");
  const page = `${config().appUrl}/${isLocale(locale) ? locale : defaultLocale}/letters/${templateId}`;
  return [letter.salutation, "", t("attached", { subject: letter.subject }), "", t("page", { url: page }), "", letter.signOff, "", letter.signatories[0]?.name ?? ""];
}

export function composeRequestedLetter(template: LetterTemplate, data: LetterRequest, now = new Date()): { letter: Letter; mission?: Mission } {
  let mission: Mission | undefined;
  if (data.recipient !== "custom") {
    mission = findRecipientChoice(data.recipient, listMissionsForCampaign(template.campaignId), template.recipientKind);
    if (!mission) throw new AppError("unknown_recipient", `recipient ${data.recipient}`, "recipient");
  }
  const letter = composeLetter({
    template,
    recipient: mission ? recipientFromMission(mission) : recipientFromRequest(data),
    recipientKind: template.recipientKind,
    sender: {
      name: data.senderName,
      organisation: data.senderOrganisation,
      role: data.senderRole,
      city: data.senderCity,
      country: data.senderCountry,
      addressLines: (data.senderAddress ?? "").split(/\r?\n/),
      email: data.senderEmail,
    },
    coSignatories: parseSignatories(data.coSignatories),
    date: data.date ? new Date(`${data.date}T12:00:00Z`) : now,
  });
  return { letter, mission };
}

/**
 * The organiser's preview: the template as a letter to the campaign's first directory entry of
 * its kind that has an address (or a sample recipient), from a sample sender.
 */
export function composeSampleLetter(
  campaignId: number,
  template: LetterTemplateText & { recipientKind: LetterTemplate["recipientKind"] },
  locale: string,
): Letter {
  const t = translatorFor(locale, "organise.letters.sample");
  const missions = listMissionsForCampaign(campaignId).filter((m) => m.addressLines?.length);
  const mission = missions.find((m) => m.kind === template.recipientKind) ?? missions[0];
  return composeLetter({
    template,
    recipient: mission
      ? recipientFromMission(mission)
      : { name: t("recipientName"), title: t("recipientTitle"), organisation: t("recipientOrganisation"), addressLines: [t("recipientAddress")] },
    sender: { name: t("senderName"), role: t("senderRole"), organisation: t("senderOrganisation"), city: t("senderCity"), addressLines: [] },
    coSignatories: [{ name: t("coSignatoryName"), role: t("coSignatoryRole"), organisation: t("coSignatoryOrganisation") }],
    date: new Date(),
    recipientKind: template.recipientKind,
  });
}

/** An ASCII file name from the template's title and the recipient's country. */
export function letterFilename(template: Pick<LetterTemplate, "title">, mission: Mission | undefined, extension: string): string {
  const base = slugify(template.title).slice(0, 60).replace(/-+$/, "") || "letter";
  return `${base}${mission ? `-${mission.hostCountry.toLowerCase()}` : ""}.${extension}`;
}
