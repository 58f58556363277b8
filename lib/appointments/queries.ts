// Reads for the appointment pages: bookable services, where they are offered, free slots, and an
// appointment reached by its personal link or listed for its resident.
import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { CACHE_TAGS } from "@/lib/cache/tags";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { paged } from "@/lib/paging";
import { appointmentMailInclude } from "./mails";
import { loadSlotInput } from "./slot-input";
import { generateSlots, type Slot } from "./slots";
import { hashManageToken } from "./token";
import { manageTokenPattern } from "./token-format";

// The service catalogue is cached for every visitor; the management actions for services and
// desks expire CACHE_TAGS.appointmentServices. Free slots are always read per request.
export async function listServices() {
  "use cache";
  cacheLife("max");
  cacheTag(CACHE_TAGS.appointmentServices);
  return db.appointmentService.findMany({
    where: { active: true, desks: { some: { desk: { active: true } } } },
    orderBy: { sortOrder: "asc" },
  });
}

export async function getService(slug: string) {
  "use cache";
  cacheLife("max");
  cacheTag(CACHE_TAGS.appointmentServices);
  return db.appointmentService.findFirst({ where: { slug, active: true } });
}

/** Sites with at least one active desk offering the service. */
export async function sitesOffering(serviceId: string) {
  "use cache";
  cacheLife("max");
  cacheTag(CACHE_TAGS.appointmentServices, CACHE_TAGS.sites);
  return db.site.findMany({
    where: { desks: { some: { active: true, appointmentServices: { some: { serviceId } } } } },
    orderBy: { sortOrder: "asc" },
  });
}

export async function freeSlots(
  serviceId: string,
  siteId: string,
  now = new Date(),
  options: { ignoreAppointmentId?: string; byStaff?: boolean } = {},
): Promise<Slot[]> {
  const input = await loadSlotInput({ serviceId, siteId, now, ...options });
  return input ? generateSlots(input) : [];
}

/** Null for a malformed or unknown token: the page then says the link is not valid. */
export async function getAppointmentByToken(token: string) {
  if (!manageTokenPattern.test(token)) return null;
  return db.appointment.findUnique({
    where: { manageTokenHash: hashManageToken(token) },
    include: { ...appointmentMailInclude, site: true, service: true },
  });
}

/** A well-formed link that stopped working because the appointment was moved with a new link. */
export async function isRetiredLink(token: string) {
  if (!manageTokenPattern.test(token)) return false;
  const row = await db.appointmentRetiredLink.findUnique({ where: { tokenHash: hashManageToken(token) } });
  return Boolean(row);
}

/**
 * The resident's appointments: the coming ones (soonest on top) and the past ones (latest on top),
 * each a page of its own (lib/paging), on the index Appointment(userId, startsAt).
 */
export async function appointmentsOf(
  userId: string,
  pages: { coming: number; past: number } = { coming: 1, past: 1 },
  now = new Date(),
) {
  const include = { ...appointmentMailInclude, bookedBy: { select: { name: true } } } as const;
  const list = (page: number, where: Prisma.AppointmentWhereInput, order: "asc" | "desc") =>
    paged(
      page,
      () => db.appointment.count({ where }),
      (window) =>
        db.appointment.findMany({ where, orderBy: [{ startsAt: order }, { id: order }], include, ...window }),
    );
  const [coming, past] = await Promise.all([
    list(pages.coming, { userId, startsAt: { gte: now } }, "asc"),
    list(pages.past, { userId, startsAt: { lt: now } }, "desc"),
  ]);
  return { coming, past };
}

/** One of the resident's own appointments (authorisation in the query). */
export function ownAppointment(userId: string, id: string) {
  return db.appointment.findFirst({
    where: { id, userId },
    include: { ...appointmentMailInclude, service: true, site: true, bookedBy: { select: { name: true } } },
  });
}
