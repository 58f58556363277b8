// Reads for managing services and counters; callers have checked frontoffice:manage.
import "server-only";
import { db } from "@/lib/db";

export function servicesWithCounters() {
  return db.appointmentService.findMany({
    orderBy: { sortOrder: "asc" },
    include: { counters: { select: { counterId: true } } },
  });
}

export function sitesWithCounters() {
  return db.site.findMany({
    orderBy: { sortOrder: "asc" },
    select: {
      id: true,
      name: true,
      counters: {
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
