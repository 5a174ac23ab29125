/** GET /api/actions/<id>/ics: the calendar file of an approved planned action of a live campaign; 404 otherwise. */
import { getPublicPlannedAction } from "@/db/queries/planned-actions";
import { icsFileName, plannedActionIcs } from "@/lib/submissions/planned-actions/calendar";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = Number((await params).id);
  const found = Number.isInteger(id) && id > 0 ? getPublicPlannedAction(id) : undefined;
  if (!found) return new Response("Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  return new Response(plannedActionIcs(found.action, { slug: found.campaignSlug, title: found.campaignTitle }), {
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": `attachment; filename="${icsFileName(found.action)}"`,
      "cache-control": "public, max-age=300",
    },
  });
}
