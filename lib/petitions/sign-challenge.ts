/**
 * The proof-of-work challenge for a petition's sign form (GET /api/altcha/challenge?petition=<slug>):
 * its work level is the one the next signature from this client address on this petition needs
 * (requiredWorkLevel), so a second and third person on one meeting's Wi-Fi get a harder challenge
 * and then sign normally. Without a known petition the level is 0 (the other public forms).
 */
import "server-only";
import type { Challenge } from "altcha-lib";
import { getPublicPetitionBySlug } from "@/db/queries/petitions";
import { newChallenge } from "@/lib/security/altcha";
import { clientIpFrom } from "@/lib/security/client-ip";
import { ipHash } from "@/lib/security/keyed-hash";
import { requiredWorkLevel } from "@/lib/security/limits";
import type { HeaderReader } from "@/lib/security/origin";

export function challengeFor(petitionSlug: string | null, headers: HeaderReader, now = new Date()): Promise<Challenge> {
  const found = petitionSlug && petitionSlug.length <= 200 ? getPublicPetitionBySlug(petitionSlug) : undefined;
  const level = found ? requiredWorkLevel(found.petition.id, ipHash(clientIpFrom(headers)), now) : 0;
  return newChallenge(now, level);
}
