/** Demo content: demo report-backs and planned actions (facts from the domain brief only). */
import "server-only";
import type { DbOrTx } from "../client";
import type { Campaign } from "../schema";

export function seedActions(tx: DbOrTx, campaign: Campaign, now: Date): void {
  void tx;
  void campaign;
  void now;
}
