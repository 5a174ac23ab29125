/** The admin's abuse-limit settings: whole numbers, each at least 1 (a limit of 0 would shut the form). */
import { z } from "zod";

const limit = z.coerce.number({ error: "invalid" }).int({ error: "invalid" }).min(1, { error: "invalid" }).max(100_000, { error: "invalid" });

export const limitsSchema = z.object({
  signBurst: limit,
  signSustained: limit,
  signNoJsBurst: limit,
  signNoJsSustained: limit,
  reportsPerHour: limit,
  reportsNoJsPerHour: limit,
  magicLinksPer15Min: limit,
  apiSignPerMinute: limit,
  trendingPerHour: limit,
});

export type LimitsData = z.output<typeof limitsSchema>;
