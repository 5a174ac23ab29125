// Proves report-back photos lose every piece of metadata (GPS above all) before they are stored,
// are turned upright and resized, and that size, type and count limits give the right error codes.
import fs from "node:fs";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { postedPhotos, withStoredPhotos } from "@/lib/submissions/reports/photos";
import { MAX_REPORT_PHOTO_BYTES, processReportPhoto, storeReportPhoto, uploadFilePath } from "@/lib/uploads/images";

/** A JPEG as a phone writes it: camera make and model, and where it was taken. */
async function jpegWithGps(width: number, height: number): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: "#b91c1c" } })
    .withExif({
      IFD0: { Make: "PhoneMaker", Model: "Spyphone" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "43/1 21/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "52/1 51/1 0/1" },
    })
    .jpeg()
    .toBuffer();
}

/** The tags of the GPS IFD in a raw EXIF block (TIFF structure), read by hand: no EXIF library needed. */
function gpsTags(exif: Buffer): number[] {
  const tiff = exif.subarray(exif.indexOf("Exif\0\0") === 0 ? 6 : 0);
  const le = tiff.toString("latin1", 0, 2) === "II";
  const u16 = (o: number) => (le ? tiff.readUInt16LE(o) : tiff.readUInt16BE(o));
  const u32 = (o: number) => (le ? tiff.readUInt32LE(o) : tiff.readUInt32BE(o));
  const entries = (ifd: number) => Array.from({ length: u16(ifd) }, (_, i) => ({ tag: u16(ifd + 2 + i * 12), value: u32(ifd + 2 + i * 12 + 8) }));
  const gpsPointer = entries(u32(4)).find((e) => e.tag === 0x8825);
  return gpsPointer ? entries(gpsPointer.value).map((e) => e.tag) : [];
}

const file = (data: Buffer | Uint8Array | string, name: string, type: string) => new File([typeof data === "string" ? data : new Uint8Array(data)], name, { type });

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "stored";
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    return `${(err as AppError).field}:${(err as AppError).code}`;
  }
}

describe("report photos", () => {
  it("a JPEG with GPS EXIF is stored with no EXIF at all", async () => {
    const input = await jpegWithGps(2400, 1800);
    const before = await sharp(input).metadata();
    expect(before.exif).toBeDefined();
    // GPSLatitudeRef (1), GPSLatitude (2), GPSLongitudeRef (3), GPSLongitude (4)
    expect(gpsTags(before.exif!)).toEqual(expect.arrayContaining([1, 2, 3, 4]));

    const rows = await withStoredPhotos({ photos: [file(input, "picket.jpg", "image/jpeg")] }, (r) => r);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ role: "photo", position: 0, width: 1600, height: 1200 });
    expect(rows[0].path).toMatch(/^\/uploads\/reports\/[a-f0-9]{32}\.webp$/);

    const stored = fs.readFileSync(uploadFilePath(rows[0].path.split("/").slice(2))!);
    const meta = await sharp(stored).metadata();
    expect(meta.format).toBe("webp");
    expect(meta.exif).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
    expect(meta.iptc).toBeUndefined();
    expect(meta.icc).toBeUndefined();
    expect(stored.includes(Buffer.from("Exif"))).toBe(false);
    expect(stored.includes(Buffer.from("Spyphone"))).toBe(false);
  });

  it("turns a photo upright by its EXIF orientation before dropping the EXIF", async () => {
    const sideways = await sharp({ create: { width: 400, height: 300, channels: 3, background: "#b91c1c" } }).jpeg().withMetadata({ orientation: 6 }).toBuffer();
    expect((await sharp(sideways).metadata()).orientation).toBe(6);
    const image = await processReportPhoto(file(sideways, "sideways.jpg", "image/jpeg"), "photos");
    expect({ width: image.width, height: image.height }).toEqual({ width: 300, height: 400 });
    const path = await storeReportPhoto(image);
    expect((await sharp(fs.readFileSync(uploadFilePath(path.split("/").slice(2))!)).metadata()).orientation).toBeUndefined();
  });

  it("stores the reply photo with its own role, and PNG and WebP as well as JPEG", async () => {
    const png = await sharp({ create: { width: 20, height: 20, channels: 4, background: "#fff" } }).png().toBuffer();
    const webp = await sharp({ create: { width: 20, height: 20, channels: 3, background: "#000" } }).webp().toBuffer();
    const rows = await withStoredPhotos({ photos: [file(png, "a.png", "image/png"), file(webp, "b.webp", "image/webp")], reply: file(await jpegWithGps(30, 20), "reply.jpg", "image/jpeg") }, (r) => r);
    expect(rows.map((r) => [r.role, r.position])).toEqual([
      ["photo", 0],
      ["photo", 1],
      ["reply", 0],
    ]);
  });

  it("refuses oversize files, wrong types and non-images with the field's error code", async () => {
    const big = new Uint8Array(MAX_REPORT_PHOTO_BYTES + 1);
    expect(await codeOf(processReportPhoto(file(big, "big.jpg", "image/jpeg"), "photos"))).toBe("photos:photoTooLarge");
    expect(await codeOf(processReportPhoto(file("GIF89a", "x.gif", "image/gif"), "photos"))).toBe("photos:imageType");
    expect(await codeOf(processReportPhoto(file("not a picture", "fake.jpg", "image/jpeg"), "replyPhoto"))).toBe("replyPhoto:imageUnreadable");
    // Exactly 10 MB passes the size check (and then fails as an image, which it is not).
    expect(await codeOf(processReportPhoto(file(new Uint8Array(MAX_REPORT_PHOTO_BYTES), "ok.jpg", "image/jpeg"), "photos"))).toBe("photos:imageUnreadable");
  });

  it("writes nothing when any photo of a report is bad", async () => {
    const dir = uploadFilePath(["reports", "0".repeat(32) + ".webp"])!.replace(/[^/]+$/, "");
    const count = () => (fs.existsSync(dir) ? fs.readdirSync(dir).length : 0);
    const before = count();
    const good = file(await jpegWithGps(30, 20), "good.jpg", "image/jpeg");
    expect(await codeOf(withStoredPhotos({ photos: [good, file("nope", "bad.png", "image/png")] }, () => "written"))).toBe("photos:imageUnreadable");
    expect(count()).toBe(before);
  });

  it("limits the number of photos and ignores empty file fields", async () => {
    const form = new FormData();
    const jpeg = await jpegWithGps(10, 10);
    for (let i = 0; i < 5; i++) form.append("photos", file(jpeg, `p${i}.jpg`, "image/jpeg"));
    expect(() => postedPhotos(form)).toThrow(expect.objectContaining({ code: "tooManyPhotos", field: "photos" }));

    const fine = new FormData();
    fine.append("photos", file(jpeg, "p.jpg", "image/jpeg"));
    fine.append("photos", new File([], "", { type: "application/octet-stream" }));
    fine.append("replyPhoto", new File([], "", { type: "application/octet-stream" }));
    const posted = postedPhotos(fine);
    expect(posted.photos).toHaveLength(1);
    expect(posted.reply).toBeUndefined();
  });

  it("serves only names it generated, in its own folders", () => {
    expect(uploadFilePath(["reports", "a".repeat(32) + ".webp"])).not.toBeNull();
    expect(uploadFilePath(["reports", "../covers/x.webp"])).toBeNull();
    expect(uploadFilePath(["letters", "a".repeat(32) + ".webp"])).toBeNull();
  });
});
