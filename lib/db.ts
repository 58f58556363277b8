// The one Prisma client of the process (server-only). Reused across hot reloads in development.
import "server-only";
import { createPrismaClient, type Db } from "./db/client";
import { env } from "./env";

const globalForDb = globalThis as unknown as { wingeneDb?: Db };

export const db: Db = globalForDb.wingeneDb ?? createPrismaClient(env().DATABASE_URL);
if (env().NODE_ENV !== "production") globalForDb.wingeneDb = db;
