// A logical backup of the portal's database and its restore, without pg_dump (whose major version
// must match the server's, which these machines cannot promise). The file is gzip'd text: a JSON
// header (format, migrations applied, sequence values), then every table of the public schema in
// PostgreSQL's own COPY text format, each ended by a line "\." as in pg_dump's plain output.
// Read in one REPEATABLE READ snapshot, so the tables agree with each other. pg-boss's own schema
// (job queue) is left out: the worker recreates it and the schedules, and jobs are repeatable.
import { once } from "node:events";
import { createReadStream, createWriteStream } from "node:fs";
import readline from "node:readline";
import { pipeline } from "node:stream/promises";
import { createGunzip, createGzip } from "node:zlib";
import pg from "pg";
import { from as copyFrom, to as copyTo } from "pg-copy-streams";
import { applyMigrations } from "./migrations";
import { withClient } from "./with-client";

const FORMAT = "wingene-backup/1";
const MIGRATIONS_TABLE = "_prisma_migrations";

type Header = {
  format: string;
  createdAt: string;
  migrations: string[];
  sequences: { name: string; value: string | null }[];
  tables: { name: string; rows: number }[];
};

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

async function publicTables(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> $1 ORDER BY 1`,
    [MIGRATIONS_TABLE],
  );
  return rows.map((r) => r.name);
}

export async function backupDatabase(url: string, file: string): Promise<Header> {
  return withClient(url, async (client) => {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const migrations = await client.query<{ name: string }>(
      `SELECT migration_name AS name FROM ${MIGRATIONS_TABLE} WHERE finished_at IS NOT NULL ORDER BY 1`,
    );
    const sequences = await client.query<{ name: string; value: string | null }>(
      `SELECT sequencename AS name, last_value::text AS value FROM pg_sequences WHERE schemaname = 'public'`,
    );
    const tables: Header["tables"] = [];
    for (const name of await publicTables(client)) {
      const { rows } = await client.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${quote(name)}`);
      tables.push({ name, rows: Number(rows[0]!.n) });
    }
    const header: Header = {
      format: FORMAT,
      createdAt: new Date().toISOString(),
      migrations: migrations.rows.map((r) => r.name),
      sequences: sequences.rows,
      tables,
    };
    const gzip = createGzip();
    const written = pipeline(gzip, createWriteStream(file, { mode: 0o600 }));
    const write = async (text: string) => {
      if (!gzip.write(text)) await once(gzip, "drain");
    };
    await write(`${JSON.stringify(header)}\n`);
    for (const { name } of tables) {
      await write(`${name}\n`);
      const stream = client.query(copyTo(`COPY ${quote(name)} TO STDOUT`));
      for await (const chunk of stream) await write(chunk.toString("utf8"));
      await write("\\.\n");
    }
    gzip.end();
    await written;
    await client.query("COMMIT");
    return header;
  });
}

/**
 * Restores a backup into an empty database: the schema as it was at the backup (its migrations),
 * the rows (triggers and foreign keys off while loading, as pg_dump's data-only restore does), the
 * sequences, and then the migrations written since, so an old backup comes back on new code.
 */
export async function restoreDatabase(url: string, file: string): Promise<Header> {
  const lines = readline.createInterface({
    input: createReadStream(file).pipe(createGunzip()),
    crlfDelay: Infinity,
  });
  const iterator = lines[Symbol.asyncIterator]();
  const first = await iterator.next();
  const header = JSON.parse(first.done ? "{}" : first.value) as Header;
  if (header.format !== FORMAT) throw new Error(`Geen back-up van de portaalsite (${file}).`);
  await withClient(url, async (client) => {
    if ((await publicTables(client)).length > 0)
      throw new Error("De doeldatabank is niet leeg: zet een back-up alleen terug in een nieuwe databank.");
  });
  const last = header.migrations.at(-1);
  const applied = await applyMigrations(url, last);
  const unknown = header.migrations.filter((m) => !applied.includes(m));
  if (unknown.length)
    throw new Error(`Deze code kent migratie(s) ${unknown.join(", ")} niet: nieuwere back-up.`);
  await withClient(url, async (client) => {
    await client.query("BEGIN");
    await client.query("SET LOCAL session_replication_role = replica");
    // The migrations seed some rows of their own (settings singletons): the backup's replace them.
    const tables = await publicTables(client);
    if (tables.length) await client.query(`TRUNCATE ${tables.map(quote).join(", ")}`);
    for (;;) {
      const next = await iterator.next();
      if (next.done) break;
      const table = next.value;
      if (!header.tables.some((t) => t.name === table))
        throw new Error(`Onbekende tabel ${table} in de back-up.`);
      const stream = client.query(copyFrom(`COPY ${quote(table)} FROM STDIN`));
      for (;;) {
        const row = await iterator.next();
        if (row.done || row.value === "\\.") break;
        if (!stream.write(`${row.value}\n`)) await once(stream, "drain");
      }
      stream.end();
      await once(stream, "finish");
    }
    for (const s of header.sequences)
      if (s.value !== null) await client.query(`SELECT setval($1, $2::bigint)`, [quote(s.name), s.value]);
    await client.query("COMMIT");
  });
  await applyMigrations(url);
  return header;
}
