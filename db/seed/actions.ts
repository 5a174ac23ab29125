/**
 * Demo content: one report-back and one planned action, both marked as demo content. The report
 * rests on a fact from the domain brief (groups in Britain handed in letters at Kazakhstan's embassy
 * on 25-26 May 2016) and names nobody; the picket is a memorial on the Zhanaozen anniversary
 * (16 December) at the London embassy address from the directory.
 */
import "server-only";
import { and, eq } from "drizzle-orm";
import { zonedTimeToUtc } from "../../lib/calendar/zoned-time";
import type { DbOrTx } from "../client";
import { actionReports, missions, plannedActions, type Campaign } from "../schema";

/** The next 16 December (noon in London) that is still ahead of `now`. */
function nextAnniversary(now: Date): { start: Date; end: Date } {
  for (let year = now.getUTCFullYear(); ; year++) {
    const start = zonedTimeToUtc(`${year}-12-16T12:00`, "Europe/London");
    if (start.getTime() > now.getTime()) return { start, end: zonedTimeToUtc(`${year}-12-16T13:00`, "Europe/London") };
  }
}

export function seedActions(tx: DbOrTx, campaign: Campaign, now: Date): void {
  const london = tx
    .select()
    .from(missions)
    .where(and(eq(missions.campaignId, campaign.id), eq(missions.hostCountry, "GB")))
    .get();
  const handedIn = new Date("2016-05-25T12:00:00Z");
  tx.insert(actionReports)
    .values({
      campaignId: campaign.id,
      kind: "letter_delivered",
      actionDate: "2016-05-25",
      city: "London",
      country: "GB",
      missionId: london?.id ?? null,
      account:
        "Demo content. Supporters in Britain handed in a protest letter at the Embassy of Kazakhstan in London, one of the letters delivered in six countries on 25 and 26 May 2016. It called for the release of everyone arrested before the 21 May day of protest against the land reform, and for the right to peaceful assembly.",
      organisation: "Demo: a supporters' group in Britain",
      contactEmail: null,
      locale: "en",
      status: "approved",
      createdAt: handedIn,
      confirmedAt: handedIn,
      moderatedAt: handedIn,
    })
    .run();

  const { start, end } = nextAnniversary(now);
  tx.insert(plannedActions)
    .values({
      campaignId: campaign.id,
      title: "Demo: memorial picket on the anniversary of Zhanaozen",
      description:
        "Demo content. A memorial picket on the anniversary of 16 December 2011, when police fired on striking oil workers and their supporters in Zhanaozen. We repeat the demand for an independent international inquiry.",
      startsAt: start,
      endsAt: end,
      timeZone: "Europe/London",
      place: london?.addressLines?.slice(0, 2).join(", ") ?? "Kazakhstan House, 125 Pall Mall",
      city: "London",
      country: "GB",
      missionId: london?.id ?? null,
      contact: "Demo content: no real contact",
      locale: "en",
      status: "approved",
      createdAt: now,
      confirmedAt: now,
      moderatedAt: now,
    })
    .run();
}
