// The one way to run a transaction. It bounds how long a statement may wait for a lock another
// transaction holds (so a loser of a race gets an answer in seconds, not after a pile-up), runs
// again after a deadlock or serialization failure (bounded), and turns a constraint's refusal into
// the domain's Dutch message. Anything it does not recognise is thrown as it is, and formAction
// shows the generic message with a reference.
import { Prisma } from "@/generated/prisma/client";
import { AppError } from "@/lib/errors";
import type { Db, Tx } from "./client";
import { PG, isRetryable, pgFailure } from "./errors";

export type TxOptions = {
  /** How long one statement may wait for a row or constraint held by another transaction. */
  lockTimeoutMs?: number;
  /** How long one statement may run. */
  statementTimeoutMs?: number;
  /** Prisma's limits: waiting for a connection, and the whole transaction. */
  maxWaitMs?: number;
  timeoutMs?: number;
  /** Extra runs after a deadlock or serialization failure. */
  retries?: number;
  isolationLevel?: Prisma.TransactionIsolationLevel;
  /** The domain's answer per constraint name (unique, check, exclusion), e.g. an overlap. */
  refusals?: Record<string, () => AppError>;
  /** The answer when a lock could not be had in time: someone else is busy with the same thing. */
  busy?: () => AppError;
};

export const DEFAULT_BUSY_MESSAGE =
  "Iemand anders is net met hetzelfde bezig. Probeer het over enkele ogenblikken opnieuw.";

/**
 * A value PostgreSQL cannot store (SQLSTATE class 22, "data exception": a NUL byte, a number past
 * the column's range, a date it cannot represent, a text too long for its column) is bad input,
 * not a failure of ours: whichever form let it through, the person gets this instead of the
 * generic error, and the transaction has written nothing.
 */
export const UNSTORABLE_VALUE_MESSAGE =
  "Een van de ingevulde waarden kunnen we niet bewaren (te groot, te lang of met een ongeldig teken). Controleer de velden.";

export const TX_DEFAULTS = {
  lockTimeoutMs: 3_000,
  statementTimeoutMs: 15_000,
  maxWaitMs: 10_000,
  timeoutMs: 20_000,
  retries: 3,
} as const;

const pause = (attempt: number) =>
  new Promise((resolve) => setTimeout(resolve, 10 * 2 ** attempt + Math.random() * 20));

/** Runs `work` in a transaction with lock and statement limits; see the file comment. */
export async function transaction<T>(
  db: Db,
  work: (tx: Tx) => Promise<T>,
  options: TxOptions = {},
): Promise<T> {
  const o = { ...TX_DEFAULTS, ...options };
  return withRetries(
    () =>
      db.$transaction(
        async (tx) => {
          await tx.$executeRaw`SELECT set_config('lock_timeout', ${`${o.lockTimeoutMs}ms`}, true),
            set_config('statement_timeout', ${`${o.statementTimeoutMs}ms`}, true)`;
          return work(tx);
        },
        { maxWait: o.maxWaitMs, timeout: o.timeoutMs, isolationLevel: o.isolationLevel },
      ),
    o,
  );
}

class TakenElsewhere extends AppError {
  constructor() {
    super("CONFLICT");
  }
}

/**
 * For a job's unit of work that runs may overlap on (two runs of the job, or a job and a person):
 * a lock still taken after the lock timeout means another transaction holds this work and is doing
 * it, so this run skips it (null) instead of failing; the claim inside `work` (a conditional update,
 * a recount under the lock) keeps it done once either way.
 */
export async function unlessTakenElsewhere<T>(
  db: Db,
  work: (tx: Tx) => Promise<T>,
  options: Omit<TxOptions, "busy"> = {},
): Promise<T | null> {
  try {
    return await transaction(db, work, { ...options, busy: () => new TakenElsewhere() });
  } catch (error) {
    if (error instanceof TakenElsewhere) return null;
    throw error;
  }
}

/**
 * One statement that is atomic by itself (data-modifying CTEs) run outside an interactive
 * transaction: one round trip instead of four on a hot row (see lib/capacity/take.ts). It is run
 * again after a deadlock and its refusals are translated like transaction()'s. It has no lock
 * timeout of its own (SET LOCAL needs a transaction block): use it for statements that hold their
 * locks only for their own duration.
 */
export function statement<T>(
  run: () => Promise<T>,
  options: Pick<TxOptions, "refusals" | "busy" | "retries"> = {},
): Promise<T> {
  return withRetries(run, { retries: TX_DEFAULTS.retries, ...options });
}

async function withRetries<T>(
  run: () => Promise<T>,
  o: Pick<TxOptions, "refusals" | "busy"> & { retries: number },
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (isRetryable(pgFailure(error)) && attempt < o.retries) {
        await pause(attempt);
        continue;
      }
      throw translate(error, o);
    }
  }
}

/** The domain's error for a database refusal, or the error itself when it has no translation. */
export function translate(error: unknown, { refusals, busy }: Pick<TxOptions, "refusals" | "busy">): unknown {
  if (error instanceof AppError) return error;
  const failure = pgFailure(error);
  if (!failure) return error;
  if (failure.constraint && refusals?.[failure.constraint]) return refusals[failure.constraint]!();
  if (failure.code === PG.LOCK_TIMEOUT || isRetryable(failure))
    return busy?.() ?? new AppError("CONFLICT", DEFAULT_BUSY_MESSAGE);
  if (failure.code.startsWith("22")) return new AppError("INVALID_INPUT", UNSTORABLE_VALUE_MESSAGE);
  return error;
}

/** The name of the constraint a statement violated, for code that tries alternatives itself. */
export function violatedConstraint(error: unknown): string | undefined {
  const failure = pgFailure(error);
  const violations: string[] = [PG.UNIQUE, PG.CHECK, PG.EXCLUSION, PG.FOREIGN_KEY];
  return failure && violations.includes(failure.code) ? failure.constraint : undefined;
}

/** Tables whose rows commands lock; a closed list, because the name goes into SQL as is. */
export type LockableTable =
  | "Order"
  | "Hall"
  | "HallBooking"
  | "Report"
  | "Site"
  | "Desk"
  | "Appointment"
  | "CapacityPool"
  | "Loan"
  | "Case";

/**
 * Locks rows for the rest of the transaction, in id order so two commands that lock the same rows
 * never deadlock each other. Returns the ids that exist.
 */
export async function lockRows(tx: Tx, table: LockableTable, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM ${Prisma.raw(`"${table}"`)} WHERE id = ANY(${ids}::text[]) ORDER BY id FOR UPDATE`;
  return rows.map((r) => r.id);
}
