/** What the public may see of a signer, according to the signer's own choice. */
import type { NameDisplay } from "./name-display";

export interface PublicSigner {
  /** null for anonymous signers. */
  name: string | null;
  /** ISO code, or null when the signer chose to stay anonymous. */
  country: string | null;
}

export function publicSigner(s: { name: string; country: string; nameDisplay: NameDisplay }): PublicSigner {
  switch (s.nameDisplay) {
    case "full":
      return { name: s.name, country: s.country };
    case "first_country":
      return { name: s.name.trim().split(/\s+/)[0] ?? null, country: s.country };
    default:
      return { name: null, country: null };
  }
}
