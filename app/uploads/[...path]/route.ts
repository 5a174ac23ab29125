/** GET /uploads/covers/<name>.webp: serves images Picket stored itself; nothing else. */
import fs from "node:fs/promises";
import { uploadFilePath } from "@/lib/uploads/images";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  const file = uploadFilePath((await params).path);
  if (!file) return new Response("Not found", { status: 404 });
  try {
    const body = await fs.readFile(file);
    return new Response(new Uint8Array(body), {
      headers: { "content-type": "image/webp", "cache-control": "public, max-age=31536000, immutable", "x-content-type-options": "nosniff" },
    });
  } catch {
    return new Response("Not found", { status: 404 });
  }
}
