import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Parses the real corpus once per run and shares the IR with the test files that need it.
    globalSetup: ["test/corpus/global-setup.ts"],
    // Two test files at once on a two-core machine (vitest's default is one fewer than the cores): most of
    // the suite waits on tsc, esbuild or a spawned CLI, and the corpus tests take a core each.
    maxWorkers: 2,
    // A guard against a hang, not a speed goal (npm run bench measures speed): a corpus test on a loaded
    // machine takes minutes.
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
