/** Demo content: the demo campaign's protest-letter templates. */
import "server-only";
import type { DbOrTx } from "../client";
import type { Campaign } from "../schema";

export function seedLetterTemplates(tx: DbOrTx, campaign: Campaign, now: Date): void {
  void tx;
  void campaign;
  void now;
}
