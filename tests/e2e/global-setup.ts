/** Before the run: an empty record of pages and cookies (tests/e2e/page-record.ts). */
import fs from "node:fs";
import { RECORD_DIR } from "./page-record";

export default function globalSetup(): void {
  fs.rmSync(RECORD_DIR, { recursive: true, force: true });
  fs.mkdirSync(RECORD_DIR, { recursive: true });
}
