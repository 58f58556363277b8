// Booking, moving and cancelling appointments. Residents, the call centre and the desk use the
// same commands; staff are recorded as `bookedById` and in the audit log with the resident.
import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import type { Db, Tx } from "@/lib/db/client";
import { transaction } from "@/lib/db/tx";
import { AppError } from "@/lib/errors";
import { deliverQueued, queueMail } from "@/lib/mail/outbox";
import { appointmentLinks } from "./links";
import { appointmentBookedMail, appointmentCancelledMail, appointmentMailInclude } from "./mails";
import { appointmentMessages } from "./messages";
import { findRequestedSlot, placeOnDesk } from "./place";
import { hashManageToken, newManageToken } from "./token";

export type BookingRequest = {
  serviceId: string;
  siteId: string;
  startsAt: Date;
  name: string;
  /** Empty for a caller without e-mail: they get no mail (staff can print the confirmation). */
  email: string;
  phone: string | null;
};

export type Booker = {
  /** The resident the appointment is for, when known (signed in, or found by staff). */
  userId: string | null;
  /** The staff member who booked it for a caller or a desk visitor. */
  bookedById?: string | null;
  /** The appointment at the end of which this follow-up was booked. */
  followUpOfId?: string | null;
};

export async function bookAppointment(request: BookingRequest, booker: Booker, now = new Date()) {
  const byStaff = Boolean(booker.bookedById);
  const slot = await findRequestedSlot({ ...request, now, byStaff });
  const { token, hash } = newManageToken();
  const { appointment, mailId } = await placeOnDesk(request.serviceId, slot, async (tx, placement) => {
    const appointment = await tx.appointment.create({
      data: {
        serviceId: request.serviceId,
        siteId: request.siteId,
        ...placement,
        name: request.name,
        email: request.email,
        phone: request.phone,
        userId: booker.userId,
        bookedById: booker.bookedById ?? null,
        followUpOfId: booker.followUpOfId ?? null,
        manageTokenHash: hash,
      },
      include: appointmentMailInclude,
    });
    await recordAudit(tx, {
      actorId: booker.bookedById ?? booker.userId,
      onBehalfOfId: booker.userId,
      action: byStaff ? "appointment.booked-by-staff" : "appointment.booked",
      subjectType: "Appointment",
      subjectId: appointment.id,
      details: { service: appointment.service.name, startsAt: appointment.startsAt.toISOString() },
    });
    const mailId = appointment.email
      ? await queueMail(tx, appointmentBookedMail(appointment, appointmentLinks(appointment.service, token)))
      : null;
    return { appointment, mailId };
  });
  await deliverQueued(db, [mailId]);
  return { id: appointment.id, token, startsAt: appointment.startsAt };
}

async function findByToken(reader: Tx | Db, token: string) {
  const tokenHash = hashManageToken(token);
  const appointment = await reader.appointment.findUnique({
    where: { manageTokenHash: tokenHash },
    include: appointmentMailInclude,
  });
  if (appointment) return appointment;
  const retired = await reader.appointmentRetiredLink.findUnique({ where: { tokenHash } });
  if (retired) throw new AppError("NOT_FOUND", appointmentMessages.retiredLink);
  throw new AppError("NOT_FOUND", appointmentMessages.invalidLink);
}

function assertChangeable(appointment: { status: string; startsAt: Date }, now: Date) {
  if (appointment.status === "CANCELLED")
    throw new AppError("CONFLICT", appointmentMessages.alreadyCancelled);
  if (appointment.status !== "BOOKED" || appointment.startsAt.getTime() <= now.getTime())
    throw new AppError("CONFLICT", appointmentMessages.over);
}

/** Moves an appointment reached by its personal link; the link keeps working. */
export async function rescheduleByToken(token: string, startsAt: Date, now = new Date()) {
  const current = await findByToken(db, token);
  assertChangeable(current, now);
  return moveAppointment(current.id, startsAt, { actorId: current.userId, token }, now);
}

/**
 * Moves an appointment. Through the personal link (`who.token`) the link keeps working. Moved by
 * staff or from Mijn Wingene, the resident may not have that link at hand (a caller booked by
 * phone, a forwarded mail), so the link is rotated: the new one goes out with the new .ics and the
 * old one is kept as retired, so it can say why it stopped working.
 */
