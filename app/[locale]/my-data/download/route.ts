/**
 * POST /<locale>/my-data/download: the records of the session's address as a JSON attachment.
 * Authorised by the httpOnly, SameSite=Strict session cookie; the Origin must be this site's.
 */
import { NextResponse, type NextRequest } from "next/server";
import { dataSubjectFor, exportMyData, MY_DATA_COOKIE } from "@/lib/my-data/my-data";
import { isLocale } from "@/lib/i18n/locales";
import { hasTrustedOrigin, requestOrigin } from "@/lib/security/origin";
import { absoluteUrl, paths } from "@/lib/urls";

export const dynamic = "force-dynamic";

export async function POST(request: NextRequest, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const noStore = { "cache-control": "no-store" };
  if (!hasTrustedOrigin(request.headers)) return NextResponse.json({ error: "forbidden" }, { status: 403, headers: noStore });
  const subject = dataSubjectFor(request.cookies.get(MY_DATA_COOKIE)?.value);
  // The session ended (30 minutes): back to the request form, which says so.
  if (!subject) return NextResponse.redirect(absoluteUrl(`${paths.myData(isLocale(locale) ? locale : "en")}?expired=1`, requestOrigin(request.headers)), 303);
  const now = new Date();
  return new NextResponse(JSON.stringify(exportMyData(subject, now), null, 2), {
    headers: {
      ...noStore,
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="picket-my-data-${now.toISOString().slice(0, 10)}.json"`,
    },
  });
}
