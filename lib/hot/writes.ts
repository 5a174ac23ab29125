/**
 * How many writes have passed through this process: what the front door's caches (pages, petition
 * facts) compare their entries with. A write makes every entry older than it stale at once, so whoever
 * wrote reads their write; writes by another process show when the entries expire.
 */
let count = 0;

export function writeSeen(): void {
  count++;
}

export function writesSeen(): number {
  return count;
}
