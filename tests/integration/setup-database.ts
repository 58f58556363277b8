// Points each Vitest worker at its own database. scripts/test-all.ts cloned one per worker from
// the migrated template before starting Vitest (cloning needs the template to be idle, so it
// cannot happen here, in parallel), so test files in parallel never see each other's writes.
const adminUrl = process.env.TEST_DB_ADMIN_URL;
if (!adminUrl) throw new Error("TEST_DB_ADMIN_URL ontbreekt: start de tests met `npm test`.");

const database = `wingene_test_${process.env.VITEST_POOL_ID ?? "1"}`;

const url = new URL(adminUrl);
url.pathname = `/${database}`;
process.env.DATABASE_URL = url.toString();
process.env.AUTH_SECRET ??= "integration-tests-secret-at-least-32-characters";
process.env.JOBS_ENABLED = "false";
process.env.MAILBOX_DIR ??= `${process.env.TEST_MAILBOX_DIR ?? "/tmp/wingene-test-mailbox"}/integration`;
