import { randomBytes } from "node:crypto";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { prepareSplicedGzip, splicedGzip } from "@/lib/hot/spliced-gzip";

const join = (parts: Buffer[], fill: Buffer) => Buffer.concat(parts.flatMap((p, i) => (i === 0 ? [p] : [fill, p])));

describe("spliced gzip", () => {
  it("decompresses to the page with the fill at every split, for any fill", () => {
    const page = Buffer.from(
      `<html><script nonce="N">a</script>${"<p>Привет, мир</p>".repeat(2000)}<script nonce="N">b</script><i nonce="N"></i></html>`,
    );
    const parts = [];
    let from = 0;
    for (let at = page.indexOf("N"); at >= 0; at = page.indexOf("N", from)) {
      parts.push(page.subarray(from, at));
      from = at + 1;
    }
    parts.push(page.subarray(from));
    const prepared = prepareSplicedGzip(parts);
    for (let i = 0; i < 5; i++) {
      const fill = Buffer.from(randomBytes(16).toString("base64"));
      const gz = Buffer.concat(splicedGzip(prepared, fill));
      expect(gunzipSync(gz).equals(join(parts, fill))).toBe(true);
      // Compressed once: far smaller than the page.
      expect(gz.length).toBeLessThan(page.length / 10);
    }
  });

  it("handles a page without any split, and empty parts", () => {
    for (const parts of [
      [Buffer.from("plain")],
      [Buffer.alloc(0), Buffer.alloc(0)],
      [Buffer.from("a"), Buffer.alloc(0), Buffer.from("b")],
    ]) {
      const fill = Buffer.from("xyz");
      expect(gunzipSync(Buffer.concat(splicedGzip(prepareSplicedGzip(parts), fill))).toString()).toBe(join(parts, fill).toString());
    }
  });

  it("is refused by the decoder if a byte of the trailer is wrong (the test can fail)", () => {
    const gz = Buffer.concat(splicedGzip(prepareSplicedGzip([Buffer.from("a"), Buffer.from("b")]), Buffer.from("n")));
    gz[gz.length - 8] ^= 1;
    expect(() => gunzipSync(gz)).toThrow();
  });
});