export async function moveAppointment(
  id: string,
  startsAt: Date,
  who: { actorId: string | null; token?: string; byStaff?: boolean; userId?: string },
  now = new Date(),
) {
  const current = await db.appointment.findFirst({
    where: { id, ...(who.userId ? { userId: who.userId } : {}) },
  });
  if (!current) throw new AppError("NOT_FOUND", appointmentMessages.appointmentNotFound);
  assertChangeable(current, now);
  const slot = await findRequestedSlot({
    serviceId: current.serviceId,
    siteId: current.siteId,
    startsAt,
    now,
    byStaff: who.byStaff,
    ignoreAppointmentId: id,
  });
  const { token: linkToken, hash: newHash } = who.token ? { token: who.token, hash: null } : newManageToken();
  const { moved, mailId } = await placeOnDesk(current.serviceId, slot, async (tx, placement) => {
    // Conditional on what was read: of two moves at once (staff and resident), one wins.
    const updated = await tx.appointment.updateMany({
      where: { id, status: "BOOKED", sequence: current.sequence, manageTokenHash: current.manageTokenHash },
      data: {
        ...placement,
        sequence: { increment: 1 },
        reminderSentAt: null,
        ...(newHash ? { manageTokenHash: newHash } : {}),
      },
    });
    if (updated.count === 0) throw new AppError("CONFLICT", appointmentMessages.changedMeanwhile);
    if (newHash)
      await tx.appointmentRetiredLink.create({
        data: { tokenHash: current.manageTokenHash, appointmentId: id },
      });
    const moved = await tx.appointment.findUniqueOrThrow({ where: { id }, include: appointmentMailInclude });
    await recordAudit(tx, {
      actorId: who.actorId,
      onBehalfOfId: moved.userId,
      action: "appointment.moved",
      subjectType: "Appointment",
      subjectId: id,
      details: {
        from: current.startsAt.toISOString(),
        to: moved.startsAt.toISOString(),
        newLink: Boolean(newHash),
      },
    });
    const mailId = moved.email
      ? await queueMail(tx, appointmentBookedMail(moved, appointmentLinks(moved.service, linkToken), true))
      : null;
    return { moved, mailId };
  });
  await deliverQueued(db, [mailId]);
  return { id, startsAt: moved.startsAt, token: linkToken };
}

/** Moves from Mijn Wingene: only the resident's own appointment (authorisation in the query). */
export function moveOwnAppointment(userId: string, id: string, startsAt: Date, now = new Date()) {
  return moveAppointment(id, startsAt, { actorId: userId, userId }, now);
}

/** Cancels through the personal link. Cancelling twice is harmless. */
export async function cancelByToken(token: string, now = new Date()) {
  const appointment = await findByToken(db, token);
  if (appointment.status === "CANCELLED") return;
  assertChangeable(appointment, now);
  await cancelAppointment(appointment.id, appointment.userId);
}

/** Cancels a booked appointment (a conditional update: cancelling twice mails once). */
export async function cancelAppointment(id: string, actorId: string | null) {
  const mailId = await transaction(db, async (tx) => {
    const done = await tx.appointment.updateMany({
      where: { id, status: "BOOKED" },
      data: { status: "CANCELLED", cancelledAt: new Date(), sequence: { increment: 1 } },
    });
    if (done.count === 0) return null;
    const appointment = await tx.appointment.findUniqueOrThrow({
      where: { id },
      include: appointmentMailInclude,
    });
    await recordAudit(tx, {
      actorId,
      onBehalfOfId: appointment.userId,
      action: "appointment.cancelled",
      subjectType: "Appointment",
      subjectId: id,
    });
    return appointment.email
      ? queueMail(tx, appointmentCancelledMail(appointment, appointmentLinks(appointment.service)))
      : null;
  });
  await deliverQueued(db, [mailId]);
}

/** Cancels from Mijn Wingene: only the resident's own appointment (authorisation in the query). */
export async function cancelOwnAppointment(userId: string, id: string, now = new Date()) {
  const appointment = await db.appointment.findFirst({ where: { id, userId } });
  if (!appointment) throw new AppError("NOT_FOUND", appointmentMessages.appointmentNotFound);
  if (appointment.status === "CANCELLED") return;
  assertChangeable(appointment, now);
  await cancelAppointment(id, userId);
}
