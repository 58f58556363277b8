// `npm test`: every tier against a real PostgreSQL, then one closing line "N passed, N failed".
// 1. unit (Vitest, once per machine time zone), 2. integration (Vitest, a database per worker cloned from a migrated
// template), 3. end-to-end (Playwright on Debian's Chromium against the production build).
import { spawn } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createPrismaClient } from "@/lib/db/client";
import { ensureDatabase, startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { applyMigrations } from "@/lib/db/migrations";
import { seed } from "@/prisma/seed";
import { FAKE_OIDC_CLIENT, startFakeOidcProvider } from "@/tests/fakes/oidc-provider";
import { UNIT_TIME_ZONES } from "@/tests/support/unit-time-zones";
import { freePort } from "./bench/free-port";
import { buildIfStale } from "./build-if-stale";

type Tally = { name: string; passed: number; failed: number; exitCode: number };

/** Integration workers; each gets its own database (tests/integration/setup-database.ts). */
const INTEGRATION_WORKERS = 2;
const workDir = path.join(os.tmpdir(), `wingene-tests-${process.pid}`);
const reports = path.join(workDir, "reports");
mkdirSync(reports, { recursive: true });

/** Runs a tier as a child process. Asynchronously: the fake OIDC provider lives in this process and must keep answering. */
async function run(
  name: string,
  command: string[],
  env: NodeJS.ProcessEnv,
  count: () => { passed: number; failed: number },
): Promise<Tally> {
  console.log(`\n===== ${name} =====`);
  const child = spawn("npx", command, { stdio: "inherit", env });
  const status = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  let tally = { passed: 0, failed: 0 };
  try {
    tally = count();
  } catch {
    tally = { passed: 0, failed: 1 }; // no report: the tier crashed before finishing
  }
  if (status !== 0 && tally.failed === 0) tally.failed = 1;
  return { name, ...tally, exitCode: status ?? 1 };
}

function vitestCount(file: string) {
  return () => {
    const report = JSON.parse(readFileSync(file, "utf8"));
    return {
      passed: report.numPassedTests,
      failed: report.numFailedTests + (report.numRuntimeErrorTestSuites ?? 0),
    };
  };
}

function playwrightCount(file: string) {
  return () => {
    const { stats } = JSON.parse(readFileSync(file, "utf8"));
    return { passed: stats.expected + stats.flaky, failed: stats.unexpected };
  };
}

async function main() {
  // `npm test -- e2e halls`: tiers by name; any other word filters test files by name (for e2e, the
  // part of the path below tests/e2e, so a folder called wt-halls does not match every file).
  const tiers = ["unit", "integration", "e2e"];
  const only = process.argv.slice(2).filter((arg) => tiers.includes(arg));
  const filters = process.argv.slice(2).filter((arg) => !tiers.includes(arg));
  const wants = (tier: string) => only.length === 0 || only.includes(tier);
  // A fresh server on a free port per run, so two runs on one machine never share a database.
  const port = Number(process.env.TEST_PG_PORT ?? (await freePort()));
  const pgDir = path.join(workDir, "postgres");
  const server = process.env.TEST_DATABASE_ADMIN_URL
    ? null
    : await startEmbeddedPostgres({ dataDir: pgDir, port, durable: false });
  const adminUrl = process.env.TEST_DATABASE_ADMIN_URL ?? server!.url("postgres");
  const urlFor = (db: string) => Object.assign(new URL(adminUrl), { pathname: `/${db}` }).toString();
  const tallies: Tally[] = [];
  let oidc: Awaited<ReturnType<typeof startFakeOidcProvider>> | undefined;
  try {
    const baseEnv = {
      ...process.env,
      TEST_DB_ADMIN_URL: adminUrl,
      TEST_DB_TEMPLATE: "wingene_template",
      TEST_MAILBOX_DIR: path.join(workDir, "mailbox"),
    };
    if (wants("unit")) {
      const file = path.join(reports, "unit.json");
      tallies.push(
        await run(
          "unit",
          [
            "vitest",
            "run",
            // Once per machine time zone (vitest.config.ts); every run's tests count in the total.
            ...Object.keys(UNIT_TIME_ZONES).flatMap((project) => ["--project", project]),
            "--reporter=default",
            "--reporter=json",
            `--outputFile.json=${file}`,
            ...filters,
          ],
          baseEnv,
          vitestCount(file),
        ),
      );
    }
    if (wants("integration")) {
      await ensureDatabase(adminUrl, "wingene_template");
      await applyMigrations(urlFor("wingene_template"));
      for (let worker = 1; worker <= INTEGRATION_WORKERS; worker++) {
        await ensureDatabase(adminUrl, `wingene_test_${worker}`, "wingene_template");
      }
      const file = path.join(reports, "integration.json");
      tallies.push(
        await run(
          "integration",
          [
            "vitest",
            "run",
            "--project",
            "integration",
            `--maxWorkers=${INTEGRATION_WORKERS}`,
            "--reporter=default",
            "--reporter=json",
            `--outputFile.json=${file}`,
            ...filters,
          ],
          baseEnv,
          vitestCount(file),
        ),
      );
    }
    if (wants("e2e")) {
      await ensureDatabase(adminUrl, "wingene_e2e");
      await applyMigrations(urlFor("wingene_e2e"));
      const db = createPrismaClient(urlFor("wingene_e2e"), 2);
      await seed(db);
      await db.$disconnect();
      oidc = await startFakeOidcProvider();
      const e2ePort = process.env.E2E_PORT ?? String(await freePort());
      const e2eEnv = {
        ...baseEnv,
        DATABASE_URL: urlFor("wingene_e2e"),
        AUTH_SECRET: "e2e-tests-secret-at-least-thirty-two-characters",
        MAILBOX_DIR: path.join(workDir, "mailbox", "e2e"),
        SMTP_URL: "",
        OIDC_ISSUER: oidc.issuer,
        OIDC_CLIENT_ID: FAKE_OIDC_CLIENT.id,
        OIDC_CLIENT_SECRET: FAKE_OIDC_CLIENT.secret,
        E2E_PORT: e2ePort,
        PLAYWRIGHT_OUTPUT_DIR: path.join(workDir, "test-results"),
        PUBLIC_URL: `http://localhost:${e2ePort}`,
        // One loopback address plays our reverse proxy in tests/e2e/client-address.spec.ts.
        TRUSTED_PROXIES: "127.0.0.4",
        // Every browser here is one client address and the demo accounts sign in over and over;
        // the limits themselves are proven in tests/integration/sign-in-rate.test.ts.
        SIGN_IN_LIMIT_PER_EMAIL: "1000",
        SIGN_IN_LIMIT_PER_ADDRESS: "100000",
        // Payments go through the portal's own practice checkout, as in the demo (the real Stripe
        // SDK against the sandbox on loopback; tests/integration/stripe-*.test.ts drive it directly).
        PAYMENT_SANDBOX: "1",
        // Likewise the demo's practice population register (tests/e2e/register-attest.spec.ts).
        POPULATION_REGISTER_DEMO: "1",
      };
      buildIfStale(e2eEnv);
      const file = path.join(reports, "e2e.json");
      tallies.push(
        await run(
          "e2e",
          ["playwright", "test", ...filters.map((word) => `e2e/.*${word}`)],
          { ...e2eEnv, PLAYWRIGHT_JSON_OUTPUT_NAME: file },
          playwrightCount(file),
        ),
      );
    }
  } finally {
    await oidc?.close();
    await server?.stop();
  }
  console.log("\n===== totaal =====");
  for (const t of tallies) console.log(`${t.name}: ${t.passed} passed, ${t.failed} failed`);
  const passed = tallies.reduce((n, t) => n + t.passed, 0);
  const failed = tallies.reduce((n, t) => n + t.failed, 0);
  console.log(`${passed} passed, ${failed} failed`);
  if (failed === 0) rmSync(workDir, { recursive: true, force: true });
  else console.log(`Rapporten en mailbox van deze run: ${workDir}`);
  process.exit(failed > 0 || tallies.some((t) => t.exitCode !== 0) ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  console.log("0 passed, 1 failed");
  process.exit(1);
});
