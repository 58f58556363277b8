// Finding the slot a booking asks for and writing it onto a desk without ever over-booking.
// The database is the authority: the exclusion constraint Appointment_desk_no_overlap refuses an
// overlapping appointment on the same desk, and the places of a group session are counted under a
// transaction-scoped advisory lock on the session's key. Each desk is tried in a transaction of
// its own (a refused insert aborts the transaction it ran in) through the one transaction helper,
// so a loser waits at most its lock timeout and a deadlock between racing inserts is retried.
import "server-only";
import { randomUUID } from "node:crypto";
import { brusselsParts } from "@/lib/be/time";
import { db } from "@/lib/db";
import type { Tx } from "@/lib/db/client";
import { transaction, violatedConstraint } from "@/lib/db/tx";
import { AppError } from "@/lib/errors";
import { appointmentMessages } from "./messages";
import { loadSlotInput } from "./slot-input";
import { generateSlots, groupSlotKey, type Slot } from "./slots";

export const NO_OVERLAP = "Appointment_desk_no_overlap";

// The places of a group session are counted one booking after the other under the session's lock,
// each holding it for a count and an insert. A queue of people booking one session at once is not
// a sign the session is full, so they wait longer for that lock than the default before a booking
// counts as refused (a busy shared machine once turned the eighth of twelve into "taken").
const GROUP_LOCK_TIMEOUT_MS = 10_000;

const slotTaken = () => new AppError("CONFLICT", appointmentMessages.slotTaken);

/** Another booking held this desk's slot longer than the lock timeout: try the next desk. */
class DeskBusy extends AppError {
  constructor() {
    super("CONFLICT", appointmentMessages.slotTaken);
  }
}

export type SlotRequest = {
  serviceId: string;
  siteId: string;
  startsAt: Date;
  now: Date;
  /** Staff at the desk or on the phone may book without the online lead time and same-day rule. */
  byStaff?: boolean;
  ignoreAppointmentId?: string;
};

export async function findRequestedSlot(request: SlotRequest): Promise<{ slot: Slot; capacity: number }> {
  if (request.startsAt.getTime() <= request.now.getTime())
    throw new AppError("INVALID_INPUT", appointmentMessages.slotInPast);
  const day = brusselsParts(request.startsAt).dateKey;
  const input = await loadSlotInput({
    serviceId: request.serviceId,
    siteId: request.siteId,
    from: day,
    to: day,
    now: request.now,
    ignoreAppointmentId: request.ignoreAppointmentId,
    byStaff: request.byStaff,
  });
  if (!input) throw new AppError("NOT_FOUND", appointmentMessages.serviceNotOfferedHere);
  const at = request.startsAt.getTime();
  const slot = generateSlots(input).find((s) => s.startsAt.getTime() === at);
  if (slot) return { slot, capacity: input.service.capacityPerSlot };
  const existsWhenFree = generateSlots({ ...input, busy: [] }).some((s) => s.startsAt.getTime() === at);
  if (existsWhenFree) throw slotTaken();
  throw new AppError("INVALID_INPUT", appointmentMessages.slotNotOffered);
}

export type Placement = {
  deskId: string;
  slotKey: string;
  startsAt: Date;
  endsAt: Date;
  blockedUntil: Date;
};

/**
 * Runs `write` for the first desk of the slot that still has room. `write` inserts or moves the
 * appointment with the placement; the constraint or the group count decides, not the earlier read.
 * A desk whose lock is held too long by another booking counts as taken.
 */
export async function placeOnDesk<T>(
  serviceId: string,
  { slot, capacity }: { slot: Slot; capacity: number },
  write: (tx: Tx, placement: Placement) => Promise<T>,
): Promise<T> {
  for (const { deskId } of slot.desks) {
    const group = capacity > 1;
    const slotKey = group ? groupSlotKey(serviceId, deskId, slot.startsAt) : randomUUID();
    const placement = {
      deskId,
      slotKey,
      startsAt: slot.startsAt,
      endsAt: slot.endsAt,
      blockedUntil: slot.blockedUntil,
    };
    try {
      const result = await transaction(
        db,
        async (tx) => {
          if (group) {
            await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${slotKey}, 0))`;
            const taken = await tx.appointment.count({ where: { slotKey, status: { not: "CANCELLED" } } });
            if (taken >= capacity) return { full: true as const };
          }
          return { full: false as const, value: await write(tx, placement) };
        },
        { busy: () => new DeskBusy(), ...(group ? { lockTimeoutMs: GROUP_LOCK_TIMEOUT_MS } : {}) },
      );
      if (!result.full) return result.value;
    } catch (error) {
      if (violatedConstraint(error) !== NO_OVERLAP && !(error instanceof DeskBusy)) throw error;
    }
  }
  throw slotTaken();
}
