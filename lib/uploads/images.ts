/**
 * Uploaded images: checked (JPEG, PNG or WebP, at most 5 MB, really an image), re-encoded with sharp —
 * which drops every piece of metadata, GPS above all — resized, and stored under UPLOADS_DIR.
 */
import "server-only";
import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { config } from "@/lib/config";
import { AppError } from "@/lib/errors";

export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
const TYPES = new Set(["image/jpeg", "image/png", "image/webp"]);

/** Returns the stored file's public path (/uploads/...), or undefined when no file was chosen. */
export async function storeCoverImage(file: FormDataEntryValue | null, field = "cover"): Promise<string | undefined> {
  if (!file || typeof file === "string" || file.size === 0) return undefined;
  if (file.size > MAX_IMAGE_BYTES) throw new AppError("imageTooLarge", `${file.size} bytes`, field);
  if (!TYPES.has(file.type)) throw new AppError("imageType", file.type, field);
  let output: Buffer;
  try {
    output = await sharp(Buffer.from(await file.arrayBuffer()), { failOn: "error" })
      .rotate() // apply the camera's orientation before the metadata that carries it is dropped
      .resize({ width: 1600, height: 1000, fit: "inside", withoutEnlargement: true })
      .webp({ quality: 80 })
      .toBuffer();
  } catch {
    throw new AppError("imageUnreadable", "sharp could not decode the upload", field);
  }
  const name = `${randomBytes(16).toString("hex")}.webp`;
  const dir = path.join(config().uploadsDir, "covers");
  await fs.mkdir(dir, { recursive: true });
  await fs.writeFile(path.join(dir, name), output);
  return `/uploads/covers/${name}`;
}

/** The file behind a public /uploads path, or null if the path is not one we wrote. */
export function uploadFilePath(segments: string[]): string | null {
  if (segments.length !== 2 || segments[0] !== "covers" || !/^[a-f0-9]{32}\.webp$/.test(segments[1])) return null;
  return path.join(config().uploadsDir, ...segments);
}
