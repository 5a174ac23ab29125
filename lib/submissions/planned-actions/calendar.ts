/** The .ics file of one approved planned action: when, where, what, and whom to contact. */
import "server-only";
import type { PlannedAction } from "@/db/schema";
import { buildIcs } from "@/lib/calendar/ics";
import { config } from "@/lib/config";
import { countryName } from "@/lib/i18n/countries";
import { translatorFor } from "@/lib/i18n/translator";
import { absoluteUrl, paths } from "@/lib/urls";

export function plannedActionIcs(action: PlannedAction, campaign: { slug: string; title: string }, now = new Date()): string {
  const locale = action.locale;
  const t = translatorFor(locale, "plannedAction.ics");
  const description = [action.description, t("contact", { contact: action.contact }), t("campaign", { campaign: campaign.title })]
    .filter(Boolean)
    .join("\n\n");
  return buildIcs({
    uid: `planned-action-${action.id}@${new URL(config().appUrl).host}`,
    stamp: now,
    start: action.startsAt,
    end: action.endsAt,
    summary: action.title,
    location: [action.place, action.city, countryName(action.country, locale)].join(", "),
    description,
    url: absoluteUrl(paths.actionsWall(locale, campaign.slug)),
  });
}

/** A file name any system accepts: the action's id and a Latin-only slug of its title. */
export function icsFileName(action: Pick<PlannedAction, "id" | "title">): string {
  const slug = action.title.normalize("NFKD").replace(/[^A-Za-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 40).toLowerCase();
  return `picket-action-${action.id}${slug ? `-${slug}` : ""}.ics`;
}
