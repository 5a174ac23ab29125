// Proves emails render in the signer's language with an HTML and a plain-text part carrying the link.
import { describe, expect, it } from "vitest";
import { renderEmail } from "@/lib/mail/templates";

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
    expect(mail.html).toContain('lang="ru"');
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
  });
});

describe("the skeleton cache", () => {
  it("gives exactly what a direct render gives, with personal values escaped in HTML", async () => {
    const { renderEmailDirect } = await import("@/lib/mail/templates");
    for (const locale of ["en", "ru"]) {
      for (const name of ['Ada "<b>" & Co', "Олжас O'Brien"]) {
        const payload = { locale, name, petitionTitle: "Free them & <now>", confirmUrl: `http://picket.test/${locale}/confirm/tok_${name.length}` };
        const [cached, direct] = [await renderEmail("confirm-signature", payload), await renderEmailDirect("confirm-signature", payload)];
        expect(cached).toEqual(direct);
      }
    }
  });
});
