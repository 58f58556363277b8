// Registrations for activities on the parent's timeline, linking to Mijn activiteiten.
import "server-only";
import { ACTIVITIES_SERVICE, REGISTRATION_STATUS_LABELS } from "@/lib/activities/labels";
import { formatDate } from "@/lib/be/time";
import { db } from "@/lib/db";
import { staffNames } from "../staff-names";
import type { TimelineSource } from "../types";

export const activityActivity: TimelineSource = async (userId, limit) => {
  const rows = await db.activityRegistration.findMany({
    where: { userId },
    orderBy: { updatedAt: "desc" },
    take: limit,
    include: { session: { include: { activity: { select: { title: true } } } } },
  });
  const staff = await staffNames(rows.map((r) => r.createdById));
  return rows.map((r) => ({
    id: `activity-${r.id}`,
    at: r.updatedAt,
    service: ACTIVITIES_SERVICE,
    title: `${r.childName.split(" ")[0]}: ${r.session.activity.title} vanaf ${formatDate(r.startDate)}`,
    description: REGISTRATION_STATUS_LABELS[r.status],
    href: "/mijn/activiteiten",
    byStaff: r.createdById ? (staff.get(r.createdById) ?? "een medewerker") : null,
  }));
};
