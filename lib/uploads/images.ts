/**
 * Uploaded images: checked (JPEG, PNG or WebP, under a size limit, really an image), re-encoded with
 * sharp — which drops every piece of metadata, GPS above all — resized, and stored under UPLOADS_DIR.
 * Cover images go to covers/, report-back photos to reports/; nothing else is ever served.
 */
import "server-only";
import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { config } from "@/lib/config";
import { AppError, type AppErrorCode } from "@/lib/errors";

export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
/** Phone photos of a picket are often 4-8 MB; 10 MB leaves room without inviting raw files. */
export const MAX_REPORT_PHOTO_BYTES = 10 * 1024 * 1024;
export const IMAGE_TYPES = ["image/jpeg", "image/png", "image/webp"] as const;
const TYPES = new Set<string>(IMAGE_TYPES);
const FOLDERS = ["covers", "reports"] as const;
type Folder = (typeof FOLDERS)[number];

export interface ProcessedImage {
  data: Buffer;
  width: number;
  height: number;
}

/** A chosen file, or undefined for an empty file field (browsers send one when nothing is chosen). */
export function chosenFile(value: FormDataEntryValue | null | undefined): File | undefined {
  return value && typeof value !== "string" && value.size > 0 ? value : undefined;
}

/**
 * Validates and re-encodes one image in memory; nothing is written. WebP output carries no EXIF,
 * XMP, IPTC or ICC unless asked to, so the result has no metadata at all.
 */
async function processImage(
  file: File,
  opts: { field: string; maxBytes: number; tooLarge: AppErrorCode; width: number; height: number },
): Promise<ProcessedImage> {
  if (file.size > opts.maxBytes) throw new AppError(opts.tooLarge, `${file.size} bytes`, opts.field);
  if (!TYPES.has(file.type)) throw new AppError("imageType", file.type, opts.field);
  try {
    const { data, info } = await sharp(Buffer.from(await file.arrayBuffer()), { failOn: "error" })
      .rotate() // apply the camera's orientation before the metadata that carries it is dropped
      .resize({ width: opts.width, height: opts.height, fit: "inside", withoutEnlargement: true })
      .webp({ quality: 80 })
      .toBuffer({ resolveWithObject: true });
    return { data, width: info.width, height: info.height };
  } catch {
    throw new AppError("imageUnreadable", "sharp could not decode the upload", opts.field);
  }
}

/** Writes an already processed image under a random name; returns its public path. */
async function writeImage(folder: Folder, image: ProcessedImage): Promise<string> {
  const name = `${randomBytes(16).toString("hex")}.webp`;
  const dir = path.join(config().uploadsDir, folder);
  await fs.mkdir(dir, { recursive: true });
  await fs.writeFile(path.join(dir, name), image.data);
  return `/uploads/${folder}/${name}`;
}

/** Returns the stored file's public path (/uploads/...), or undefined when no file was chosen. */
export async function storeCoverImage(file: FormDataEntryValue | null, field = "cover"): Promise<string | undefined> {
  const chosen = chosenFile(file);
  if (!chosen) return undefined;
  const image = await processImage(chosen, { field, maxBytes: MAX_IMAGE_BYTES, tooLarge: "imageTooLarge", width: 1600, height: 1000 });
  return writeImage("covers", image);
}

/** A report-back photo, checked and stripped in memory: call for every file before storing any. */
export function processReportPhoto(file: File, field: string): Promise<ProcessedImage> {
  return processImage(file, { field, maxBytes: MAX_REPORT_PHOTO_BYTES, tooLarge: "photoTooLarge", width: 1600, height: 1600 });
}

export async function storeReportPhoto(image: ProcessedImage): Promise<string> {
  return writeImage("reports", image);
}

/** Removes stored files by public path (after a failed transaction, or when a photo is removed). */
export async function deleteUploads(publicPaths: string[]): Promise<void> {
  await Promise.all(
    publicPaths.map(async (p) => {
      const file = uploadFilePath(p.split("/").slice(2));
      if (file) await fs.rm(file, { force: true });
    }),
  );
}

/** The file behind a public /uploads path, or null if the path is not one we wrote. */
export function uploadFilePath(segments: string[]): string | null {
  if (segments.length !== 2 || !(FOLDERS as readonly string[]).includes(segments[0]) || !/^[a-f0-9]{32}\.webp$/.test(segments[1])) return null;
  return path.join(config().uploadsDir, ...segments);
}
