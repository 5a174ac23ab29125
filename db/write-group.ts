/**
 * Grouped commits for the signing burst: writes queued during one turn of the event loop run in one
 * transaction, each in a savepoint of its own, and every caller learns its own result once that
 * transaction is committed. A burst of signatures then costs one commit (one WAL append of the pages
 * they share) instead of one per signature; a single signature waits no longer than a turn of the loop.
 *
 * A write that throws rolls back its own savepoint and rejects its own caller; the others go on. If the
 * commit itself fails (disk full), every caller of the group gets the error: nothing of it is on disk.
 */
import "server-only";
import { immediateTransaction, type Db } from "./client";

interface Job {
  work: (db: Db) => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

let queue: Job[] = [];
let scheduled = false;

/** Runs `work` (synchronous) in the next grouped transaction; resolves with its result after the commit. */
export function inGroupedTransaction<T>(work: (db: Db) => T): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
    if (!scheduled) {
      scheduled = true;
      setImmediate(flush);
    }
  });
}

function flush(): void {
  scheduled = false;
  const jobs = queue;
  queue = [];
  const outcomes: ({ ok: true; value: unknown } | { ok: false; error: unknown })[] = [];
  try {
    immediateTransaction((db) => {
      for (const job of jobs) {
        try {
          // Nested: a savepoint, so this job's failure undoes only this job's writes.
          outcomes.push({ ok: true, value: immediateTransaction(() => job.work(db)) });
        } catch (error) {
          outcomes.push({ ok: false, error });
        }
      }
    });
  } catch (error) {
    for (const job of jobs) job.reject(error);
    return;
  }
  jobs.forEach((job, i) => {
    const outcome = outcomes[i];
    if (outcome.ok) job.resolve(outcome.value);
    else job.reject(outcome.error);
  });
}
