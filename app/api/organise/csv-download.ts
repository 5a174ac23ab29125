/** The response of an organiser's CSV download: `<name>-<today>.csv`, saved as a file, never cached. */
export function csvDownload(body: BodyInit, name: string): Response {
  const date = new Date().toISOString().slice(0, 10);
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${name}-${date}.csv"`,
      "cache-control": "no-store",
    },
  });
}
