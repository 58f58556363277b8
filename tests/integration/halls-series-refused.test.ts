// A weekly series of which no week could be written leaves no HallBookingSeries behind: the series
// row is written with its first booking, in one transaction. Before the fix it was created before
// the weeks, and every refusal other than "taken" (here: a purpose PostgreSQL cannot store, as a
// hand-made post once carried) left an empty series each time.
import { beforeAll, describe, expect, it } from "vitest";
import { addBrusselsDays, brusselsParts } from "@/lib/be/time";
import { db } from "@/lib/db";
import { requestBooking } from "@/lib/halls/commands/request";
import { bookingSchema } from "@/lib/halls/schema/booking";
import { seed } from "@/prisma/seed";
import { association, hall, resident } from "./halls-fixtures";

beforeAll(async () => {
  await seed(db);
});

const day = (n: number) => addBrusselsDays(brusselsParts(new Date()).dateKey, n);

/** A request for the same evening three weeks running, by an association's officer. */
async function threeWeeks() {
  const h = await hall();
  const u = await resident();
  const a = await association(u.id);
  const input = bookingSchema.parse({
    unit: "DAY_PART",
    purpose: "Repetitie",
    hallId: h.id,
    date: day(21),
    dayParts: ["AVOND"],
    bookFor: a.id,
    weeks: "3",
  });
  return { u, input };
}

describe("a refused weekly series", () => {
  it("leaves no empty series behind when no week can be written", async () => {
    const { u, input } = await threeWeeks();
    await expect(
      requestBooking({ ...input, purpose: "Repetitie\u0000" }, { userId: u.id }),
    ).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    expect(await db.hallBookingSeries.count({ where: { userId: u.id } })).toBe(0);
    expect(await db.hallBooking.count({ where: { userId: u.id } })).toBe(0);
  });

  it("still makes one series for the weeks that were booked", async () => {
    const { u, input } = await threeWeeks();
    const outcome = await requestBooking(input, { userId: u.id });
    expect(await db.hallBookingSeries.count({ where: { userId: u.id } })).toBe(1);
    expect(await db.hallBooking.count({ where: { seriesId: outcome.seriesId! } })).toBe(3);
  });
});
