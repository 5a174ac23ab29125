// Proves emails render in the signer's language with an HTML and a plain-text part carrying the link.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { redactPayload, renderEmail, renderEmailDirect } from "@/lib/mail/templates";
import { absoluteUrl, paths } from "@/lib/urls";
import { signatureSchema } from "@/lib/validation/signature";

const props = (locale: string) => ({ locale, name: "Олжас", petitionTitle: "Free them", confirmUrl: "http://picket.test/x/confirm/abc" });

describe("renderEmail", () => {
  it("renders the confirmation in English", async () => {
    const mail = await renderEmail("confirm-signature", props("en"));
    expect(mail.subject).toBe("Confirm your signature: Free them");
    expect(mail.html).toContain('lang="en"');
    expect(mail.html).toContain("http://picket.test/x/confirm/abc");
    expect(mail.text).toContain("http://picket.test/x/confirm/abc");
    expect(mail.text).toContain("Hello Олжас,");
  });

  it("renders the confirmation in Russian", async () => {
    const mail = await renderEmail("confirm-signature", props("ru"));
    expect(mail.subject).toMatch(/^Подтвердите подпись/);
    expect(mail.subject).toContain("Free them");
    expect(mail.html).toContain('lang="ru"');
    expect(mail.html).not.toContain('lang="en"');
    expect(mail.html).toContain('href="http://picket.test/x/confirm/abc"');
    expect(mail.text).toContain("http://picket.test/x/confirm/abc");
    expect(mail.text).toContain("Здравствуйте, Олжас!");
  });

  it("adds one-click unsubscribe headers to campaign updates", async () => {
    const mail = await renderEmail("campaign-update", {
      locale: "en",
      campaignTitle: "C",
      title: "News",
      bodyHtml: "<p>Body</p>",
      readMoreUrl: "http://picket.test/en/campaigns/c",
      unsubscribePageUrl: "http://picket.test/en/unsubscribe?t=x",
      unsubscribePostUrl: "http://picket.test/api/unsubscribe?t=x",
    });
    expect(mail.headers).toEqual({ "List-Unsubscribe": "<http://picket.test/api/unsubscribe?t=x>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" });
  });

  it("refuses an unknown template", async () => {
    await expect(renderEmail("nope", {})).rejects.toThrow(/Unknown email template/);
    await expect(renderEmail("toString", {})).rejects.toThrow(/Unknown email template/);
  });

  it("forgets one-time links after delivery and nothing else", () => {
    const payload = props("en");
    expect(redactPayload("confirm-signature", payload)).toEqual({ ...payload, confirmUrl: "[redacted after delivery]" });
    expect(payload.confirmUrl).toBe("http://picket.test/x/confirm/abc");
    const already = { locale: "en", name: "A", petitionTitle: "T", petitionUrl: "http://picket.test/en/petitions/t" };
    expect(redactPayload("already-signed", already)).toEqual(already);
  });
});

describe("the skeleton cache", () => {
  it("gives exactly what a direct render gives, with personal values escaped in HTML", async () => {
    for (const locale of ["en", "ru"]) {
      for (const name of ['Ada "<b>" & Co', "Олжас O'Brien"]) {
        const payload = { locale, name, petitionTitle: "Free them & <now>", confirmUrl: `http://picket.test/${locale}/confirm/tok_${name.length}` };
        const [cached, direct] = [await renderEmail("confirm-signature", payload), await renderEmailDirect("confirm-signature", payload)];
        expect(cached).toEqual(direct);
      }
    }
  });

  it("gives what a direct render gives for any name the sign form accepts", async () => {
    for (const raw of ["Dana   Signer", "Dana\tSigner\r\nJunior", "x".repeat(100)]) {
      const { name } = signatureSchema.parse({ name: raw, email: "a@example.org", country: "DE" });
      const payload = { locale: "en", name, petitionTitle: "Free them", confirmUrl: "http://picket.test/en/confirm/tok" };
      const [cached, direct] = [await renderEmail("confirm-signature", payload), await renderEmailDirect("confirm-signature", payload)];
      expect(cached.text).toBe(direct.text);
      expect(cached.html).toBe(direct.html);
    }
  });
});

// docs/PRIVACY.md: "My data" is linked from the footer of supporters' emails. Every template in emails/
// must be listed here as going to supporters (footer link required) or not; a new one fails until sorted.
describe("the My data footer", () => {
  const TO_SUPPORTERS = ["already-signed", "campaign-update", "confirm-report", "confirm-signature", "report-decision"];
  // Organisers' sign-in and review emails, and the "My data" link email, which is itself that link.
  const NOT_ABOUT_SUPPORTERS_RECORDS = ["campaign-review", "magic-link", "my-data-link"];

  it("sorts every template in emails/", () => {
    const files = readdirSync(join(process.cwd(), "emails")).filter((f) => f.endsWith(".tsx")).map((f) => f.replace(/\.tsx$/, ""));
    expect(files.sort()).toEqual([...TO_SUPPORTERS, ...NOT_ABOUT_SUPPORTERS_RECORDS].sort());
  });

  for (const name of TO_SUPPORTERS) {
    it(`${name} links to My data in both languages`, async () => {
      const { default: Email } = await import(`@/emails/${name}`);
      const kinds = name === "confirm-report" ? ["report", "plannedAction"] : [undefined];
      for (const locale of ["en", "ru"]) {
        for (const kind of kinds) {
          const props = { ...Email.PreviewProps, locale, ...(kind ? { kind } : {}) };
          const mail = await renderEmailDirect(name, props);
          expect(mail.html, `${name} ${locale} ${kind ?? ""}`).toContain(`href="${absoluteUrl(paths.myData(locale))}"`);
        }
      }
    });
  }

  for (const name of NOT_ABOUT_SUPPORTERS_RECORDS) {
    it(`${name} has no My data footer link`, async () => {
      const { default: Email } = await import(`@/emails/${name}`);
      const mail = await renderEmailDirect(name, Email.PreviewProps);
      expect(mail.html).not.toContain("/my-data\"");
    });
  }
});

// Every email, byte for byte: a change to a template's markup or wording shows here (update the
// snapshot only when the change is meant).
describe("every template renders as before", () => {
  const VARIANTS: Record<string, Record<string, unknown>[]> = {
    "confirm-report": [{ kind: "report" }, { kind: "plannedAction" }],
    "magic-link": [{}, { invitedBy: "Dana", campaignTitle: "Free them", role: "editor", days: 7 }],
    "campaign-review": [{ decision: "approved", reason: undefined }, { decision: "declined" }],
    "report-decision": [{ decision: "approved", reply: "" }, { decision: "declined" }],
    "confirm-signature": [{}, { siteOrigin: "http://picketexample.onion" }],
  };
  const names = readdirSync(join(process.cwd(), "emails")).filter((f) => f.endsWith(".tsx")).map((f) => f.replace(/\.tsx$/, ""));
  for (const name of names.sort()) {
    it(name, async () => {
      const { default: Email } = await import(`@/emails/${name}`);
      for (const locale of ["en", "ru"]) {
        for (const variant of VARIANTS[name] ?? [{}]) {
          const mail = await renderEmailDirect(name, { ...Email.PreviewProps, locale, ...variant });
          expect(mail).toMatchSnapshot(`${locale} ${JSON.stringify(variant)}`);
        }
      }
    });
  }
});
