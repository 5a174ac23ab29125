/**
 * Whether a form POST came from this site's own pages. Browsers send Origin with every POST
 * (and Sec-Fetch-Site where supported); a request from another site's page is refused, so no one
 * can make a visitor's browser fetch files from here with fields of their choosing.
 */
import "server-only";
import type { NextRequest } from "next/server";
import { config } from "@/lib/config";

export function isSameOriginPost(request: NextRequest): boolean {
  const origin = request.headers.get("origin");
  if (origin) return origin === new URL(config().appUrl).origin || origin === request.nextUrl.origin;
  return request.headers.get("sec-fetch-site") !== "cross-site";
}
