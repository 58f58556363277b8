// What PostgreSQL said when it refused a statement, dug out of Prisma's wrapping. Prisma 7 with
// the pg adapter nests the driver's error in `cause` (and `meta.driverAdapterError`); the SQLSTATE
// and the constraint's name are what the domain needs to answer in its own words.

export type PgFailure = { code: string; constraint?: string };

export const PG = {
  UNIQUE: "23505",
  CHECK: "23514",
  FOREIGN_KEY: "23503",
  EXCLUSION: "23P01",
  SERIALIZATION: "40001",
  DEADLOCK: "40P01",
  LOCK_TIMEOUT: "55P03",
  STATEMENT_TIMEOUT: "57014",
} as const;

const SQLSTATE = /^[0-9A-Z]{5}$/;
/** Prisma's own error codes (P1000–P6999) look like SQLSTATEs but are not. */
const PRISMA_CODE = /^P[1-9]\d{3}$/;

// Prisma's own codes for the same situations when it reports them without the driver's error.
const PRISMA_CODES: Record<string, string> = { P2034: PG.DEADLOCK, P2002: PG.UNIQUE, P2003: PG.FOREIGN_KEY };

function constraintIn(node: Record<string, unknown>): string | undefined {
  for (const key of ["constraint", "constraint_name"]) {
    const v = node[key];
    if (typeof v === "string") return v;
    if (v && typeof v === "object" && typeof (v as { index?: unknown }).index === "string")
      return (v as { index: string }).index;
  }
  const text = `${String(node.message ?? "")} ${String(node.originalMessage ?? "")}`;
  return /constraint "([^"]+)"/.exec(text)?.[1];
}

/**
 * The SQLSTATE and constraint of a database refusal, or null when the error is something else.
 * The driver's own SQLSTATE wins over Prisma's translation of it (P2002 and the like).
 */
export function pgFailure(error: unknown): PgFailure | null {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  let sqlstate: string | undefined;
  let translated: string | undefined;
  let constraint: string | undefined;
  while (queue.length) {
    const node = queue.shift();
    if (!node || typeof node !== "object" || seen.has(node)) continue;
    seen.add(node);
    const n = node as Record<string, unknown>;
    for (const key of ["originalCode", "code"]) {
      const code = n[key];
      if (typeof code !== "string") continue;
      if (PRISMA_CODES[code]) translated ??= PRISMA_CODES[code];
      else if (SQLSTATE.test(code) && !PRISMA_CODE.test(code)) sqlstate ??= code;
    }
    constraint ??= constraintIn(n);
    const meta = n.meta as Record<string, unknown> | undefined;
    queue.push(n.cause, meta?.driverAdapterError, meta);
  }
  const code = sqlstate ?? translated;
  if (!code) return null;
  return constraint ? { code, constraint } : { code };
}

export function isRetryable(failure: PgFailure | null): boolean {
  return failure?.code === PG.DEADLOCK || failure?.code === PG.SERIALIZATION;
}
