// Presence per day of a session, saved by staff in one post for the whole grid: the ticked
// (registration, day) pairs replace what was stored for the session's placed children. A pair
// already stored stays as it was (who marked it and when), a new one is added, an unticked one
// goes. Checked against the session's own days and registrations, so a hand-made post cannot mark
// anything else.
import { recordAudit } from "@/lib/audit/record";
import type { Db } from "@/lib/db/client";
import { transaction } from "@/lib/db/tx";
import { AppError } from "@/lib/errors";
import { sessionDays } from "../attendance-rules";
import { activityMessages } from "../messages";
import { dateKeyOf as dayKey } from "@/lib/be/date-key";

export type AttendanceInput = { sessionId: string; days: Record<string, string[]> };

/** Children whose presence is kept: a place held or paid. */
export const PRESENT_STATUSES = ["HELD", "CONFIRMED"] as const;

export async function saveAttendance(db: Db, input: AttendanceInput, actor: { userId: string }) {
  return transaction(db, async (tx) => {
    const session = await tx.activitySession.findUnique({ where: { id: input.sessionId } });
    if (!session) throw new AppError("NOT_FOUND", activityMessages.sessionNotFound);
    const days = sessionDays(session);
    const registrations = await tx.activityRegistration.findMany({
      where: { sessionId: session.id, status: { in: [...PRESENT_STATUSES] } },
      select: { id: true },
    });
    const ids = new Set(registrations.map((r) => r.id));
    const ticked = new Set<string>();
    for (const [day, present] of Object.entries(input.days)) {
      if (!days.includes(day)) throw new AppError("INVALID_INPUT", activityMessages.attendanceDayOutside);
      for (const registrationId of present) {
        if (!ids.has(registrationId))
          throw new AppError("INVALID_INPUT", activityMessages.registrationNotFound);
        ticked.add(`${registrationId}|${day}`);
      }
    }
    const stored = await tx.activityAttendance.findMany({
      where: { registrationId: { in: [...ids] } },
      select: { registrationId: true, day: true },
    });
    const storedKeys = new Set(stored.map((a) => `${a.registrationId}|${dayKey(a.day)}`));
    const removed = stored.filter((a) => !ticked.has(`${a.registrationId}|${dayKey(a.day)}`));
    if (removed.length > 0)
      await tx.activityAttendance.deleteMany({
        where: { OR: removed.map((a) => ({ registrationId: a.registrationId, day: a.day })) },
      });
    const added = [...ticked].filter((k) => !storedKeys.has(k));
    await tx.activityAttendance.createMany({
      data: added.map((k) => {
        const [registrationId, day] = k.split("|") as [string, string];
        return { registrationId, day: new Date(`${day}T00:00:00Z`), markedById: actor.userId };
      }),
      skipDuplicates: true,
    });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "activity.attendance-saved",
      subjectType: "ActivitySession",
      subjectId: session.id,
      details: { present: ticked.size, added: added.length, removed: removed.length },
    });
    return ticked.size;
  });
}
