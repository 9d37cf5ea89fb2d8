import { configDefaults, defineConfig } from "vitest/config";

export default defineConfig({
  // graphql 16 ships index.js (CJS, used by Apollo/type-graphql) and index.mjs; one realm only.
  resolve: { alias: [{ find: /^graphql$/, replacement: "graphql/index.js" }] },
  test: {
    include: ["test/**/*.test.ts"],
    // Browser tests need Chromium (npm run test:browser); test/pg needs PostgreSQL (npm run test:pg).
    exclude: [...configDefaults.exclude, "test/browser/**", "test/pg/**"],
    setupFiles: ["test/setup.ts"],
    env: { DOTENV_CONFIG_QUIET: "true" },
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
