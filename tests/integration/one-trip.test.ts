// Several statements as one transaction in one round trip (lib/db/one-trip.ts), the way the ticket
// hold sends a buyer's lock and the take. Values go into the text as quoted literals, so what a
// buyer types (quotes, backslashes, placeholders, semicolons) must arrive as typed and never as SQL.
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { Prisma } from "@/generated/prisma/client";
import { createPrismaClient, poolOf } from "@/lib/db/client";
import { inline, oneTrip } from "@/lib/db/one-trip";

const db = createPrismaClient(process.env.DATABASE_URL!, 4);
afterAll(() => db.$disconnect());

const HOSTILE = [
  "O'Brien",
  "''; DROP TABLE \"Order\"; --",
  "back\\\\slash \\' end\\",
  "$1 $2 $$ dollar $$",
  "E'\\x41'",
  "regel\nnieuwe regel\ttab",
  "Zoë 🎟️ – Wingene",
  "",
];

describe("oneTrip", () => {
  it("sends the statements over the client's own pool", () => {
    expect(poolOf(db)).toBeDefined();
  });

  it("returns every hostile text exactly as it was given, as a value and in an array", async () => {
    for (const text of HOSTILE) {
      const [row] = await oneTrip<{ v: string; a: string[] }>(db, [
        Prisma.sql`SELECT 1`,
        Prisma.sql`SELECT ${text}::text AS v, ${[text, "x"]}::text[] AS a`,
      ]);
      expect(row).toEqual({ v: text, a: [text, "x"] });
    }
  });

  it("writes dates, numbers, booleans and null as what they are", async () => {
    const at = new Date("2026-06-12T18:30:00.123Z");
    const [row] = await oneTrip<{ at: Date; n: number; b: boolean; z: string | null; e: string[] }>(db, [
      Prisma.sql`SELECT ${at}::timestamptz AS at, ${-5}::int AS n, ${true}::boolean AS b, ${null}::text AS z, ${[]}::text[] AS e`,
    ]);
    expect(row).toEqual({ at, n: -5, b: true, z: null, e: [] });
  });

  it("runs a statement prepared before with the values of each call", async () => {
    const values = Array.from({ length: 12 }, (_, i) => `waarde ${i}`);
    const rows = await Promise.all(
      values.map((v) => oneTrip<{ v: string }>(db, [Prisma.sql`SELECT ${v}::text AS v`])),
    );
    expect(rows.map(([row]) => row.v)).toEqual(values);
  });

  it("runs the statements as one transaction: a failing one undoes the ones before it", async () => {
    const key = `test:one-trip:${randomUUID()}`;
    await expect(
      oneTrip(db, [
        Prisma.sql`INSERT INTO "RateLimitBucket" ("key", "windowStart", "count") VALUES (${key}, now(), 1)`,
        Prisma.sql`SELECT 1 / ${0}::int`,
      ]),
    ).rejects.toThrow(/division by zero/);
    expect(await db.rateLimitBucket.count({ where: { key } })).toBe(0);
  });

  it("refuses values it cannot write safely, before sending anything", () => {
    expect(() => inline(Prisma.sql`SELECT ${{ a: 1 }}`)).toThrow(/niet ondersteund/);
    expect(() => inline(Prisma.sql`SELECT ${Number.NaN}`)).toThrow();
    expect(() => inline(Prisma.sql`SELECT ${[1, 2]}`)).toThrow(/lijsten van tekst/);
    // A NUL would end the message text inside the literal: refused like PostgreSQL refuses it.
    expect(() => inline(Prisma.sql`SELECT ${"Jan\0; DROP"}`)).toThrow(
      expect.objectContaining({ code: "INVALID_INPUT" }),
    );
  });
});
