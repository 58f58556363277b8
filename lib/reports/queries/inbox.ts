// The staff side: the inbox in the order and filter staff chose, one report with everything.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { addBrusselsDays, brusselsParts } from "@/lib/be/time";
import { db } from "@/lib/db";
import { paged } from "@/lib/paging";
import type { InboxFilter, InboxSort } from "../inbox-filter";
import { isOverdue } from "../overdue";
import { OPEN_STATUSES } from "../status";

const ORDERS: Record<InboxSort, Prisma.ReportOrderByWithRelationInput[]> = {
  oudste: [{ createdAt: "asc" }, { id: "asc" }],
  nieuwste: [{ createdAt: "desc" }, { id: "desc" }],
  // An open report is overdue when its due day is past, so by due day the overdue come first
  // (the longest overdue on top), then the rest by due day (lib/reports/inbox-filter.ts).
  "te-laat": [{ dueOn: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }, { id: "asc" }],
};

function inboxWhere(filter: Omit<InboxFilter, "page">, now: Date): Prisma.ReportWhereInput {
  const where: Prisma.ReportWhereInput = {};
  if (filter.category) where.categoryId = filter.category;
  if (filter.department) where.departmentId = filter.department;
  if (!filter.status || filter.status === "OPEN") where.status = { in: [...OPEN_STATUSES] };
  else if (filter.status !== "ALLE") where.status = filter.status;
  const today = brusselsParts(now).dateKey;
  if (filter.age === "7" || filter.age === "30") {
    where.createdAt = { gte: new Date(`${addBrusselsDays(today, -Number(filter.age))}T00:00:00Z`) };
  }
  if (filter.age === "overdue") {
    // Overdue is open and past the due day, whatever status filter is chosen.
    where.AND = [{ status: { in: [...OPEN_STATUSES] } }, { dueOn: { lt: new Date(`${today}T00:00:00Z`) } }];
  }
  return where;
}

const inboxInclude = {
  category: { select: { name: true, targetDays: true } },
  department: { select: { name: true } },
} satisfies Prisma.ReportInclude;

/** Filter and order in SQL, one page cut by the database (lib/paging), indexes in prisma/schema.prisma. */
export async function listInbox(filter: InboxFilter, now = new Date()) {
  const where = inboxWhere(filter, now);
  const { rows, ...paging } = await paged(
    filter.page,
    () => db.report.count({ where }),
    (window) =>
      db.report.findMany({
        where,
        orderBy: ORDERS[filter.sort],
        ...window,
        include: inboxInclude,
      }),
  );
  return { ...paging, rows: rows.map((r) => ({ ...r, overdue: isOverdue(r, r.category.targetDays, now) })) };
}

/** Every report the filter matches, in the inbox's order (the CSV export: the whole list, not a page). */
export async function inboxRowsForExport(filter: Omit<InboxFilter, "page">, now = new Date()) {
  const rows = await db.report.findMany({
    where: inboxWhere(filter, now),
    orderBy: ORDERS[filter.sort],
    include: inboxInclude,
  });
  return rows.map((r) => ({ ...r, overdue: isOverdue(r, r.category.targetDays, now) }));
}

export type InboxRow = Awaited<ReturnType<typeof listInbox>>["rows"][number];

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
