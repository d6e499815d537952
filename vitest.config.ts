import { defineConfig } from "vitest/config";

/**
 * Suites that start Chromium (or a podium that prints PDFs). Everything else is the unit project:
 * no browser, about half a minute.
 */
const browserSuites = [
  "tests/app-browser.test.ts",
  "tests/app-load.test.ts",
  "tests/cli-pdf.test.ts",
  "tests/deck-browser.test.ts",
  "tests/export-browser.test.ts",
  "tests/export-pdf.test.ts",
  "tests/faults.test.ts",
  "tests/hostile-input-browser.test.ts",
  "tests/layout-browser.test.ts",
  "tests/library.test.ts",
  "tests/pptx-office.test.ts",
  "tests/print-font-browser.test.ts",
  "tests/serve.test.ts",
];

export default defineConfig({
  test: {
    // Browser suites share one machine's two cores; keep files from starving each other.
    fileParallelism: true,
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    globalSetup: ["tests/global-setup.ts"],
    projects: [
      { extends: true, test: { name: "unit", include: ["tests/**/*.test.ts"], exclude: browserSuites } },
      { extends: true, test: { name: "browser", include: browserSuites } },
    ],
  },
});
