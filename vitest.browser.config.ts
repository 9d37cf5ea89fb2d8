import { configDefaults, defineConfig } from "vitest/config";

/** Browser tests (headless Debian Chromium): npm run test:browser. */
export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: "graphql/index.js" }] },
  test: {
    include: ["test/browser/**/*.test.ts"],
    exclude: configDefaults.exclude,
    setupFiles: ["test/setup.ts"],
    globalSetup: ["test/browser/build-workbench.ts"],
    env: { DOTENV_CONFIG_QUIET: "true" },
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
