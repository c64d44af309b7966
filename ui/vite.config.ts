/// <reference types="vitest/config" />
import { defineConfig } from "vite";

// No React plugin: esbuild compiles JSX with the automatic runtime.
export default defineConfig({
  base: "./",
  clearScreen: false,
  esbuild: {
    jsx: "automatic",
  },
  server: {
    port: 1420,
    strictPort: true,
    watch: { ignored: ["**/src-tauri/**"] },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2021",
    sourcemap: false,
    // The chart and time-axis libraries are imported dynamically, on first
    // use of the Figures and Timeline views, so they stay out of the start-up
    // bundle. vis-timeline's standalone build (about 570 kB, 165 kB gzipped)
    // is the one chunk over Vite's default 500 kB warning.
    chunkSizeWarningLimit: 600,
    rollupOptions: {
      output: {
        manualChunks(id) {
          if (/node_modules\/(@observablehq\/plot|d3(-[^/]+)?|interval-tree-1d|isoformat|binary-search-bounds|internmap|delaunator|robust-predicates)\//.test(id)) return "plot";
          if (id.includes("node_modules/vis-timeline")) return "vis-timeline";
          return undefined;
        },
      },
    },
  },
  test: {
    environment: "jsdom",
    setupFiles: ["./src/test/setup.ts"],
    include: ["src/**/*.test.{ts,tsx}"],
    restoreMocks: true,
  },
});
