// Builds a Prisma client on node-postgres. Separate from lib/db.ts so scripts and tests can make
// their own client for their own database. The node-postgres pool is the client's own (one pool,
// one connection limit); `poolOf` lends it to the few statements Prisma cannot send (one-trip.ts).
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/generated/prisma/client";

const pools = new WeakMap<object, pg.Pool>();

export function createPrismaClient(connectionString: string, max = 10) {
  const pool = new pg.Pool({ connectionString, max });
  const client = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
  pools.set(client, pool);
  return client;
}

export type Db = ReturnType<typeof createPrismaClient>;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/** The node-postgres pool under a client made by createPrismaClient, or undefined. */
export function poolOf(db: object): pg.Pool | undefined {
  return pools.get(db);
}
