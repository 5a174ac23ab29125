// The front door's hot path: its URLs come from the language list and the path helpers (so a new
// language needs no change in lib/hot), and what would switch it off silently is said loudly.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import frontDoor from "@picket/front-door";
import { hotRoutes, routes } from "@/lib/hot/routes";
import { forgetSignActionId, lookUpSignAction, SIGN_ACTION, signActionId } from "@/lib/hot/sign-action";
import { locales } from "@/lib/i18n/locales";
import { paths } from "@/lib/urls";

describe("hot routes", () => {
  const three = hotRoutes(["en", "ru", "kk"]);

  it("match what the path helpers give, in every language of the list, a third one included", () => {
    for (const locale of ["en", "ru", "kk"]) {
      expect(three.signForm(paths.petition(locale, "free-them-all"))).toEqual({ locale, slug: "free-them-all" });
      expect(three.signForm(`${paths.petition(locale, "free-them-all")}?x=1`)).toEqual({ locale, slug: "free-them-all" });
      for (const page of [paths.home(locale), paths.petition(locale, "p-1"), paths.campaign(locale, "c-2")]) {
        expect(three.cacheablePage(page)).toBe(true);
      }
    }
    expect(three.signatures(paths.petitionSignaturesApi("free-them-all"))).toBe("free-them-all");
    expect(three.facts(`${paths.petitionFactsApi("free-them-all")}?t=1`)).toBe("free-them-all");
  });

  it("leave everything else to Next: other languages, other pages, a trailing slash, an escape, a query on a page key", () => {
    expect(three.signForm(paths.petition("de", "p"))).toBeNull();
    expect(three.cacheablePage(paths.home("de"))).toBe(false);
    expect(three.signForm(paths.petitionThanks("kk", "p"))).toBeNull();
    for (const other of [paths.petitionThanks("kk", "p"), `${paths.petition("kk", "p")}/`, paths.petition("kk", "p%41"), paths.myData("kk"), `${paths.home("kk")}?q`]) {
      expect(three.cacheablePage(other)).toBe(false);
    }
    expect(three.facts(paths.petitionSignaturesApi("p"))).toBeNull();
    expect(three.signatures(paths.petitionFactsApi("p"))).toBeNull();
    expect(three.signatures(paths.petitionSignaturesApi("P_Q"))).toBeNull();
  });

  it("the site's own routes cover every language in lib/i18n/locales.ts", () => {
    for (const locale of locales) {
      expect(routes.signForm(paths.petition(locale, "s"))).toEqual({ locale, slug: "s" });
      expect(routes.cacheablePage(paths.campaign(locale, "s"))).toBe(true);
    }
  });
});

describe("the start-up self-check", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "picket-manifest-"));
  const write = (name: string, text: string) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, text);
    return file;
  };
  afterEach(() => {
    forgetSignActionId();
    vi.restoreAllMocks();
  });

  function loudLog(file: string): string {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    error.mockClear();
    forgetSignActionId();
    expect(signActionId(file)).toBeNull();
    expect(error).toHaveBeenCalledTimes(1);
    return String(error.mock.calls[0][0]);
  }

  it("says loudly that the hot sign form is off, and why, when the manifest is missing, garbled or lacks the action", () => {
    const missing = loudLog(path.join(dir, "nowhere.json"));
    expect(missing).toContain("HOT SIGN FORM IS OFF");
    expect(missing).toMatch(/could not be read/);
    expect(missing.split("\n").length).toBeGreaterThanOrEqual(4);
    expect(loudLog(write("garbled.json", "{ not json"))).toMatch(/HOT SIGN FORM IS OFF[\s\S]*could not be read/);
    const other = write("other.json", JSON.stringify({ node: { abc: { filename: "app/x.ts", exportedName: "signAction" } } }));
    expect(loudLog(other)).toMatch(/HOT SIGN FORM IS OFF[\s\S]*has no signAction/);
    expect(loudLog(write("null.json", "null"))).toMatch(/has no signAction/);
  });

  it("finds the id in a manifest that has it, quietly", () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const file = write("good.json", JSON.stringify({ node: { "40abc": { filename: SIGN_ACTION.file, exportedName: SIGN_ACTION.name } } }));
    expect(lookUpSignAction(file)).toEqual({ id: "40abc" });
    expect(signActionId(file)).toBe("40abc");
    expect(error).not.toHaveBeenCalled();
  });

  it("the front door names what the app did not register", async () => {
    expect(frontDoor.missingRegistrations()).toEqual([expect.stringMatching(/no hot handler/), expect.stringMatching(/no shutdown hook/)]);
    frontDoor.registerHotHandler(async () => {});
    frontDoor.registerShutdown(async () => {});
    expect(frontDoor.missingRegistrations()).toEqual([]);
  });
});
