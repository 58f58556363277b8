// What staff with sites:manage change about the town halls: a site's weekly hours, exceptional
// closures and the holidays on which every town hall closes. The public pages and the appointment
// slots read them straight away; appointments already booked stay (staff move them if needed).
import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { isHolidayRule } from "@/lib/be/holidays";
import { brusselsParts } from "@/lib/be/time";
import { db } from "@/lib/db";
import { lockRows, transaction } from "@/lib/db/tx";
import { AppError, FieldError } from "@/lib/errors";
import type { ClosingHolidaysInput, ClosureInput, WeeklyHoursInput } from "./schema";
import { siteMessages } from "./messages";

const asDate = (key: string) => new Date(`${key}T00:00:00Z`);

export async function replaceWeeklyHours(actorId: string, input: WeeklyHoursInput): Promise<void> {
  await transaction(db, async (tx) => {
    // Two editors saving at once apply one after the other, never interleaved.
    if ((await lockRows(tx, "Site", [input.siteId])).length === 0)
      throw new AppError("NOT_FOUND", siteMessages.siteNotFound);
    const before = await tx.openingHours.findMany({
      where: { siteId: input.siteId },
      select: { weekday: true, opensAt: true, closesAt: true },
    });
    await tx.openingHours.deleteMany({ where: { siteId: input.siteId } });
    await tx.openingHours.createMany({ data: input.windows.map((w) => ({ ...w, siteId: input.siteId })) });
    await recordAudit(tx, {
      actorId,
      action: "opening-hours.replaced",
      subjectType: "Site",
      subjectId: input.siteId,
      details: {
        before,
        after: input.windows.map(({ weekday, opensAt, closesAt }) => ({ weekday, opensAt, closesAt })),
      },
    });
  });
}

export async function addClosure(actorId: string, input: ClosureInput, now = new Date()): Promise<string> {
  if (input.endsOn < brusselsParts(now).dateKey) throw new FieldError("endsOn", siteMessages.closureInPast);
  return transaction(db, async (tx) => {
    if (input.siteId && !(await tx.site.count({ where: { id: input.siteId } })))
      throw new FieldError("siteId", siteMessages.siteNotFound, "NOT_FOUND");
    const closure = await tx.closurePeriod.create({
      data: {
        siteId: input.siteId,
        startsOn: asDate(input.startsOn),
        endsOn: asDate(input.endsOn),
        reason: input.reason,
      },
    });
    await recordAudit(tx, {
      actorId,
      action: "closure.added",
      subjectType: "ClosurePeriod",
      subjectId: closure.id,
      details: { ...input },
    });
    return closure.id;
  });
}

export async function removeClosure(actorId: string, id: string): Promise<void> {
  await transaction(db, async (tx) => {
    const removed = await tx.closurePeriod.deleteMany({ where: { id } });
    if (removed.count === 0) throw new AppError("NOT_FOUND", siteMessages.closureNotFound);
    await recordAudit(tx, {
      actorId,
      action: "closure.removed",
      subjectType: "ClosurePeriod",
      subjectId: id,
    });
  });
}

/** Sets the holidays on which every town hall closes; the dates follow for every year. */
export async function setClosingHolidays(actorId: string, { rules }: ClosingHolidaysInput): Promise<void> {
  if (!rules.every(isHolidayRule)) throw new FieldError("rules", siteMessages.unknownHoliday);
  await transaction(db, async (tx) => {
    const before = (await tx.closingHoliday.findMany({ select: { rule: true } })).map((r) => r.rule);
    await tx.closingHoliday.deleteMany({ where: { rule: { notIn: rules } } });
    await tx.closingHoliday.createMany({ data: rules.map((rule) => ({ rule })), skipDuplicates: true });
    await recordAudit(tx, {
      actorId,
      action: "closing-holidays.set",
      subjectType: "ClosingHoliday",
      details: { before, after: rules },
    });
  });
}
