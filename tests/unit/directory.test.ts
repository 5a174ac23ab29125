// Proves the directory's CSV import and export: every bad cell is reported with its row and column,
// nothing is written before the organiser confirms, a confirmed import is one transaction, rows
// match existing entries by host country + kind + name, and export → import gives back the same data.
import { parse } from "csv-parse/sync";
import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb, getSqlite } from "@/db/client";
import { getCampaignById } from "@/db/queries/campaigns";
import { insertMission, listMissionCountries, listMissionsForCampaign, listMissionsPage } from "@/db/queries/missions";
import { auditLog, type Campaign, type Mission } from "@/db/schema";
import { addAdmin } from "@/lib/auth/admins";
import type { Organiser } from "@/lib/auth/session";
import { DIRECTORY_CSV_HEADER, IMPORT_MAX_BYTES, IMPORT_MAX_ROWS, missionCsvValues, readDirectoryCsv } from "@/lib/directory/csv";
import { missionValues, saveMission } from "@/lib/directory/entries";
import { checkDirectoryImport, importDirectoryCsv } from "@/lib/directory/import";
import { csvStream } from "@/lib/export/csv";
import { missionFieldsSchema, missionSchema } from "@/lib/validation/directory";
import { makeOpenPetition, resetDatabase } from "../fixtures/db";

const HEADER = DIRECTORY_CSV_HEADER.join(",");
const OTTAWA = `CA,embassy,Embassy of the Republic of Kazakhstan,Ambassador,Mr Konstantin Zhigalov,"150 Metcalfe Street, Suites 1603-1604
Ottawa, ON K2P 1P1
Canada",,,,Protest letters of May 2016,2016-05-25,`;
const BERLIN = `DE,embassy,"Embassy of the Republic of Kazakhstan, consular section",,,"Nordendstraße 14-17
13156 Berlin",,,,Embassy website (about 2014),2014-01-01,Check the house numbers`;

let campaign: Campaign;
let organiser: Organiser;

function newCampaign(): Campaign {
  return getCampaignById(makeOpenPetition().campaignId)!;
}

const entries = (c: Campaign = campaign) => listMissionsForCampaign(c.id);
const content = (m: Mission) => {
  const { id: _id, campaignId: _c, createdAt: _cr, updatedAt: _u, ...rest } = m;
  return rest;
};

async function exportCsv(c: Campaign): Promise<string> {
  const bytes = await new Response(csvStream(DIRECTORY_CSV_HEADER, entries(c).values(), missionCsvValues)).arrayBuffer();
  // Keep the byte-order mark, as a file saved from the download has it.
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
}

beforeEach(() => {
  resetDatabase();
  campaign = newCampaign();
  const user = addAdmin("owner@example.org");
  organiser = { id: user.id, email: user.email, name: null, isAdmin: true, timeZone: "UTC" };
});

