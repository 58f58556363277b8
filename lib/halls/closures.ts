// Staff close a hall for a while. The closure inserts one blocking HallBooking row (status
// APPROVED, closureId set) in the same transaction, so the exclusion constraint that keeps bookings
// apart also keeps closures and bookings apart: whichever commits first wins, the other is refused.
// A refused closure names the active bookings in its way; staff cancel or move them first.
import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { brusselsInstant, formatDate, formatTime } from "@/lib/be/time";
import { db } from "@/lib/db";
import { AppError, FieldError } from "@/lib/errors";
import type { ClosureInput } from "./closure-schema";
import { BOOKING_TX, isOverlapViolation, retryOnDeadlock } from "./errors";
import { hallMessages } from "./messages";

const CLOSED_LABEL = "Gesloten";

async function collisions(hallId: string, startsAt: Date, endsAt: Date) {
  return db.hallBooking.findMany({
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
}

/** "12/05/2026 18:00–23:00 Chiro Wingene (bevestigd)", one per colliding row. */
function describe(rows: Awaited<ReturnType<typeof collisions>>): string[] {
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
  try {
    return await retryOnDeadlock(() =>
      db.$transaction(async (tx) => {
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
      }, BOOKING_TX),
    );
  } catch (error) {
    if (!isOverlapViolation(error)) throw error;
    const found = describe(await collisions(hall.id, startsAt, endsAt));
    throw new FieldError(
      "fromDate",
      found.length ? hallMessages.closureBlocked(hall.name, found) : hallMessages.closureRaced(hall.name),
      "CONFLICT",
    );
  }
}

/** Lifting a closure deletes it; its blocking row goes with it (ON DELETE CASCADE). */
export async function liftClosure(closureId: string, staffId: string): Promise<{ hallSlug: string }> {
  return db.$transaction(async (tx) => {
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

export async function upcomingClosures(hallId: string, now = new Date()) {
  return db.hallClosure.findMany({
    where: { hallId, endsAt: { gt: now } },
    orderBy: { startsAt: "asc" },
  });
}
