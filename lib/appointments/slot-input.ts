// Loads what generateSlots needs for one service at one site over a range of days.
import "server-only";
import { addBrusselsDays, brusselsInstant } from "@/lib/be/time";
import { db } from "@/lib/db";
import { getSitesWithHours } from "@/lib/sites/queries";
import type { SlotInput } from "./slots";

export type SlotScope = {
  serviceId: string;
  siteId: string;
  from?: string;
  to?: string;
  now: Date;
  /** When moving an appointment, its own time does not count as busy. */
  ignoreAppointmentId?: string;
};

export async function loadSlotInput(scope: SlotScope): Promise<SlotInput | null> {
  const service = await db.appointmentService.findFirst({
    where: { id: scope.serviceId, active: true },
    include: {
      counters: {
        where: { counter: { siteId: scope.siteId, active: true } },
        include: { counter: { include: { availability: true } } },
      },
    },
  });
  if (!service || service.counters.length === 0) return null;
  const site = (await getSitesWithHours(scope.now)).find((s) => s.id === scope.siteId);
  if (!site) return null;

  const counterIds = service.counters.map((c) => c.counterId);
  const from = scope.from ? brusselsInstant(scope.from, 0) : scope.now;
  const range = scope.to ? { lt: brusselsInstant(addBrusselsDays(scope.to, 1), 0) } : {};
  const [appointments, blocks] = await Promise.all([
    db.appointment.findMany({
      where: {
        counterId: { in: counterIds },
        status: { not: "CANCELLED" },
        blockedUntil: { gt: from },
        startsAt: range,
        ...(scope.ignoreAppointmentId ? { id: { not: scope.ignoreAppointmentId } } : {}),
      },
      select: { counterId: true, startsAt: true, blockedUntil: true, slotKey: true },
    }),
    db.counterBlock.findMany({
      where: { counterId: { in: counterIds }, endsAt: { gt: from }, startsAt: range },
      select: { counterId: true, startsAt: true, endsAt: true },
    }),
  ]);
  return {
    service,
    siteWindows: site.windows,
    closures: site.closures,
    counters: service.counters.map((c) => ({ id: c.counterId, availability: c.counter.availability })),
    busy: [
      ...appointments.map((a) => ({
        counterId: a.counterId,
        startsAt: a.startsAt,
        until: a.blockedUntil,
        slotKey: a.slotKey,
      })),
      ...blocks.map((b) => ({ counterId: b.counterId, startsAt: b.startsAt, until: b.endsAt })),
    ],
    now: scope.now,
    from: scope.from,
    to: scope.to,
  };
}
