// Staff change the day parts halls rent by (name and hours). Bookings already made keep their own
// start and end, so changing a part only affects new requests.
import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { transaction } from "@/lib/db/tx";
import { FieldError } from "@/lib/errors";
import { hallMessages } from "../messages";
import type { DayPartInput } from "../schema/day-parts";

export async function saveDayParts(staffId: string, parts: DayPartInput[]): Promise<void> {
  await transaction(db, async (tx) => {
    const known = new Set((await tx.hallDayPart.findMany({ select: { code: true } })).map((p) => p.code));
    for (const part of parts)
      if (!known.has(part.code))
        throw new FieldError(`parts.${part.code}.label`, hallMessages.dayPartNotFound, "NOT_FOUND");
    for (const [sortOrder, part] of parts.entries())
      await tx.hallDayPart.update({
        where: { code: part.code },
        data: { label: part.label, startMinutes: part.startMinutes, endMinutes: part.endMinutes, sortOrder },
      });
    await recordAudit(tx, {
      actorId: staffId,
      action: "hall.day-parts-changed",
      subjectType: "HallDayPart",
      subjectId: "all",
      details: { parts: parts.map((p) => ({ ...p })) },
    });
  });
}
