// A value PostgreSQL cannot store (a NUL byte, an integer past its range, a date past its calendar)
// comes out of the transaction helper as bad input with a Dutch message, and nothing the
// transaction wrote before it stays. Before the fix these reached the user as the generic error.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { UNSTORABLE_VALUE_MESSAGE, transaction } from "@/lib/db/tx";
import { AppError } from "@/lib/errors";

const refusalOf = async (bad: (tx: Parameters<Parameters<typeof transaction>[1]>[0]) => Promise<unknown>) => {
  const key = `unstorable:${randomUUID()}`;
  const error = await transaction(db, async (tx) => {
    await tx.rateLimitBucket.create({ data: { key, windowStart: new Date(), count: 1 } });
    await bad(tx);
  }).catch((e: unknown) => e);
  const kept = await db.rateLimitBucket.count({ where: { key } });
  return { error, kept };
};

describe("values PostgreSQL cannot store", () => {
  it.each([
    [
      "a NUL byte in a text",
      (tx: Parameters<Parameters<typeof transaction>[1]>[0]) => tx.$executeRaw`SELECT ${"naam\u0000"}::text`,
    ],
    [
      "an integer past its range",
      (tx: Parameters<Parameters<typeof transaction>[1]>[0]) => tx.$executeRaw`SELECT ${"2147483648"}::int`,
    ],
    [
      "a year PostgreSQL's dates do not reach",
      (tx: Parameters<Parameters<typeof transaction>[1]>[0]) =>
        tx.$executeRaw`SELECT ${"99999999-01-01"}::date`,
    ],
  ])("%s is bad input with a Dutch message, and the transaction keeps nothing", async (_label, bad) => {
    const { error, kept } = await refusalOf(bad);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "INVALID_INPUT", message: UNSTORABLE_VALUE_MESSAGE });
    expect(kept).toBe(0);
  });
});
