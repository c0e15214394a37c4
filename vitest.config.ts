import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Parses the real corpus once per run and shares the IR with the test files that need it.
    globalSetup: ["test/corpus/global-setup.ts"],
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
