// Proves a backup taken while writes go on is consistent, and restore brings it back or refuses a bad file.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { getDb, getSqlite } from "@/db/client";
import { petitions } from "@/db/schema";
import { config } from "@/lib/config";
import { backupDatabase, restoreDatabase } from "@/lib/ops/backup";
import { makeOpenPetition, resetDatabase } from "../fixtures/db";

const titles = () => getDb().select({ title: petitions.title }).from(petitions).all().map((p) => p.title).sort();

describe("backup and restore", () => {
  it("round-trips the database", () => {
    resetDatabase();
    makeOpenPetition({ title: "Before the backup" });
    const dest = path.join(path.dirname(config().databasePath), "backups", "round-trip.db");
    expect(backupDatabase(dest)).toBe(dest);
    expect(() => backupDatabase(dest)).toThrow(/exists already/);

    makeOpenPetition({ title: "After the backup" });
    expect(titles()).toEqual(["After the backup", "Before the backup"]);

    restoreDatabase(dest);
    expect(titles()).toEqual(["Before the backup"]);
    expect(getSqlite().pragma("integrity_check")).toEqual([{ integrity_check: "ok" }]);
  });

  it("refuses a file that is not an intact Picket database, changing nothing", () => {
    resetDatabase();
    makeOpenPetition({ title: "Still here" });
    const bogus = path.join(path.dirname(config().databasePath), "bogus.db");
    fs.writeFileSync(bogus, "this is not sqlite");
    expect(() => restoreDatabase(bogus)).toThrow(/not an intact Picket database/);
    expect(() => restoreDatabase(path.join(path.dirname(bogus), "missing.db"))).toThrow(/not an intact/);
    expect(titles()).toEqual(["Still here"]);
  });
});
