/**
 * POST /api/petitions/<slug>/signatures: sign with a JSON body (same schema as the form).
 * In production the front door answers this path itself (lib/hot); this handler serves `next dev`
 * and anything that reaches Next directly. Both call lib/petitions/sign-json.ts.
 */
import { NextResponse, type NextRequest } from "next/server";
import { MAX_SIGN_BODY_BYTES, signFromJson } from "@/lib/petitions/sign-json";

export const dynamic = "force-dynamic";

export async function POST(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const answer = await signFromJson(slug, request.headers, async () => {
    const raw = await request.text();
    return Buffer.byteLength(raw) > MAX_SIGN_BODY_BYTES ? null : raw;
  });
  const headers: Record<string, string> = { "cache-control": "no-store" };
  if (answer.retryAfterSeconds !== undefined) headers["retry-after"] = String(answer.retryAfterSeconds);
  return NextResponse.json(answer.body, { status: answer.status, headers });
}
