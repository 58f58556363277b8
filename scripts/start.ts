// `npm start`: one command from a fresh clone to a served portal. Starts PostgreSQL (embedded
// unless DATABASE_URL is set), applies migrations, seeds demo data once, builds when the sources
// are newer than the last build, then serves on PORT (default 3000) through the portal's own server
// (server/main.ts). `--dev` serves Next's development mode through the same server.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { createPrismaClient } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrations";
import { seed } from "@/prisma/seed";
import { PORTAL_SERVER_COMMAND } from "@/server/command";
import { buildIfStale } from "./build-if-stale";
import { startDatabaseForScripts } from "./script-database";

const dev = process.argv.includes("--dev");
const port = process.env.PORT ?? "3000";
const dataDir = path.resolve(process.env.DATA_DIR ?? ".data");

async function authSecret(): Promise<string> {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const file = path.join(dataDir, "auth-secret");
  if (existsSync(file)) return (await readFile(file, "utf8")).trim();
  const secret = randomBytes(32).toString("base64url");
  await mkdir(dataDir, { recursive: true });
  await writeFile(file, secret, { mode: 0o600 });
  return secret;
}

async function waitForHealth(url: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  console.warn(`[start] ${url} antwoordt nog niet`);
}

async function main() {
  const started = Date.now();
  const database = await startDatabaseForScripts();
  const applied = await applyMigrations(database.url);
  if (applied.length) console.log(`[db] migraties toegepast: ${applied.join(", ")}`);
  const db = createPrismaClient(database.url, 2);
  const seeded = await seed(db);
  if (seeded.length) console.log(`[db] demogegevens geladen: ${seeded.join(", ")}`);
  await db.$disconnect();

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: database.url,
    AUTH_SECRET: await authSecret(),
    PORT: port,
    // The demo's public address is its own; behind a proxy set PUBLIC_URL to the real one.
    PUBLIC_URL:
      process.env.PUBLIC_URL ?? process.env.APP_URL ?? process.env.AUTH_URL ?? `http://localhost:${port}`,
    NODE_ENV: dev ? "development" : "production",
    // The demo shows payments through its practice checkout: on for the embedded database when no
    // Stripe keys are given (server/payment-sandbox.ts refuses it anywhere it could mislead).
    PAYMENT_SANDBOX:
      process.env.PAYMENT_SANDBOX ??
      (process.env.DATABASE_URL || process.env.STRIPE_SECRET_KEY ? undefined : "1"),
    // Likewise the practice population register, so a demo resident gets the instant attest
    // (server/demo-register.ts refuses it beside a real register or on a public address).
    POPULATION_REGISTER_DEMO:
      process.env.POPULATION_REGISTER_DEMO ??
      (process.env.DATABASE_URL || process.env.POPULATION_REGISTER_URL ? undefined : "1"),
  };
  if (!dev) buildIfStale(env);
  // The portal's own server in front of Next (client address, CSP hashes): server/main.ts.
  const [command, ...args] = PORTAL_SERVER_COMMAND;
  const server = spawn(command, [...args, ...(dev ? ["--dev"] : [])], {
    stdio: "inherit",
    env,
  });
  await waitForHealth(`http://localhost:${port}/api/health`);
  console.log(
    `[start] het loket draait na ${((Date.now() - started) / 1000).toFixed(1)} s op http://localhost:${port}`,
  );

  const shutdown = () => server.kill("SIGTERM");
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
  server.on("exit", async (code) => {
    await database.stop();
    process.exit(code ?? 0);
  });
}

main().catch(async (error) => {
  console.error(error);
  process.exit(1);
});
