/** Column selections several queries read the same way: spread into a `select({ … })`. */
import "server-only";
import { campaigns, signatures } from "../schema";

/** The campaign a row belongs to, as pages link and gate on it. */
export const campaignSummary = { id: campaigns.id, slug: campaigns.slug, title: campaigns.title, status: campaigns.status };

/** Who signed and what they wrote, as the signer gave it. */
export const signerFields = {
  name: signatures.name,
  email: signatures.email,
  country: signatures.country,
  city: signatures.city,
  organisation: signatures.organisation,
  comment: signatures.comment,
};

