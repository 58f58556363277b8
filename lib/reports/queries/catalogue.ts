// Reads of the meldpunt's catalogue: categories and departments for the forms and for staff.
import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { CACHE_TAGS } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import { retentionMonths } from "../retention";

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

export async function getRetentionMonths(): Promise<number> {
  return retentionMonths(db);
}

/** The retention period the privacy page states, cached; saving it expires CACHE_TAGS.reportSettings. */
export async function publicRetentionMonths(): Promise<number> {
  "use cache";
  cacheLife("max");
  cacheTag(CACHE_TAGS.reportSettings);
  return retentionMonths(db);
}
