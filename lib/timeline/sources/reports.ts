// The resident's reports on the meldpunt: filed, and each status change since.
import "server-only";
import { db } from "@/lib/db";
import { STATUS_LABELS } from "@/lib/reports/labels";
import type { TimelineItem, TimelineSource } from "../types";

export const reportActivity: TimelineSource = async (userId, limit) => {
  const changes = await db.reportStatusChange.findMany({
    where: { report: { reporterId: userId } },
    orderBy: { at: "desc" },
    take: limit,
    include: {
      report: {
        select: {
          id: true,
          number: true,
          category: { select: { name: true } },
          createdBy: { select: { name: true } },
        },
      },
    },
  });
  return changes.map((c): TimelineItem => ({
    id: `report-${c.id}`,
    at: c.at,
    service: "Meldpunt",
    title:
      c.fromStatus === null
        ? `Melding ${c.report.number} verstuurd`
        : `Melding ${c.report.number}: ${STATUS_LABELS[c.toStatus].toLowerCase()}`,
    description: c.report.category.name,
    href: `/mijn/meldingen/${c.report.id}`,
    byStaff: c.fromStatus === null ? (c.report.createdBy?.name ?? null) : null,
  }));
};