describe("row validation", () => {
  it("reports each bad cell with its row number (header = row 1) and column", () => {
    const csv = [
      HEADER,
      OTTAWA, // rows 2-4 of the text, but one CSV row: row 2
      "XX,embassy,Embassy in nowhere,,,,not-an-email,,ftp://example.org,,2016-02-30,", // row 3
      "GB,palace,,,,,,phone?,,,2999-01-01,", // row 4
      BERLIN, // row 5
      "",
      "FR,embassy,Embassy in Paris", // row 7: too few cells
    ].join("\r\n");
    const report = checkDirectoryImport(campaign.id, csv);
    expect(report.fileProblems).toEqual([]);
    expect(report.rowProblems).toEqual([
      { row: 3, field: "host_country", code: "invalidCountry" },
      { row: 3, field: "email", code: "invalidEmail" },
      { row: 3, field: "website", code: "invalidUrl" },
      { row: 3, field: "verified_on", code: "invalidDay" },
      { row: 4, field: "kind", code: "invalidChoice" },
      { row: 4, field: "name", code: "required" },
      { row: 4, field: "phone", code: "invalidPhone" },
      { row: 4, field: "verified_on", code: "futureDay" },
      { row: 7, field: null, code: "cellCount", params: { found: 3, expected: 12 } },
    ]);
    expect(report).toMatchObject({ rows: 5, valid: 2, invalid: 3, inserts: 2, updates: 0 });
  });

  it("reports too long cells with their limit, and a row repeating an earlier one", () => {
    const long = "x".repeat(201);
    const report = checkDirectoryImport(campaign.id, [HEADER, `GB,embassy,${long},,,,,,,,,`, OTTAWA, OTTAWA].join("\n"));
    expect(report.rowProblems).toEqual([
      { row: 2, field: "name", code: "tooLong", params: { max: 200 } },
      { row: 4, field: "name", code: "duplicateInFile", params: { row: 3 } },
    ]);
  });

  it("uses the entry form's schema: the same values pass or fail in both", () => {
    const row = { hostCountry: "ca", kind: "embassy", name: " Embassy ", addressLines: "1 Street\n\n  City  ", website: "https://example.org" };
    const fromRow = missionFieldsSchema.parse(row);
    const fromForm = missionSchema.parse({ ...row, campaignId: "1", missionId: "" });
    expect(fromForm).toMatchObject(fromRow);
    expect(fromRow).toMatchObject({ hostCountry: "CA", name: "Embassy", addressLines: ["1 Street", "City"] });
    expect(missionSchema.safeParse({ ...row, campaignId: "1", website: "javascript:alert(1)" }).success).toBe(false);
    expect(missionSchema.parse({ ...row, campaignId: "1" }).missionId).toBeUndefined();
    expect(missionSchema.parse({ ...row, campaignId: "1", missionId: "7" }).missionId).toBe(7);
  });
});

describe("file-level problems", () => {
  const problems = (csv: string) => {
    const read = readDirectoryCsv(csv);
    return read.ok ? [] : read.problems.map((p) => p.code);
  };

  it("refuse missing, unknown and repeated columns, empty files and broken quoting", () => {
    expect(problems("host_country,kind,name\nGB,embassy,X")).toEqual(["missingColumns"]);
    expect(problems(`${HEADER},fax\n${OTTAWA},`)).toEqual(["unknownColumns"]);
    expect(problems(`${HEADER},name\n${OTTAWA},x`)).toEqual(["duplicateColumns"]);
    expect(problems("")).toEqual(["empty"]);
    expect(problems(`${HEADER}\n`)).toEqual(["noRows"]);
    expect(problems(`${HEADER}\nGB,embassy,"unclosed`)).toEqual(["unreadable"]);
    const read = readDirectoryCsv("name,kind\nX,embassy");
    expect(read.ok ? undefined : read.problems[0]).toEqual({ code: "missingColumns", columns: "host_country, head_title, head_name, address_lines, email, phone, website, source, verified_on, notes" });
  });

  it("bound the size and the number of rows", () => {
    const rows = Array.from({ length: IMPORT_MAX_ROWS + 1 }, (_, i) => `GB,embassy,E${i},,,,,,,,,`);
    expect(problems([HEADER, ...rows].join("\n"))).toEqual(["tooManyRows"]);
    expect(problems(`${HEADER}\n${"GB,embassy,E,,,,,,,,,x\n".repeat(IMPORT_MAX_BYTES / 20)}`)).toEqual(["fileTooLarge"]);
  });

  it("accept a byte-order mark, semicolons and columns in any order", () => {
    const reordered = ["name", "kind", "host_country", ...DIRECTORY_CSV_HEADER.slice(3)].join(";");
    const read = readDirectoryCsv(`\uFEFF${reordered}\nEmbassy;embassy;GB;;;;;;;;;`);
    expect(read.ok && read.rows[0].fields).toMatchObject({ hostCountry: "GB", kind: "embassy", name: "Embassy" });
  });
});

