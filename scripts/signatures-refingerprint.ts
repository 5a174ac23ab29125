/**
 * `npm run signatures:refingerprint [-- --batch 1000]`: recomputes every stored signature's email
 * fingerprint under the identity rules now in force (lib/petitions/refingerprint.ts), a batch per
 * transaction. A progress bar on a terminal, plain progress lines otherwise (logs, CI). Merged
 * duplicates are listed by signature id (never by email address). Safe to run again at any time.
 */
import { closeDb } from "../db/client";
import { refingerprintSignatures } from "../lib/petitions/refingerprint";

function batchSize(): number {
  const i = process.argv.indexOf("--batch");
  if (i < 0) return 1000;
  const n = Number(process.argv[i + 1]);
  if (!Number.isInteger(n) || n < 1 || n > 100_000) {
    console.error("Usage: npm run signatures:refingerprint [-- --batch <1..100000>]");
    process.exit(2);
  }
  return n;
}

const tty = Boolean(process.stderr.isTTY);
const started = Date.now();

function progress(done: number, total: number) {
  const share = total === 0 ? 1 : done / total;
  const percent = Math.floor(share * 100);
  if (tty) {
    const width = 30;
    const filled = Math.round(share * width);
    process.stderr.write(`\r[${"#".repeat(filled)}${".".repeat(width - filled)}] ${String(percent).padStart(3)}% ${done}/${total}`);
    if (done >= total) process.stderr.write("\n");
  } else {
    process.stderr.write(`[picket] refingerprint: ${done}/${total} signatures (${percent}%)\n`);
  }
}

try {
  const summary = refingerprintSignatures({
    batchSize: batchSize(),
    onProgress: progress,
    onMerge: (m) => {
      if (tty) process.stderr.write("\n");
      console.log(
        `[picket] petition ${m.petitionId}: signature ${m.removedId} (${m.removedStatus}) is the same person as ${m.keptId} under the current rules: ` +
          `kept ${m.keptId} (${m.keptStatus}), deleted ${m.removedId}` +
          (m.countChange ? `, count ${m.countChange}` : ", count unchanged"),
      );
    },
  });
  console.log(
    `[picket] refingerprint done in ${((Date.now() - started) / 1000).toFixed(1)} s: ${summary.checked} signatures checked, ` +
      `${summary.changed} fingerprints changed, ${summary.merged.length} duplicates merged, ${summary.tokens} data-access links updated`,
  );
} catch (err) {
  console.error(`[picket] ${(err as Error).message}`);
  process.exitCode = 1;
} finally {
  closeDb();
}
