/**
 * GET /api/altcha/challenge: a fresh signed proof-of-work challenge for the public forms' widget.
 * Nothing is stored; the signature (keyed from PICKET_SECRET) and expiry make it checkable later.
 */
import { NextResponse } from "next/server";
import { newChallenge } from "@/lib/security/altcha";

export const dynamic = "force-dynamic";

export async function GET() {
  return NextResponse.json(await newChallenge(), { headers: { "cache-control": "no-store" } });
}
