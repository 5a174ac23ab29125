/** The admin's identity rules: the IPv6 prefix length and one email domain's rule. */
import { z } from "zod";
import { IPV6_PREFIX_MAX, IPV6_PREFIX_MIN } from "@/lib/security/ip-prefix";
import { checkbox } from "./fields";

export const ipv6PrefixSchema = z.object({
  ipv6Prefix: z.coerce
    .number({ error: "ipv6Prefix" })
    .int({ error: "ipv6Prefix" })
    .min(IPV6_PREFIX_MIN, { error: "ipv6Prefix" })
    .max(IPV6_PREFIX_MAX, { error: "ipv6Prefix" }),
});

// Lower-case letters, digits and hyphens in dot-separated labels, at least two labels (punycode for IDNs).
const DOMAIN = /^(?=.{3,253}$)(?!-)[a-z0-9-]{1,63}(\.(?!-)[a-z0-9-]{1,63})+$/;

const domain = z
  .string({ error: "required" })
  .transform((v) => v.trim().toLowerCase().replace(/^@/, "").replace(/\.$/, ""))
  .pipe(z.string().min(1, { error: "required" }).regex(DOMAIN, { error: "invalidDomain" }));

export const emailRuleSchema = z
  .object({
    domain,
    stripPlus: checkbox,
    stripDots: checkbox,
    aliasOf: z
      .string({ error: "invalid" })
      .optional()
      .transform((v) => v?.trim().toLowerCase().replace(/^@/, "").replace(/\.$/, "") || null)
      .pipe(z.string().regex(DOMAIN, { error: "invalidDomain" }).nullable()),
  })
  .refine((r) => r.aliasOf !== r.domain, { error: "aliasChain", path: ["aliasOf"] });

export const deleteEmailRuleSchema = z.object({ domain });

export type EmailRuleData = z.output<typeof emailRuleSchema>;
