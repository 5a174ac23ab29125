/**
 * CSV writing: RFC 4180 quoting, and a guard against spreadsheet formula injection
 * (cells starting with = + - @ or a tab are prefixed with an apostrophe).
 */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  let s = String(value);
  // One test for the common cell that needs neither, as an export runs this for every cell.
  if (!/^[=+\-@\t\r]|[",\r\n]/.test(s)) return s;
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export function csvLine(values: unknown[]): string {
  return `${values.map(csvCell).join(",")}\r\n`;
}

/** Streams rows as CSV, pulling from the iterator only as fast as the client reads. */
export function csvStream<T>(header: string[], rows: Iterator<T>, toValues: (row: T) => unknown[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let headerSent = false;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (!headerSent) {
        headerSent = true;
        // A byte-order mark so spreadsheet programs read UTF-8 names correctly.
        controller.enqueue(encoder.encode(`\uFEFF${csvLine(header)}`));
        return;
      }
      let chunk = "";
      for (let i = 0; i < 500; i++) {
        const next = rows.next();
        if (next.done) {
          if (chunk) controller.enqueue(encoder.encode(chunk));
          controller.close();
          return;
        }
        chunk += csvLine(toValues(next.value));
      }
      controller.enqueue(encoder.encode(chunk));
    },
    cancel() {
      rows.return?.();
    },
  });
}