describe("importing", () => {
  const mixed = [HEADER, OTTAWA, "XX,embassy,Bad country,,,,,,,,,", BERLIN, "GB,embassy,Bad date,,,,,,,,yesterday,"].join("\n");

  it("writes nothing at the check, and nothing when rows have problems unless only the valid rows are chosen", () => {
    checkDirectoryImport(campaign.id, mixed);
    expect(entries()).toEqual([]);
    expect(() => importDirectoryCsv(organiser, campaign, mixed, "all")).toThrow(expect.objectContaining({ code: "import_has_errors" }));
    expect(entries()).toEqual([]);
    expect(getDb().select().from(auditLog).where(eq(auditLog.action, "directory.import")).all()).toEqual([]);

    expect(importDirectoryCsv(organiser, campaign, mixed, "valid")).toEqual({ inserted: 2, updated: 0, skipped: 2 });
    expect(entries().map((m) => [m.hostCountry, m.name])).toEqual([
      ["CA", "Embassy of the Republic of Kazakhstan"],
      ["DE", "Embassy of the Republic of Kazakhstan, consular section"],
    ]);
    expect(entries()[0].addressLines).toEqual(["150 Metcalfe Street, Suites 1603-1604", "Ottawa, ON K2P 1P1", "Canada"]);
    const audit = getDb().select().from(auditLog).where(eq(auditLog.action, "directory.import")).all();
    expect(audit.map((a) => a.detail)).toEqual([{ mode: "valid", inserted: 2, updated: 0, skipped: 2 }]);
  });

  it("writes the valid rows in one transaction: a failure on the last leaves none of them", () => {
    getSqlite().exec(`create temp trigger refuse_boom before insert on missions when new.name = 'Boom'
      begin select raise(abort, 'boom'); end`);
    try {
      const csv = [HEADER, OTTAWA, "GB,embassy,,,,,,,,,,", BERLIN, "FR,embassy,Boom,,,,,,,,,"].join("\n");
      expect(() => importDirectoryCsv(organiser, campaign, csv, "valid")).toThrow(/boom/);
      expect(entries()).toEqual([]);
      expect(getDb().select().from(auditLog).all().filter((a) => a.action === "directory.import")).toEqual([]);
    } finally {
      getSqlite().exec("drop trigger refuse_boom");
    }
  });

  it("updates the entry with the same host country, kind and name, and adds every other row", () => {
    const ottawa = insertMission(getDb(), campaign.id, { hostCountry: "CA", kind: "embassy", name: "Embassy of the Republic of Kazakhstan", notes: "old" });
    const consulate = insertMission(getDb(), campaign.id, { hostCountry: "CA", kind: "consulate", name: "Embassy of the Republic of Kazakhstan" });
    const csv = [HEADER, OTTAWA, BERLIN].join("\n");
    expect(checkDirectoryImport(campaign.id, csv)).toMatchObject({ valid: 2, inserts: 1, updates: 1 });
    expect(importDirectoryCsv(organiser, campaign, csv, "all")).toEqual({ inserted: 1, updated: 1, skipped: 0 });
    const after = entries();
    expect(after).toHaveLength(3);
    const updated = after.find((m) => m.id === ottawa.id)!;
    expect(updated).toMatchObject({ headName: "Mr Konstantin Zhigalov", verifiedOn: "2016-05-25", notes: null });
    expect(after.find((m) => m.id === consulate.id)).toMatchObject({ headName: null, addressLines: null });
    // The same key in another campaign is another entry.
    const other = newCampaign();
    expect(checkDirectoryImport(other.id, csv)).toMatchObject({ inserts: 2, updates: 0 });
  });

  it("stores the form of address from the entry form; a CSV import (which has no such column) leaves it as it is", () => {
    const form = (addressForm: string) => missionSchema.parse({ campaignId: "1", hostCountry: "CA", kind: "embassy", name: "Embassy of the Republic of Kazakhstan", addressForm });
    expect(missionSchema.safeParse({ campaignId: "1", hostCountry: "CA", kind: "embassy", name: "E", addressForm: "your-majesty" }).success).toBe(false);
    const saved = saveMission(organiser, campaign, form("excellency"));
    expect(entries()[0].addressForm).toBe("excellency");
    importDirectoryCsv(organiser, campaign, [HEADER, OTTAWA].join("\n"), "all");
    expect(entries()[0]).toMatchObject({ id: saved.id, addressForm: "excellency", headName: "Mr Konstantin Zhigalov" });
    saveMission(organiser, campaign, form(""), entries()[0]);
    expect(entries()[0].addressForm).toBeNull(); // "from the title"
  });

  it("refuses a second entry with the same key from the form", () => {
    const data = missionFieldsSchema.parse({ hostCountry: "GB", kind: "embassy", name: "Embassy" });
    saveMission(organiser, campaign, data);
    expect(() => saveMission(organiser, campaign, data)).toThrow(expect.objectContaining({ code: "mission_exists", field: "name" }));
  });
});

