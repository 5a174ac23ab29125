export function pageContentSecurityPolicy(nonce: string): string;
export const resourceContentSecurityPolicy: string;
export const commonHeaders: { key: string; value: string }[];
export function pageCacheControl(pathname: string, signedIn?: boolean): string;
export const ANONYMOUS_PAGE_CACHE_CONTROL: string;
