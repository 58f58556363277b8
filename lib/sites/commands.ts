// Exceptional closures, managed by staff with sites:manage. Holidays are seeded the same way.
import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { brusselsParts } from "@/lib/be/time";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ClosureInput } from "./schema";
import { siteMessages } from "./messages";

const asDate = (key: string) => new Date(`${key}T00:00:00Z`);

export async function addClosure(actorId: string, input: ClosureInput, now = new Date()): Promise<string> {
  if (input.endsOn < brusselsParts(now).dateKey)
    throw new AppError("INVALID_INPUT", siteMessages.closureInPast);
  return db.$transaction(async (tx) => {
    if (input.siteId && !(await tx.site.count({ where: { id: input.siteId } })))
      throw new AppError("NOT_FOUND", siteMessages.siteNotFound);
    const closure = await tx.closurePeriod.create({
      data: {
        siteId: input.siteId,
        startsOn: asDate(input.startsOn),
        endsOn: asDate(input.endsOn),
        reason: input.reason,
        kind: "EXCEPTIONAL",
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
  await db.$transaction(async (tx) => {
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
