// Several statements as ONE transaction in ONE round trip, for the hottest path (a ticket hold:
// a buyer's lock, then the take on the performance's pool row). PostgreSQL runs the statements of
// one simple-protocol message as one transaction and commits it before answering, so a row the
// last statement locks is held only while the server works: no round trip to Node and back for a
// COMMIT while buyers queue for the row. Each statement still sees what was committed before it
// started (READ COMMITTED), so a lock taken by the first orders what the second reads.
//
// The simple protocol has no parameters, so the values are written into the text as literals,
// quoted by node-postgres' escapeLiteral (doubled quotes, E'' with doubled backslashes); only the
// value types Prisma.sql gets here are accepted, anything else throws before anything is sent.
// The statements' own text must not contain `$<digit>` other than Prisma's placeholders.
// Without a pool of ours (a client not made by createPrismaClient) it falls back to Prisma's batch
// transaction: the same statements and the same outcome, with a round trip per statement.
import { createHash } from "node:crypto";
import pg from "pg";
import type { Prisma } from "@/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { type Db, poolOf } from "./client";
import { UNSTORABLE_VALUE_MESSAGE } from "./tx";

function literal(value: unknown): string {
  if (value === null || value === undefined) return "NULL";
  if (typeof value === "string") {
    // PostgreSQL cannot store a NUL, and the message text ends at one: refused as bound values are.
    if (value.includes("\0")) throw new AppError("INVALID_INPUT", UNSTORABLE_VALUE_MESSAGE);
    return pg.escapeLiteral(value);
  }
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error("one-trip: een getal dat geen getal is");
    return `(${String(value)})`;
  }
  if (typeof value === "bigint") return `(${value.toString()})`;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new Error("one-trip: een ongeldige datum");
    return `${pg.escapeLiteral(value.toISOString())}::timestamptz`;
  }
  if (Array.isArray(value)) {
    if (!value.every((v) => typeof v === "string")) throw new Error("one-trip: enkel lijsten van tekst");
    return value.length ? `ARRAY[${value.map(literal).join(", ")}]` : "'{}'";
  }
  throw new Error(`one-trip: waarde van type ${typeof value} niet ondersteund`);
}

/** The statement with its values written in as quoted literals (exported for its unit test). */
export function inline(sql: Prisma.Sql): string {
  return sql.text.replace(/\$(\d+)/g, (_, n: string) => {
    const index = Number(n) - 1;
    if (index >= sql.values.length) throw new Error(`one-trip: parameter $${n} zonder waarde`);
    return literal(sql.values[index]);
  });
}

/** Prepared statements per connection: name by the text's hash, so one text is planned once. */
const prepared = new WeakMap<pg.PoolClient, Set<string>>();
// The texts are few (one per shape of a take: pools, guard, what is written alongside), so each
// one's name is hashed once, not on every hold.
const names = new Map<string, string>();
const MAX_NAMES = 200;
function nameOf(text: string): string {
  let name = names.get(text);
  if (name === undefined) {
    if (names.size >= MAX_NAMES) names.clear();
    name = `one_trip_${createHash("sha256").update(text).digest("hex").slice(0, 24)}`;
    names.set(text, name);
  }
  return name;
}

/**
 * Runs `statements` as one transaction; returns the rows of the last one. The last statement (the
 * big one) is prepared once per connection and run with EXECUTE, so PostgreSQL plans it once per
 * connection instead of on every hold (planning cost more than running it).
 */
export async function oneTrip<T>(db: Db, statements: Prisma.Sql[]): Promise<T[]> {
  const pool = poolOf(db);
  if (!pool) {
    const results = await db.$transaction(statements.map((s) => db.$queryRaw<T[]>(s)));
    return results.at(-1) as T[];
  }
  const last = statements.at(-1)!;
  const name = nameOf(last.text);
  const args = last.values.map(literal).join(", ");
  const text = [...statements.slice(0, -1).map(inline), `EXECUTE ${name}${args ? `(${args})` : ""}`].join(
    ";\n",
  );
  const client = await pool.connect();
  try {
    let names = prepared.get(client);
    if (!names) prepared.set(client, (names = new Set()));
    if (!names.has(name)) {
      await client.query(`PREPARE ${name} AS ${last.text}`);
      names.add(name);
    }
    const result = (await client.query(text)) as unknown as pg.QueryResult | pg.QueryResult[];
    const rows = (Array.isArray(result) ? result.at(-1)! : result).rows;
    return rows as T[];
  } finally {
    client.release();
  }
}
