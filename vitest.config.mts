import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.dirname(fileURLToPath(import.meta.url)),
      // Outside Next, "server-only" would throw on import; tests run on the server side anyway.
      "server-only": fileURLToPath(new URL("./tests/fixtures/server-only.ts", import.meta.url)),
    },
  },
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/unit/**/*.test.tsx"],
    environment: "node",
    setupFiles: ["tests/fixtures/unit-setup.ts"],
    // Each test file gets its own SQLite file (see unit-setup.ts); files run in parallel processes.
    pool: "forks",
    testTimeout: 20_000,
  },
});
