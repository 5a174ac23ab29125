/** Organisers type and read times in their own zone: the picker's groups, and a deadline typed in Almaty. */
import { describe, expect, it, beforeEach } from "vitest";
import { getCampaignById } from "@/db/queries/campaigns";
import { findUserById } from "@/db/queries/users";
import { addAdmin } from "@/lib/auth/admins";
import { timeZoneGroups, timeZoneLabel } from "@/lib/calendar/time-zone-options";
import { savePetition } from "@/lib/organise/petitions";
import { saveTimeZone } from "@/lib/organise/settings";
import { ruleOf } from "@/lib/organise/moderation";
import { invalidationSchema, petitionSchema, settingsSchema } from "@/lib/validation/organiser";
import { makeOpenPetition, resetDatabase } from "../fixtures/db";

beforeEach(() => resetDatabase());

describe("the time-zone picker", () => {
  it("offers UTC first, then every zone grouped under its country's name in the viewer's language", () => {
    const en = timeZoneGroups("en");
    expect(en[0]).toEqual({ label: "UTC", options: [{ value: "UTC", label: "UTC" }] });
    const kz = timeZoneGroups("ru").find((g) => g.label === "Казахстан");
    expect(kz?.options.map((o) => o.value)).toContain("Asia/Almaty");
    expect(kz?.options.find((o) => o.value === "Asia/Almaty")?.label).toMatch(/^Казахстан \(GMT\+5\) · Almaty$/);
    const names = en.slice(1).map((g) => g.label);
    expect(names).toEqual([...names].sort(new Intl.Collator("en").compare));
    expect(names).toContain("United Kingdom");
    expect(en.flatMap((g) => g.options).length).toBeGreaterThan(300);
  });

  it("labels a zone with its generic name and offset at that moment", () => {
    expect(timeZoneLabel("en", "Europe/London", new Date("2026-07-01T12:00:00Z"))).toBe("United Kingdom Time (GMT+1) · London");
    expect(timeZoneLabel("en", "Europe/London", new Date("2026-12-01T12:00:00Z"))).toBe("United Kingdom Time (GMT+0) · London");
  });

  it("refuses a zone that does not exist", () => {
    expect(settingsSchema.safeParse({ timeZone: "Mars/Olympus" }).success).toBe(false);
    expect(settingsSchema.safeParse({ timeZone: "Asia/Almaty" }).success).toBe(true);
  });
});

describe("a deadline typed in the organiser's zone", () => {
  it("is stored as the instant clocks show that time there", () => {
    const petition = makeOpenPetition();
    const campaign = getCampaignById(petition.campaignId)!;
    const user = addAdmin("almaty@example.org");
    saveTimeZone({ id: user.id, email: user.email, name: null, isAdmin: true, timeZone: "UTC" }, "Asia/Almaty");
    const timeZone = findUserById(user.id)!.timeZone!;
    expect(timeZone).toBe("Asia/Almaty");
    const organiser = { id: user.id, email: user.email, name: null, isAdmin: true, timeZone };
    const data = petitionSchema.parse({
      campaignId: String(campaign.id),
      petitionId: String(petition.id),
      title: petition.title,
      slug: petition.slug,
      addressee: petition.addressee,
      body: petition.body,
      goal: "100",
      status: "open",
      deadline: "2026-12-16T18:00",
      timeZone,
    });
    expect(savePetition(organiser, campaign, data, petition).deadline?.toISOString()).toBe("2026-12-16T13:00:00.000Z");
  });

  it("refuses a deadline that is not a date", () => {
    const r = petitionSchema.safeParse({ campaignId: "1", title: "T", slug: "t", addressee: "A", body: "B", goal: "1", status: "open", deadline: "16/12/2026", timeZone: "UTC" });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.message)).toContain("invalidDate");
  });
});

describe("moderation filters typed in the organiser's zone", () => {
  it("read from and to as wall-clock times there, to the millisecond; without a zone, as UTC", () => {
    const parsed = invalidationSchema.parse({ petitionId: "1", from: "2026-12-16T18:00", to: "2026-12-16T18:59:59.999", intent: "preview", timeZone: "Asia/Almaty" });
    const { rule } = ruleOf(parsed);
    expect(rule.from?.toISOString()).toBe("2026-12-16T13:00:00.000Z");
    expect(rule.to?.toISOString()).toBe("2026-12-16T13:59:59.999Z");
    const utc = ruleOf(invalidationSchema.parse({ petitionId: "1", from: "2026-12-16T18:00", intent: "preview" }));
    expect(utc.rule.from?.toISOString()).toBe("2026-12-16T18:00:00.000Z");
    expect(invalidationSchema.safeParse({ petitionId: "1", from: "2026-12-16T18:00", intent: "preview", timeZone: "Nowhere/Town" }).success).toBe(false);
  });
});
