// Reads for the front office and its management screens: a site's day and week per desk, one
// appointment, services and desks. Callers have checked frontoffice:manage.
import "server-only";
import { addBrusselsDays, brusselsInstant } from "@/lib/be/time";
import { db } from "@/lib/db";

export function listSites() {
  return db.site.findMany({
    orderBy: { sortOrder: "asc" },
    select: { id: true, name: true, slug: true, street: true, postcode: true, city: true },
  });
}

export async function dayCalendar(siteId: string, dateKey: string) {
  const from = brusselsInstant(dateKey, 0);
  const to = brusselsInstant(addBrusselsDays(dateKey, 1), 0);
  return db.desk.findMany({
    where: { siteId, active: true },
    orderBy: { name: "asc" },
    include: {
      appointments: {
        where: { startsAt: { gte: from, lt: to }, status: { not: "CANCELLED" } },
        orderBy: { startsAt: "asc" },
        include: { service: { select: { name: true } }, bookedBy: { select: { name: true } } },
      },
      blocks: { where: { startsAt: { lt: to }, endsAt: { gt: from } }, orderBy: { startsAt: "asc" } },
    },
  });
}

export function getAppointmentForStaff(id: string) {
  return db.appointment.findUnique({
    where: { id },
    include: {
      service: true,
      site: true,
      desk: { select: { name: true } },
      bookedBy: { select: { name: true } },
      user: { select: { id: true, name: true } },
    },
  });
}

export function bookableServices() {
  return db.appointmentService.findMany({
    where: { active: true },
    orderBy: { sortOrder: "asc" },
    select: { id: true, name: true, capacityPerSlot: true, whatToBring: true },
  });
}

/** A site's week, per desk (or one desk): appointments and closures from Monday to Sunday. */
export async function weekCalendar(siteId: string, monday: string, deskId?: string) {
  const from = brusselsInstant(monday, 0);
  const to = brusselsInstant(addBrusselsDays(monday, 7), 0);
  return db.desk.findMany({
    where: { siteId, active: true, ...(deskId ? { id: deskId } : {}) },
    orderBy: { name: "asc" },
    include: {
      appointments: {
        where: { startsAt: { gte: from, lt: to }, status: { not: "CANCELLED" } },
        orderBy: { startsAt: "asc" },
        select: {
          id: true,
          startsAt: true,
          endsAt: true,
          name: true,
          status: true,
          service: { select: { name: true } },
        },
      },
      blocks: { where: { startsAt: { lt: to }, endsAt: { gt: from } }, orderBy: { startsAt: "asc" } },
    },
  });
}

export function siteDesks(siteId: string) {
  return db.desk.findMany({
    where: { siteId, active: true },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}

export function servicesWithDesks() {
  return db.appointmentService.findMany({
    orderBy: { sortOrder: "asc" },
    include: { desks: { select: { deskId: true } } },
  });
}

export function sitesWithDesks() {
  return db.site.findMany({
    orderBy: { sortOrder: "asc" },
    select: {
      id: true,
      name: true,
      desks: {
        where: { active: true },
        orderBy: { name: "asc" },
        select: {
          id: true,
          name: true,
          availability: { orderBy: [{ weekday: "asc" }, { startsAt: "asc" }] },
        },
      },
    },
  });
}
