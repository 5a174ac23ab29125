/** The sign form's length limits, apart from its schema so the form can show them without loading zod. */
export const LIMITS = { name: 100, email: 254, city: 100, organisation: 150, comment: 500, source: 64 } as const;
