// Test data for the uitleendienst: the seed's borrower categories (shared codes, upserted), depot slots
// and items of the test's own, residents and associations, and dates beyond the lead time.
import { randomUUID } from "node:crypto";
import { expect } from "vitest";
import { addBrusselsDays, brusselsParts } from "@/lib/be/time";
import { addWorkingDays, isWorkingDay, weekdayOf } from "@/lib/be/working-days";
import { db } from "@/lib/db";
import { FieldError } from "@/lib/errors";
import { loanCategories } from "@/prisma/seed/lending";

export async function categories() {
  for (const c of loanCategories)
    await db.loanCategory.upsert({ where: { code: c.code }, update: {}, create: c });
  await db.loanSettings.upsert({ where: { id: 1 }, update: {}, create: { id: 1 } });
}

/** A pick-up slot on Friday evening and every weekday morning, a return slot on Monday evening. */
export async function slots() {
  const tag = randomUUID().slice(0, 8);
  const create = (kind: "PICKUP" | "RETURN", isoWeekday: number, startMinutes: number) =>
    db.loanSlot.create({
      data: {
        id: `t-${tag}-${kind}-${isoWeekday}-${startMinutes}`,
        kind,
        isoWeekday,
        startMinutes,
        endMinutes: startMinutes + 120,
      },
    });
  return {
    fridayEvening: await create("PICKUP", 5, 18 * 60),
    mondayEvening: await create("RETURN", 1, 18 * 60),
    tuesdayReturn: await create("RETURN", 2, 8 * 60),
  };
}

type Prices = Partial<Record<"INTERNAL" | "RECOGNISED" | "NONPROFIT" | "RESIDENT" | "COMMERCIAL", number>>;

export async function item(
  name: string,
  stock: number,
  prices: Prices,
  extra: { depositCents?: number; damageFeeCents?: number } = {},
) {
  const slug = `${name.toLowerCase()}-${randomUUID()}`;
  return db.loanItem.create({
    data: {
      slug,
      name,
      unitSingular: name.toLowerCase(),
      unitPlural: `${name.toLowerCase()}s`,
      description: "Test",
      conditions: "Proper terugbrengen.",
      stock,
      depositCents: extra.depositCents ?? 100,
      damageFeeCents: extra.damageFeeCents ?? 2500,
      prices: {
        create: Object.entries(prices).map(([categoryCode, unitCents]) => ({ categoryCode, unitCents })),
      },
    },
  });
}

export async function resident(email = `lener-${randomUUID()}@example.be`) {
  return db.user.create({ data: { email, name: "Test Lener", postcode: "8750", city: "Wingene" } });
}

export async function association(userId: string, role: "MANAGER" | "MEMBER" = "MANAGER", recognised = true) {
  return db.association.create({
    data: {
      slug: `vereniging-${randomUUID()}`,
      name: "Testvereniging",
      recognised,
      members: { create: { userId, role } },
    },
  });
}

/**
 * A Friday at least 12 working days from today (beyond the 10-working-day lead time), `weeks` later,
 * moved on until it, its Monday and the next weekend's are open depot days (no holiday, which
 * would close the depot: Christmas and New Year fall on Fridays in 2026).
 */
export function friday(weeks = 0): string {
  let day = addWorkingDays(brusselsParts(new Date()).dateKey, 12);
  while (weekdayOf(day) !== 5) day = addBrusselsDays(day, 1);
  day = addBrusselsDays(day, 7 * weeks);
  while (![0, 3, 7, 10].every((n) => isWorkingDay(addBrusselsDays(day, n)))) day = addBrusselsDays(day, 7);
  return day;
}

export const plusDays = addBrusselsDays;

/** The field and Dutch message a command refused with (it must refuse with a FieldError). */
export async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FieldError);
  return { field: (error as FieldError).field, message: (error as FieldError).message };
}
