// Gives each Vitest worker its own database, cloned from the migrated template that
// scripts/test-all.ts prepared, so test files in parallel never see each other's writes.
import pg from "pg";

const adminUrl = process.env.TEST_DB_ADMIN_URL;
const template = process.env.TEST_DB_TEMPLATE ?? "wingene_template";
if (!adminUrl) throw new Error("TEST_DB_ADMIN_URL ontbreekt: start de tests met `npm test`.");

const database = `wingene_test_${process.env.VITEST_POOL_ID ?? "0"}`;
const client = new pg.Client({ connectionString: adminUrl });
await client.connect();
try {
  const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
  if (found.rowCount === 0) await client.query(`CREATE DATABASE "${database}" TEMPLATE "${template}"`);
} finally {
  await client.end();
}

const url = new URL(adminUrl);
url.pathname = `/${database}`;
process.env.DATABASE_URL = url.toString();
process.env.AUTH_SECRET ??= "integration-tests-secret-at-least-32-characters";
process.env.JOBS_ENABLED = "false";
process.env.MAILBOX_DIR ??= `${process.env.TEST_MAILBOX_DIR ?? "/tmp/wingene-test-mailbox"}/integration`;
