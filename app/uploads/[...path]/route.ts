/**
 * GET /uploads/<folder>/<name>.webp: serves images Picket stored itself; nothing else. A report's
 * photos are public only once the report is approved; until then only its moderators see them.
 */
import fs from "node:fs/promises";
import { findPhotoOwner } from "@/db/queries/reports";
import { roleAllows } from "@/lib/auth/roles";
import { campaignRole, currentOrganiser } from "@/lib/auth/session";
import { uploadFilePath } from "@/lib/uploads/images";

export const dynamic = "force-dynamic";

const notFound = () => new Response("Not found", { status: 404 });

/** The cache policy for a visible photo, or null when the caller may not see it. */
async function reportPhotoCache(publicPath: string): Promise<string | null> {
  const owner = findPhotoOwner(publicPath);
  if (!owner) return null;
  if (owner.status === "approved" && owner.campaignStatus === "live") return "public, max-age=86400";
  const organiser = await currentOrganiser();
  if (!organiser || !roleAllows(campaignRole(organiser, owner.campaignId), "reports.moderate", organiser.isAdmin)) return null;
  return "private, no-store";
}

export async function GET(_request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  const segments = (await params).path;
  const file = uploadFilePath(segments);
  if (!file) return notFound();
  let cacheControl = "public, max-age=31536000, immutable";
  if (segments[0] === "reports") {
    const allowed = await reportPhotoCache(`/uploads/${segments.join("/")}`);
    if (!allowed) return notFound();
    cacheControl = allowed;
  }
  try {
    const body = await fs.readFile(file);
    return new Response(new Uint8Array(body), {
      headers: { "content-type": "image/webp", "cache-control": cacheControl, "x-content-type-options": "nosniff" },
    });
  } catch {
    return notFound();
  }
}
