import { configDefaults, defineConfig } from "vitest/config";

/** The server suite and the scale-out tests on PostgreSQL (npm run test:pg; TEST_DB=postgres). */
export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: "graphql/index.js" }] },
  test: {
    include: ["test/server/**/*.test.ts", "test/pg/**/*.test.ts"],
    exclude: configDefaults.exclude,
    setupFiles: ["test/setup.ts"],
    env: { DOTENV_CONFIG_QUIET: "true", TEST_DB: "postgres" },
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
