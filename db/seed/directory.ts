/**
 * Demo content: the recipient directory. Only the addresses sourced in the domain brief, each with
 * its source and the (approximate) date of that source; nothing invented. Every one of them is more
 * than a year old or unsourced, so the app flags them all "check before sending" — as it should.
 */
import "server-only";
import type { DbOrTx } from "../client";
import { missions, type Campaign, type NewMission } from "../schema";

const KAZAKH_MISSIONS: Omit<NewMission, "campaignId">[] = [
  {
    hostCountry: "CA",
    kind: "embassy",
    name: "Embassy of the Republic of Kazakhstan",
    headTitle: "Ambassador of the Republic of Kazakhstan to Canada",
    headName: "Mr Konstantin Zhigalov",
    addressForm: "excellency",
    addressLines: ["150 Metcalfe Street, Suites 1603-1604", "Ottawa, ON K2P 1P1", "Canada"],
    source: "Address and ambassador as used on protest letters sent to the embassy in May 2016",
    verifiedOn: "2016-05-25",
    notes: "The Ottawa embassy may have moved since 2016.",
  },
  {
    hostCountry: "GB",
    kind: "embassy",
    name: "Embassy of the Republic of Kazakhstan",
    headTitle: "Ambassador of the Republic of Kazakhstan to the United Kingdom",
    headName: "H.E. Mr Magzhan Ilyassov",
    addressForm: "excellency",
    addressLines: ["Kazakhstan House", "125 Pall Mall", "London SW1Y 5EA", "United Kingdom"],
    source: "Two Kazakh news reports quoting the Ministry of Foreign Affairs, and a diplomatic directory listing (about 2022)",
    verifiedOn: "2022-01-01",
    notes: "Date of the sources is approximate (about 2022); the head of mission may have changed.",
  },
  {
    hostCountry: "DE",
    kind: "embassy",
    name: "Embassy of the Republic of Kazakhstan, consular section",
    addressLines: ["Nordendstraße 14-17", "13156 Berlin", "Germany"],
    source: "The embassy's own website, consular section (about 2014)",
    verifiedOn: "2014-01-01",
    notes: "Another source gives the house numbers as 14-15: check them before sending.",
  },
  {
    hostCountry: "AU",
    kind: "embassy",
    name: "Embassy of the Republic of Kazakhstan in Singapore (accredited to Australia)",
    notes: "Australia has no Kazakh embassy; it is covered from the embassy in Singapore. No address sourced.",
  },
  {
    hostCountry: "AU",
    kind: "consulate",
    name: "Consulate-General of the Republic of Kazakhstan in Sydney",
    notes: "No address sourced.",
  },
];

export function seedDirectory(tx: DbOrTx, campaign: Campaign, now: Date): void {
  tx.insert(missions)
    .values(KAZAKH_MISSIONS.map((m) => ({ ...m, campaignId: campaign.id, createdAt: now })))
    .run();
}
