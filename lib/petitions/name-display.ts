/** How a signer's name may appear in public lists: the signer chooses, the default reveals least but one. */
export const NAME_DISPLAY_CHOICES = ["full", "first_country", "anonymous"] as const;
export type NameDisplay = (typeof NAME_DISPLAY_CHOICES)[number];
export const DEFAULT_NAME_DISPLAY: NameDisplay = "first_country";
