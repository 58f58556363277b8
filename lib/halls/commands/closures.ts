// Staff close a hall for a while. The closure inserts one blocking HallBooking row (status
// APPROVED, closureId set) in the same transaction, so the exclusion constraint that keeps bookings
// apart also keeps closures and bookings apart. The hall's row is locked first, like every writer
// of its time line, so what the closure finds in its way is what is really there; it names those
// active bookings, and staff cancel or move them first.
import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { brusselsInstant, formatDate, formatTime } from "@/lib/be/time";
import { db } from "@/lib/db";
import type { Tx } from "@/lib/db/client";
import { transaction } from "@/lib/db/tx";
import { AppError, FieldError } from "@/lib/errors";
import { hallMessages } from "../messages";
import type { ClosureInput } from "../schema/closure";
import { NO_OVERLAP, hallWrite, lockHall } from "./hall-lock";

const CLOSED_LABEL = "Gesloten";

async function inTheWay(tx: Tx, hallId: string, startsAt: Date, endsAt: Date) {
  const rows = await tx.hallBooking.findMany({
    where: {
      hallId,
      status: { in: ["REQUESTED", "APPROVED"] },
      startsAt: { lt: endsAt },
      endsAt: { gt: startsAt },
    },
    orderBy: { startsAt: "asc" },
    take: 20,
    include: { user: { select: { name: true } }, association: { select: { name: true } } },
  });
  // "12/05/2026 18:00–23:00 Chiro Wingene (bevestigd)", one per colliding row.
  return rows.map((b) =>
    b.closureId
      ? `een andere sluiting ${formatDate(b.startsAt)} ${formatTime(b.startsAt)} tot ${formatDate(b.endsAt)} ${formatTime(b.endsAt)} (${b.purpose})`
      : `${formatDate(b.startsAt)} ${formatTime(b.startsAt)}–${formatTime(b.endsAt)} ${b.association?.name ?? b.user.name} (${b.status === "REQUESTED" ? "aangevraagd" : "bevestigd"})`,
  );
}

export async function closeHall(input: ClosureInput, staffId: string, now = new Date()) {
  const hall = await db.hall.findUnique({ where: { id: input.hallId }, select: { id: true, name: true } });
  if (!hall) throw new FieldError("hallId", hallMessages.hallNotFound, "NOT_FOUND");
  const startsAt = brusselsInstant(input.fromDate, input.fromMinutes);
  const endsAt = brusselsInstant(input.untilDate, input.untilMinutes);
  if (endsAt <= startsAt) throw new FieldError("untilDate", hallMessages.closureEndBeforeStart);
  if (endsAt <= now) throw new FieldError("untilDate", hallMessages.closureInPast);
  return transaction(
    db,
    async (tx) => {
      await lockHall(tx, hall.id);
      const found = await inTheWay(tx, hall.id, startsAt, endsAt);
      if (found.length)
        throw new FieldError("fromDate", hallMessages.closureBlocked(hall.name, found), "CONFLICT");
      const closure = await tx.hallClosure.create({
        data: { hallId: hall.id, startsAt, endsAt, reason: input.reason, createdById: staffId },
      });
      await tx.hallBooking.create({
        data: {
          hallId: hall.id,
          userId: staffId,
          category: "EXTERNAL",
          startsAt,
          endsAt,
          status: "APPROVED",
          slotLabel: CLOSED_LABEL,
          units: 1,
          unitCents: 0,
          priceCents: 0,
          depositCents: 0,
          tariffLabel: CLOSED_LABEL,
          purpose: input.reason,
          closureId: closure.id,
          createdById: staffId,
          decidedById: staffId,
          decidedAt: now,
        },
      });
      await recordAudit(tx, {
        actorId: staffId,
        action: "hall.closed",
        subjectType: "Hall",
        subjectId: hall.id,
        details: {
          closureId: closure.id,
          startsAt: startsAt.toISOString(),
          endsAt: endsAt.toISOString(),
          reason: input.reason,
        },
      });
      return closure;
    },
    {
      ...hallWrite,
      refusals: {
        [NO_OVERLAP]: () => new FieldError("fromDate", hallMessages.closureRaced(hall.name), "CONFLICT"),
      },
    },
  );
}

/** Lifting a closure deletes it; its blocking row goes with it (ON DELETE CASCADE). */
export async function liftClosure(closureId: string, staffId: string): Promise<{ hallSlug: string }> {
  return transaction(db, async (tx) => {
    const closure = await tx.hallClosure.findUnique({
      where: { id: closureId },
      include: { hall: { select: { slug: true } } },
    });
    if (!closure) throw new AppError("NOT_FOUND", hallMessages.closureNotFound);
    await tx.hallClosure.delete({ where: { id: closureId } });
    await recordAudit(tx, {
      actorId: staffId,
      action: "hall.reopened",
      subjectType: "Hall",
      subjectId: closure.hallId,
      details: {
        closureId,
        startsAt: closure.startsAt.toISOString(),
        endsAt: closure.endsAt.toISOString(),
        reason: closure.reason,
      },
    });
    return { hallSlug: closure.hall.slug };
  });
}
