/**
 * GET /api/altcha/challenge: a fresh signed proof-of-work challenge for the public forms' widget.
 * Nothing is stored; the signature (keyed from PICKET_SECRET) and expiry make it checkable later.
 * With `?petition=<slug>` (the sign form) the work rises with this address's recent signing on that
 * petition (lib/petitions/sign-challenge.ts).
 */
import { NextResponse, type NextRequest } from "next/server";
import { challengeFor } from "@/lib/petitions/sign-challenge";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest) {
  const challenge = await challengeFor(request.nextUrl.searchParams.get("petition"), request.headers);
  return NextResponse.json(challenge, { headers: { "cache-control": "no-store" } });
}
