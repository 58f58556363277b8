// What the desk and the call centre do: book for a caller or a visitor (bookAppointment with
// bookedById), mark arrived / served / no-show, and close a desk for a while.
import "server-only";
import type { AppointmentStatus } from "@/generated/prisma/enums";
import { recordAudit } from "@/lib/audit/record";
import { brusselsInstant } from "@/lib/be/time";
import { db } from "@/lib/db";
import { lockRows, transaction } from "@/lib/db/tx";
import { AppError, FieldError } from "@/lib/errors";
import { bookAppointment, cancelAppointment } from "./commands";
import type { BlockInput, StaffBookingInput } from "./staff-schema";
import { appointmentMessages } from "./messages";
import { residentMessages } from "@/lib/residents/messages";
import { siteMessages } from "@/lib/sites/messages";

/**
 * Books for the resident found at the desk, or for whoever the follow-up is for; a caller who was
 * not found books under the name and phone number given.
 */
export async function bookByStaff(staffId: string, input: StaffBookingInput) {
  let userId: string | null = null;
  if (input.residentId) {
    const resident = await db.user.findUnique({ where: { id: input.residentId }, select: { id: true } });
    if (!resident) throw new AppError("NOT_FOUND", residentMessages.residentNotFound);
    userId = resident.id;
  }
  if (input.followUpOfId) {
    const previous = await db.appointment.findUnique({
      where: { id: input.followUpOfId },
      select: { userId: true },
    });
    if (!previous) throw new AppError("NOT_FOUND", appointmentMessages.previousNotFound);
    userId ??= previous.userId;
  }
  return bookAppointment(input, { userId, bookedById: staffId, followUpOfId: input.followUpOfId });
}

/** Which status may follow which: a mark that no longer applies changes nothing. */
const ALLOWED_FROM: Record<"ARRIVED" | "SERVED" | "NO_SHOW", AppointmentStatus[]> = {
  ARRIVED: ["BOOKED", "NO_SHOW"],
  SERVED: ["BOOKED", "ARRIVED"],
  NO_SHOW: ["BOOKED"],
};

export async function markAppointment(
  actorId: string,
  id: string,
  status: "ARRIVED" | "SERVED" | "NO_SHOW" | "CANCELLED",
) {
  if (status === "CANCELLED") {
    const exists = await db.appointment.findUnique({ where: { id }, select: { status: true } });
    if (!exists) throw new AppError("NOT_FOUND", appointmentMessages.appointmentNotFound);
    if (exists.status !== "BOOKED") throw new AppError("CONFLICT", appointmentMessages.onlyBookedCancellable);
    return cancelAppointment(id, actorId);
  }
  await transaction(db, async (tx) => {
    const done = await tx.appointment.updateMany({
      where: { id, status: { in: ALLOWED_FROM[status] } },
      data: { status },
    });
    if (done.count === 0) throw new AppError("CONFLICT", appointmentMessages.changedMeanwhile);
    const row = await tx.appointment.findUniqueOrThrow({ where: { id }, select: { userId: true } });
    await recordAudit(tx, {
      actorId,
      onBehalfOfId: row.userId,
      action: `appointment.${status.toLowerCase() as Lowercase<typeof status>}`,
      subjectType: "Appointment",
      subjectId: id,
    });
  });
}

/** Closes a desk for a period on one day. Appointments in it must be moved first. */
export async function blockDesk(actorId: string, input: BlockInput, now = new Date()) {
  const startsAt = brusselsInstant(input.date, input.from);
  const endsAt = brusselsInstant(input.date, input.to);
  if (endsAt <= now) throw new FieldError("to", appointmentMessages.periodInPast);
  return transaction(db, async (tx) => {
    // Two staff closing the same desk at once are checked one after the other.
    await lockRows(tx, "Desk", [input.deskId]);
    const desk = await tx.desk.findUnique({ where: { id: input.deskId } });
    if (!desk) throw new FieldError("deskId", siteMessages.deskNotFound, "NOT_FOUND");
    const inTheWay = await tx.appointment.count({
      where: {
        deskId: input.deskId,
        status: { in: ["BOOKED", "ARRIVED"] },
        startsAt: { lt: endsAt },
        blockedUntil: { gt: startsAt },
      },
    });
    if (inTheWay > 0)
      throw new AppError("CONFLICT", appointmentMessages.appointmentsInTheWay(inTheWay, desk.name));
    const block = await tx.deskBlock.create({
      data: { deskId: input.deskId, startsAt, endsAt, reason: input.reason, createdById: actorId },
    });
    await recordAudit(tx, {
      actorId,
      action: "desk.blocked",
      subjectType: "DeskBlock",
      subjectId: block.id,
      details: { desk: desk.name, startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString() },
    });
    return block.id;
  });
}

export async function removeDeskBlock(actorId: string, id: string) {
  await transaction(db, async (tx) => {
    const removed = await tx.deskBlock.deleteMany({ where: { id } });
    if (removed.count === 0) throw new AppError("NOT_FOUND", appointmentMessages.blockNotFound);
    await recordAudit(tx, {
      actorId,
      action: "desk.unblocked",
      subjectType: "DeskBlock",
      subjectId: id,
    });
  });
}
