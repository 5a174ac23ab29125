/**
 * The photos posted with a report: read from the form, every one checked and stripped in memory
 * first, then written, then the database write; if that write fails, the files go again.
 */
import "server-only";
import type { NewReportPhoto } from "@/db/queries/reports";
import { AppError } from "@/lib/errors";
import { chosenFile, deleteUploads, processReportPhoto, storeReportPhoto, type ProcessedImage } from "@/lib/uploads/images";
import { MAX_REPORT_PHOTOS } from "@/lib/validation/reports";

export interface PostedPhotos {
  photos: File[];
  reply?: File;
}

/** Field names of the file inputs, shared with the forms. */
export const PHOTO_FIELDS = { photos: "photos", reply: "replyPhoto" } as const;

export function postedPhotos(formData: FormData): PostedPhotos {
  const photos = formData.getAll(PHOTO_FIELDS.photos).map(chosenFile).filter((f): f is File => !!f);
  if (photos.length > MAX_REPORT_PHOTOS) throw new AppError("tooManyPhotos", `${photos.length} photos`, PHOTO_FIELDS.photos);
  const replies = formData.getAll(PHOTO_FIELDS.reply).map(chosenFile).filter((f): f is File => !!f);
  if (replies.length > 1) throw new AppError("tooManyPhotos", `${replies.length} reply photos`, PHOTO_FIELDS.reply);
  return { photos, reply: replies[0] };
}

/**
 * Processes all posted photos (an error names its field and nothing is written), stores them, and
 * hands their rows to `write`, which must do the database work in one transaction.
 */
export async function withStoredPhotos<T>(posted: PostedPhotos, write: (rows: NewReportPhoto[]) => T): Promise<T> {
  const processed: { image: ProcessedImage; role: "photo" | "reply"; position: number }[] = [];
  for (const [position, file] of posted.photos.entries()) {
    processed.push({ image: await processReportPhoto(file, PHOTO_FIELDS.photos), role: "photo", position });
  }
  if (posted.reply) processed.push({ image: await processReportPhoto(posted.reply, PHOTO_FIELDS.reply), role: "reply", position: 0 });

  const rows: NewReportPhoto[] = [];
  try {
    for (const p of processed) {
      rows.push({ path: await storeReportPhoto(p.image), width: p.image.width, height: p.image.height, role: p.role, position: p.position });
    }
    return write(rows);
  } catch (err) {
    await deleteUploads(rows.map((r) => r.path));
    throw err;
  }
}
