import { defineConfig } from "vite";

// The workbench is a static page served by the genderscan server at "/".
export default defineConfig({
  root: new URL(".", import.meta.url).pathname,
  base: "./",
  build: { outDir: "dist", emptyOutDir: true, target: "es2022" },
});
