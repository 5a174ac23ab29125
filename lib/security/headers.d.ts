export function pageContentSecurityPolicy(nonce: string): string;
export const resourceContentSecurityPolicy: string;
export const commonHeaders: { key: string; value: string }[];