describe("export", () => {
  const tricky = {
    hostCountry: "GB",
    kind: "embassy" as const,
    name: '=HYPERLINK("http://evil.example","click")',
    headTitle: "'Quoted' title",
    headName: "-Mr Minus",
    addressLines: ["Kazakhstan House", "125 Pall Mall, \"Mayfair\"", "London SW1Y 5EA"],
    email: "embassy@example.org",
    phone: "+44 20 7925 1757",
    website: "https://example.org/a?b=c,d",
    source: "@news: two reports; a directory",
    verifiedOn: "2022-01-01",
    notes: "Line one\nСтрока два; 'три'",
  };

  it("neutralises formulas in cells", async () => {
    insertMission(getDb(), campaign.id, tricky);
    const csv = await exportCsv(campaign);
    expect(csv.startsWith(`\uFEFF${HEADER}\r\n`)).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(csv).toContain(",'+44 20 7925 1757,");
    expect(csv).toContain(",'-Mr Minus,");
    expect(csv).toContain(",'@news: two reports; a directory,");
    expect(csv).toContain(`"Kazakhstan House\n125 Pall Mall, ""Mayfair""\nLondon SW1Y 5EA"`);
    // As a spreadsheet reads the file: no cell starts with a formula character.
    const cells = (parse(csv, { bom: true }) as string[][]).flat();
    expect(cells.filter((c) => /^[=+\-@]/.test(c))).toEqual([]);
  });

  it("round-trips: export → import into an empty directory gives the same entries, and re-import changes nothing", async () => {
    insertMission(getDb(), campaign.id, tricky);
    insertMission(getDb(), campaign.id, { hostCountry: "AU", kind: "consulate", name: "Consulate-General in Sydney", notes: "No address sourced." });
    insertMission(getDb(), campaign.id, { ...missionValues(missionFieldsSchema.parse({ hostCountry: "CA", kind: "embassy", name: "'=1+1" })) });
    const csv = await exportCsv(campaign);

    const copy = newCampaign();
    expect(checkDirectoryImport(copy.id, csv)).toMatchObject({ rowProblems: [], valid: 3, inserts: 3 });
    importDirectoryCsv(organiser, copy, csv, "all");
    expect(entries(copy).map(content)).toEqual(entries().map(content));

    const before = entries().map(content);
    expect(importDirectoryCsv(organiser, campaign, csv, "all")).toEqual({ inserted: 0, updated: 3, skipped: 0 });
    expect(entries().map(content)).toEqual(before);
    expect(await exportCsv(copy)).toBe(csv);
  });
});

describe("the directory list", () => {
  it("pages through entries in the given country order, keeping a country together, and filters by country", () => {
    expect(listMissionsPage(campaign.id, { countryOrder: [], limit: 10, offset: 0 })).toEqual({ items: [], total: 0 });
    for (const [hostCountry, name] of [["DE", "Berlin"], ["CA", "Ottawa"], ["DE", "Bonn"], ["GB", "London"]]) {
      insertMission(getDb(), campaign.id, { hostCountry, kind: "embassy", name });
    }
    insertMission(getDb(), newCampaign().id, { hostCountry: "FR", kind: "embassy", name: "Elsewhere" });
    expect(listMissionCountries(campaign.id).sort()).toEqual(["CA", "DE", "GB"]);
    // Russian order: Великобритания, Германия, Канада.
    const order = ["GB", "DE", "CA"];
    const page1 = listMissionsPage(campaign.id, { countryOrder: order, limit: 3, offset: 0 });
    const page2 = listMissionsPage(campaign.id, { countryOrder: order, limit: 3, offset: 3 });
    expect([...page1.items, ...page2.items].map((m) => m.name)).toEqual(["London", "Berlin", "Bonn", "Ottawa"]);
    expect(page1.total).toBe(4);
    expect(listMissionsPage(campaign.id, { country: "DE", countryOrder: order, limit: 10, offset: 0 }).items.map((m) => m.name)).toEqual(["Berlin", "Bonn"]);
  });
});
