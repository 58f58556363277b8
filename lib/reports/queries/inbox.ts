// The staff side: the inbox in the order and filter staff chose, one report with everything.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { addBrusselsDays, brusselsParts } from "@/lib/be/time";
import { db } from "@/lib/db";
import { type InboxFilter, sortInbox } from "../inbox-filter";
import { isOverdue } from "../overdue";
import { OPEN_STATUSES } from "../status";

export async function listInbox(filter: InboxFilter, now = new Date()) {
  const where: Prisma.ReportWhereInput = {};
  if (filter.category) where.categoryId = filter.category;
  if (filter.department) where.departmentId = filter.department;
  if (!filter.status || filter.status === "OPEN") where.status = { in: [...OPEN_STATUSES] };
  else if (filter.status !== "ALLE") where.status = filter.status;
  if (filter.age === "7" || filter.age === "30") {
    const since = addBrusselsDays(brusselsParts(now).dateKey, -Number(filter.age));
    where.createdAt = { gte: new Date(`${since}T00:00:00Z`) };
  }
  const rows = await db.report.findMany({
    where,
    // The newest order fetches newest first, so the cap never hides recent reports.
    orderBy: { createdAt: filter.sort === "nieuwste" ? "desc" : "asc" },
    take: 500,
    include: {
      category: { select: { name: true, targetDays: true } },
      department: { select: { name: true } },
    },
  });
  const withOverdue = rows.map((r) => ({ ...r, overdue: isOverdue(r, r.category.targetDays, now) }));
  return sortInbox(
    filter.age === "overdue" ? withOverdue.filter((r) => r.overdue) : withOverdue,
    filter.sort,
  );
}

export type InboxRow = Awaited<ReturnType<typeof listInbox>>[number];

export async function getReportForStaff(id: string) {
  return db.report.findUnique({
    where: { id },
    include: {
      category: true,
      department: true,
      reporter: { select: { name: true, email: true } },
      createdBy: { select: { name: true } },
      statusChanges: { orderBy: { at: "asc" }, include: { actor: { select: { name: true } } } },
      notes: { orderBy: { createdAt: "asc" }, include: { author: { select: { name: true } } } },
      messages: { orderBy: { createdAt: "asc" }, include: { author: { select: { name: true } } } },
      followers: { orderBy: { createdAt: "asc" } },
      photos: { orderBy: { createdAt: "asc" }, select: { fileId: true } },
      mergedInto: { select: { id: true, number: true } },
      mergedReports: { select: { id: true, number: true } },
    },
  });
}

export type StaffReport = NonNullable<Awaited<ReturnType<typeof getReportForStaff>>>;
