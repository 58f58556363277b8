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
  /** Staff on the phone or at the desk may book today and without the online lead time. */
  byStaff?: boolean;
};

export async function loadSlotInput(scope: SlotScope): Promise<SlotInput | null> {
  const service = await db.appointmentService.findFirst({
    where: { id: scope.serviceId, active: true },
    include: {
      desks: {
        where: { desk: { siteId: scope.siteId, active: true } },
        include: { desk: { include: { availability: true } } },
      },
    },
  });
  if (!service || service.desks.length === 0) return null;
  const site = (await getSitesWithHours(scope.now)).find((s) => s.id === scope.siteId);
  if (!site) return null;

  const deskIds = service.desks.map((c) => c.deskId);
  const from = scope.from ? brusselsInstant(scope.from, 0) : scope.now;
  const range = scope.to ? { lt: brusselsInstant(addBrusselsDays(scope.to, 1), 0) } : {};
  const [appointments, blocks] = await Promise.all([
    db.appointment.findMany({
      where: {
        deskId: { in: deskIds },
        status: { not: "CANCELLED" },
        blockedUntil: { gt: from },
        startsAt: range,
        ...(scope.ignoreAppointmentId ? { id: { not: scope.ignoreAppointmentId } } : {}),
      },
      select: { deskId: true, startsAt: true, blockedUntil: true, slotKey: true },
    }),
    db.deskBlock.findMany({
      where: { deskId: { in: deskIds }, endsAt: { gt: from }, startsAt: range },
      select: { deskId: true, startsAt: true, endsAt: true },
    }),
  ]);
  return {
    service: scope.byStaff ? { ...service, leadTimeMinutes: 0, sameDayAllowed: true } : service,
    siteWindows: site.windows,
    closures: site.closures,
    desks: service.desks.map((c) => ({ id: c.deskId, availability: c.desk.availability })),
    busy: [
      ...appointments.map((a) => ({
        deskId: a.deskId,
        startsAt: a.startsAt,
        until: a.blockedUntil,
        slotKey: a.slotKey,
      })),
      ...blocks.map((b) => ({ deskId: b.deskId, startsAt: b.startsAt, until: b.endsAt })),
    ],
    now: scope.now,
    from: scope.from,
    to: scope.to,
  };
}
