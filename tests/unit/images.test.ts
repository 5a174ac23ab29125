// Proves uploaded cover images are re-encoded without any metadata (GPS above all), resized, and refused when not images.
import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { config } from "@/lib/config";
import { AppError } from "@/lib/errors";
import { storeCoverImage, uploadFilePath } from "@/lib/uploads/images";

async function jpegWithGps(width: number, height: number): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: "#b91c1c" } })
    .withExif({ IFD0: { Make: "PhoneMaker", Model: "Spyphone" }, IFD3: { GPSLatitudeRef: "N", GPSLatitude: "43/1 21/1 0/1" } })
    .jpeg()
    .toBuffer();
}

describe("cover images", () => {
  it("strips every piece of metadata and resizes", async () => {
    const input = await jpegWithGps(3000, 2000);
    expect((await sharp(input).metadata()).exif).toBeDefined();
    const stored = await storeCoverImage(new File([new Uint8Array(input)], "picket.jpg", { type: "image/jpeg" }));
    expect(stored).toMatch(/^\/uploads\/covers\/[a-f0-9]{32}\.webp$/);
    const file = uploadFilePath(stored!.split("/").slice(2))!;
    expect(file.startsWith(path.resolve(config().uploadsDir)) || file.startsWith(config().uploadsDir)).toBe(true);
    const meta = await sharp(fs.readFileSync(file)).metadata();
    expect(meta.format).toBe("webp");
    expect(meta.exif).toBeUndefined();
    expect(meta.icc).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
    expect(meta.width).toBe(1500);
    expect(meta.height).toBe(1000);
  });

  it("ignores an empty file field", async () => {
    expect(await storeCoverImage(new File([], "", { type: "application/octet-stream" }))).toBeUndefined();
    expect(await storeCoverImage(null)).toBeUndefined();
  });

  it("refuses wrong types, oversize files and non-images with a field error", async () => {
    const codes = [];
    for (const file of [
      new File(["GIF89a"], "x.gif", { type: "image/gif" }),
      new File([new Uint8Array(5 * 1024 * 1024 + 1)], "big.jpg", { type: "image/jpeg" }),
      new File(["not really a picture"], "fake.png", { type: "image/png" }),
    ]) {
      try {
        await storeCoverImage(file);
        codes.push("stored");
      } catch (err) {
        expect(err).toBeInstanceOf(AppError);
        expect((err as AppError).field).toBe("cover");
        codes.push((err as AppError).code);
      }
    }
    expect(codes).toEqual(["imageType", "imageTooLarge", "imageUnreadable"]);
  });

  it("serves only files it wrote", () => {
    expect(uploadFilePath(["covers", "../../etc/passwd"])).toBeNull();
    expect(uploadFilePath(["covers", "a".repeat(32) + ".webp"])).not.toBeNull();
    expect(uploadFilePath(["other", "a".repeat(32) + ".webp"])).toBeNull();
  });
});
