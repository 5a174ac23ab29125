/**
 * On a phone (390×844), every link, button and form control of the main public pages is at least
 * 24×24 CSS pixels (WCAG 2.2, 2.5.8 Target Size, minimum). As WCAG allows, a link inside a
 * sentence is left out (its size is set by the line of text), and a checkbox or radio button is
 * measured with its label, which is part of its target. Every region that scrolls sideways can be
 * reached and scrolled with the keyboard (tabindex=0) and has a name.
 */
import { CAMPAIGN, expect, MAIN_PETITION, test } from "./fixtures";

const PAGES = [
  "/en",
  "/en/campaigns",
  "/en/actions",
  `/en/campaigns/${CAMPAIGN}`,
  `/en/campaigns/${CAMPAIGN}/actions`,
  `/en/campaigns/${CAMPAIGN}/report`,
  `/en/campaigns/${CAMPAIGN}/actions/new`,
  `/en/petitions/${MAIN_PETITION}`,
  "/en/letters",
  "/en/my-data",
  "/en/privacy",
  "/ru",
];

test.use({ viewport: { width: 390, height: 844 } });

for (const path of PAGES) {
  test(`tap targets of at least 24×24 px and focusable scroll regions on ${path}`, async ({ page }) => {
    await page.goto(path);
    const small = await page.evaluate(() => {
      const MIN = 24;
      const blockOf = (el: Element) => el.closest("p, li, dd, dt, td, th, label, h1, h2, h3, div") ?? el.parentElement;
      const out: string[] = [];
      for (const el of document.querySelectorAll<HTMLElement>("a[href], button, input:not([type=hidden]), select, textarea, summary")) {
        const style = getComputedStyle(el);
        if (style.visibility === "hidden" || style.display === "none") continue;
        let rect = el.getBoundingClientRect();
        if (rect.width === 0 && rect.height === 0) continue; // not rendered (e.g. inside a closed <details>)
        if (el.closest(".sr-only") || (rect.width <= 1 && rect.height <= 1)) continue; // visually hidden until focused
        if (el.tagName === "A") {
          // A link in a sentence: its block has text of its own besides links (a row of links does not count).
          const block = blockOf(el);
          const own = block ? [...block.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE || (n instanceof Element && !n.matches("a, .sr-only") && !n.querySelector("a"))) : [];
          if (own.some((n) => (n.textContent ?? "").trim() !== "")) continue;
        }
        const input = el as HTMLInputElement;
        if (el.tagName === "INPUT" && (input.type === "checkbox" || input.type === "radio")) {
          const label = el.closest("label") ?? (el.id ? document.querySelector(`label[for="${el.id}"]`) : null);
          if (label) rect = label.getBoundingClientRect();
        }
        if (el.tagName === "INPUT" && input.type === "text" && el.closest('[aria-hidden="true"], [tabindex="-1"]')) continue; // the honeypot
        if (rect.width < MIN - 0.5 || rect.height < MIN - 0.5) {
          out.push(`${el.tagName.toLowerCase()} "${(el.textContent || el.getAttribute("aria-label") || el.getAttribute("name") || "").trim().slice(0, 40)}" ${Math.round(rect.width)}×${Math.round(rect.height)}`);
        }
      }
      return out;
    });
    expect(small).toEqual([]);

    const unreachable = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>("body *")]
        .filter((el) => {
          const overflow = getComputedStyle(el).overflowX;
          return (overflow === "auto" || overflow === "scroll") && el.scrollWidth > el.clientWidth;
        })
        .filter((el) => el.tabIndex < 0 || !(el.getAttribute("aria-label") || el.getAttribute("aria-labelledby")))
        .map((el) => `${el.tagName.toLowerCase()}.${el.className}`),
    );
    expect(unreachable).toEqual([]);
  });
}
