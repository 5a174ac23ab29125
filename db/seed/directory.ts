/** Demo content: the recipient directory: only the sourced addresses in the domain brief, each with its source and date. */
import "server-only";
import type { DbOrTx } from "../client";
import type { Campaign } from "../schema";

export function seedDirectory(tx: DbOrTx, campaign: Campaign, now: Date): void {
  void tx;
  void campaign;
  void now;
}
