// Proves the signatures export's exact bytes: byte-order mark, columns, CRLF rows in id order, yes/no flags,
// ISO times (even at their limits), RFC 4180 quoting and defused formulas, and only the petition's own signatures.
import { beforeEach, describe, expect, it } from "vitest";
import { getSqlite } from "@/db/client";
import { signaturesCsv } from "@/lib/export/signatures-csv";
import { makeOpenPetition, resetDatabase } from "../fixtures/db";

const insert = (row: Record<string, unknown>) =>
  getSqlite()
    .prepare(
      `insert into signatures (id, petition_id, name, email, email_fingerprint, country, city, organisation, comment, comment_hidden,
              name_display, opt_in_updates, consent_version, locale, source, status, created_at, confirmed_at)
       values (:id, :petition_id, :name, :email, :fp, :country, :city, :organisation, :comment, :comment_hidden,
               :name_display, :opt_in_updates, '2026-11-23', :locale, :source, :status, :created_at, :confirmed_at)`,
    )
    .run({
      fp: `fp${row.id}`,
      city: null,
      organisation: null,
      comment: null,
      comment_hidden: 0,
      opt_in_updates: 0,
      locale: "en",
      source: null,
      confirmed_at: null,
      ...row,
    });

async function exportText(petitionId: number): Promise<string> {
  const bytes = await new Response(signaturesCsv(petitionId)).arrayBuffer();
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
}

/** The id column of every exported row, in order. */
async function exportedIds(petitionId: number): Promise<number[]> {
  return (await exportText(petitionId))
    .split("\r\n")
    .slice(1, -1)
    .map((line) => Number(line.split(",")[0]));
}

beforeEach(() => resetDatabase());

describe("signatures export", () => {
  it("writes every signature of the petition, in id order, byte for byte", async () => {
    const petition = makeOpenPetition();
    const other = makeOpenPetition();
    insert({
      id: 12,
      petition_id: petition.id,
      name: '=HYPERLINK("http://evil.example")',
      email: "minus@example.org",
      country: "KZ",
      city: "-Aktau",
      organisation: "+7 union, local 5",
      comment: 'They said "no".\r\nWe came back\nagain',
      comment_hidden: 1,
      name_display: "anonymous",
      source: "@news",
      status: "pending",
      created_at: 0,
    });
    insert({
      id: 7,
      petition_id: petition.id,
      name: "Жанар Сәрсенова",
      email: "zhanar@example.org",
      country: "GB",
      city: "\tTabbed",
      organisation: "\rReturn",
      name_display: "first_country",
      opt_in_updates: 1,
      locale: "ru",
      status: "confirmed",
      created_at: 1_763_900_000_123,
      confirmed_at: 1_763_986_399_999,
    });
    insert({
      id: 20,
      petition_id: petition.id,
      name: "Edge of time",
      email: "time@example.org",
      country: "FR",
      name_display: "full",
      status: "confirmed",
      created_at: -1,
      confirmed_at: 8.64e15,
    });
    insert({
      id: 9,
      petition_id: other.id,
      name: "Elsewhere",
      email: "else@example.org",
      country: "DE",
      name_display: "full",
      status: "confirmed",
      created_at: 1,
    });

    expect(await exportText(petition.id)).toBe(
      "\uFEFFid,status,name,email,country,city,organisation,comment,comment_hidden,name_display,opt_in_updates,consent_version,consent_locale,source,signed_at,confirmed_at\r\n" +
        "7,confirmed,Жанар Сәрсенова,zhanar@example.org,GB,'\tTabbed,\"'\rReturn\",,no,first_country,yes,2026-11-23,ru,,2025-11-23T12:13:20.123Z,2025-11-24T12:13:19.999Z\r\n" +
        '12,pending,"\'=HYPERLINK(""http://evil.example"")",minus@example.org,KZ,\'-Aktau,"\'+7 union, local 5","They said ""no"".\r\nWe came back\nagain",yes,anonymous,no,2026-11-23,en,\'@news,1970-01-01T00:00:00.000Z,\r\n' +
        "20,confirmed,Edge of time,time@example.org,FR,,,,no,full,no,2026-11-23,en,,1969-12-31T23:59:59.999Z,'+275760-09-13T00:00:00.000Z\r\n",
    );
  });

  it("reads a petition larger than one batch whole and in order, past other petitions' rows", async () => {
    const petition = makeOpenPetition();
    const other = makeOpenPetition();
    getSqlite().transaction(() => {
      for (let i = 1; i <= 2_345; i++) {
        insert({
          id: 2 * i,
          petition_id: petition.id,
          name: `Signer ${i}`,
          email: `s${i}@example.org`,
          country: "GB",
          name_display: "full",
          status: "confirmed",
          created_at: i,
        });
        insert({
          id: 2 * i + 1,
          petition_id: other.id,
          name: `Other ${i}`,
          email: `o${i}@example.org`,
          country: "GB",
          name_display: "full",
          status: "confirmed",
          created_at: i,
        });
      }
    })();
    const ids = await exportedIds(petition.id);
    expect(ids).toEqual(Array.from({ length: 2_345 }, (_, i) => 2 * (i + 1)));
  });

  it("reads a petition with a small share of the table through its index, whole and in order", async () => {
    const petition = makeOpenPetition();
    const other = makeOpenPetition();
    const sqlite = getSqlite();
    const start = ((sqlite.prepare("select max(id) as last from signatures").get() as { last: number | null }).last ?? 0) + 1;
    sqlite.transaction(() => {
      for (let i = 0; i < 500; i++) {
        const mine = i % 50 === 7;
        insert({
          id: start + i,
          petition_id: mine ? petition.id : other.id,
          name: `Signer ${i}`,
          email: `x${start + i}@example.org`,
          country: "GB",
          name_display: "full",
          status: "confirmed",
          created_at: i,
        });
      }
    })();
    const ids = await exportedIds(petition.id);
    expect(ids).toEqual(Array.from({ length: 10 }, (_, k) => start + 7 + 50 * k));
  });

  it("writes only the header for a petition without signatures", async () => {
    expect(await exportText(makeOpenPetition().id)).toBe(
      "\uFEFFid,status,name,email,country,city,organisation,comment,comment_hidden,name_display,opt_in_updates,consent_version,consent_locale,source,signed_at,confirmed_at\r\n",
    );
  });
});
