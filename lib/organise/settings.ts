/** An organiser's own preferences: the time zone they type and read times in. */
import "server-only";
import { getDb } from "@/db/client";
import { setUserTimeZone } from "@/db/queries/users";
import type { Organiser } from "@/lib/auth/session";

export function saveTimeZone(organiser: Organiser, timeZone: string): void {
  setUserTimeZone(getDb(), organiser.id, timeZone);
}
