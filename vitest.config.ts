import { defineConfig } from "vitest/config";

export default defineConfig({
  // graphql 16 ships index.js (CJS, used by Apollo/type-graphql) and index.mjs; one realm only.
  resolve: { alias: [{ find: /^graphql$/, replacement: "graphql/index.js" }] },
  test: {
    include: ["test/**/*.test.ts"],
    env: { DOTENV_CONFIG_QUIET: "true" },
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
