import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(__dirname),
      // Outside Next, "server-only" would throw on import; tests run on the server side anyway.
      "server-only": path.resolve(__dirname, "tests/fixtures/server-only.ts"),
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
