// Reads for managing services and desks; callers have checked frontoffice:manage.
import "server-only";
import { db } from "@/lib/db";

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
