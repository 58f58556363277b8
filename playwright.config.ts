// End-to-end tests: Debian's Chromium (Playwright's own browser download is not reachable here)
// against the production build, started on E2E_PORT (a free port chosen by the runner) with the e2e database that
// scripts/test-all.ts migrated and seeded.
import { defineConfig, devices } from "@playwright/test";
import { PORTAL_SERVER_COMMAND } from "./server/command";

const port = Number(process.env.E2E_PORT ?? 3100);

export default defineConfig({
  testDir: "tests/e2e",
  // Per run (set by scripts/test-all.ts), so two runs on one machine never share artifacts.
  outputDir: process.env.PLAYWRIGHT_OUTPUT_DIR ?? "test-results",
  // Generous: CI machines are shared; a test proves behaviour, and speed is measured by bench scripts.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: [["list"], ["json"]],
  use: {
    baseURL: `http://localhost:${port}`,
    locale: "nl-BE",
    timezoneId: "Europe/Brussels",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    // The portal's own server (client address, CSP hashes), as in production.
    command: `env PORT=${port} NODE_ENV=production ${PORTAL_SERVER_COMMAND.join(" ")}`,
    url: `http://localhost:${port}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe",
    stderr: "pipe",
  },
});
