// Builds a Prisma client on node-postgres. Separate from lib/db.ts so scripts and tests can make
// their own client for their own database.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";

export function createPrismaClient(connectionString: string, max = 10) {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max }) });
}

export type Db = ReturnType<typeof createPrismaClient>;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
