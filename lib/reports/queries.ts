// Reads of the meldpunt: categories for the form, the status page by token, the staff inbox.
import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import type { Prisma } from "@/generated/prisma/client";
import { addBrusselsDays, brusselsParts } from "@/lib/be/time";
import { CACHE_TAGS } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import { type InboxFilter, sortInbox } from "./inbox-filter";
import { isOverdue } from "./overdue";
import { retentionMonths } from "./retention";
import { OPEN_STATUSES } from "./status";
import { hashStatusToken, looksLikeStatusToken } from "./token";

/** The retention period the privacy page states, cached; saving it expires CACHE_TAGS.reportSettings. */
export async function publicRetentionMonths(): Promise<number> {
  "use cache";
  cacheLife("max");
  cacheTag(CACHE_TAGS.reportSettings);
  return retentionMonths(db);
}

export async function getCategories() {
  return db.reportCategory.findMany({
    where: { active: true },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    include: { department: { select: { name: true } } },
  });
}

export async function getDepartments() {
  return db.department.findMany({ orderBy: { name: "asc" } });
}

const publicReport = {
  category: { select: { name: true, targetDays: true } },
  statusChanges: { orderBy: { at: "asc" } },
  messages: { orderBy: { createdAt: "asc" } },
  photos: { select: { id: true } },
} satisfies Prisma.ReportInclude;

/**
 * The report a status-page token opens (the reporter's or a follower's), following a merge to the
 * report it now lives in. Null for anything else: the page answers 404 without saying why.
 */
export async function getReportByToken(token: string) {
  if (!looksLikeStatusToken(token)) return null;
  const hash = hashStatusToken(token);
  const own =
    (await db.report.findUnique({ where: { statusTokenHash: hash }, select: { id: true } })) ??
    (await db.reportFollower
      .findUnique({ where: { tokenHash: hash }, select: { id: true, reportId: true } })
      .then((f) => (f ? { id: f.reportId } : null)));
  if (!own) return null;
  const report = await db.report.findUniqueOrThrow({ where: { id: own.id }, include: publicReport });
  const current = report.mergedIntoId
    ? await db.report.findUnique({ where: { id: report.mergedIntoId }, include: publicReport })
    : null;
  return { report: current ?? report, mergedFrom: current ? report.number : null };
}

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
      photos: { select: { id: true, contentType: true, size: true } },
      mergedInto: { select: { id: true, number: true } },
      mergedReports: { select: { id: true, number: true } },
    },
  });
}

/** A signed-in resident's own reports and the ones they follow, newest first. */
export async function getMyReports(userId: string) {
  return db.report.findMany({
    where: { OR: [{ reporterId: userId }, { followers: { some: { userId } } }] },
    orderBy: { createdAt: "desc" },
    take: 100,
    include: {
      category: { select: { name: true } },
      messages: { orderBy: { createdAt: "desc" }, take: 1 },
      mergedInto: { select: { number: true } },
    },
  });
}

/** Every category, active or not, with its department and how many reports it has (staff only). */
export async function getAllCategories() {
  return db.reportCategory.findMany({
    orderBy: [{ active: "desc" }, { sortOrder: "asc" }, { name: "asc" }],
    include: { department: { select: { name: true } }, _count: { select: { reports: true } } },
  });
}

export async function getCategoryById(id: string) {
  return db.reportCategory.findUnique({ where: { id } });
}
