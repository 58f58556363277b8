// Writes of the meldpunt's catalogue: departments, categories (routing, target days, remit) and the
// retention setting. Each write is audited; names are unique so residents and staff never see two
// identical choices. A category is never deleted: deactivating hides it from the forms while its
// reports keep pointing at it.
import "server-only";
import { randomBytes } from "node:crypto";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import type { Tx } from "@/lib/db/client";
import { transaction } from "@/lib/db/tx";
import { AppError, FieldError } from "@/lib/errors";
import type { CategoryInput, DepartmentInput } from "./catalogue-schema";
import { reportMessages } from "./messages";

function slugify(name: string, fallback: string): string {
  const base = name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 50);
  return base || fallback;
}

async function freeSlug(
  taken: (slug: string) => Promise<boolean>,
  name: string,
  fallback: string,
): Promise<string> {
  const slug = slugify(name, fallback);
  return (await taken(slug)) ? `${slug}-${randomBytes(2).toString("hex")}` : slug;
}

export async function saveDepartment(input: DepartmentInput, actorId: string): Promise<string> {
  return transaction(db, async (tx) => {
    const clash = await tx.department.findFirst({
      where: {
        name: { equals: input.name, mode: "insensitive" },
        ...(input.id ? { NOT: { id: input.id } } : {}),
      },
    });
    if (clash) throw new FieldError("name", reportMessages.departmentNameTaken(clash.name));
    const data = { name: input.name, email: input.email };
    let id: string;
    if (input.id) {
      const { count } = await tx.department.updateMany({ where: { id: input.id }, data });
      if (count === 0) throw new AppError("NOT_FOUND", reportMessages.departmentNotFound);
      id = input.id;
    } else {
      const slug = await freeSlug(
        async (s) => Boolean(await tx.department.findUnique({ where: { slug: s } })),
        input.name,
        "dienst",
      );
      id = (await tx.department.create({ data: { ...data, slug } })).id;
    }
    await recordAudit(tx, {
      actorId,
      action: input.id ? "report-department.updated" : "report-department.created",
      subjectType: "Department",
      subjectId: id,
      details: data,
    });
    return id;
  });
}

async function categoryData(tx: Tx, input: CategoryInput) {
  const inRemit = input.inRemit === "ja";
  if (inRemit) {
    const department = await tx.department.findUnique({ where: { id: input.departmentId! } });
    if (!department) throw new FieldError("departmentId", reportMessages.chooseDepartment);
  }
  return {
    name: input.name,
    description: input.description ?? null,
    kinds: input.kinds,
    inRemit,
    // Out of remit means no department: such a category can never be filed (categoryForFiling).
    departmentId: inRemit ? input.departmentId! : null,
    targetDays: input.targetDays,
    requiresLocation: input.requiresLocation,
    referralName: inRemit ? null : (input.referralName ?? null),
    referralText: inRemit ? null : (input.referralText ?? null),
    referralUrl: inRemit ? null : (input.referralUrl ?? null),
  };
}

export async function saveCategory(input: CategoryInput, actorId: string): Promise<string> {
  return transaction(db, async (tx) => {
    const clash = await tx.reportCategory.findFirst({
      where: {
        name: { equals: input.name, mode: "insensitive" },
        ...(input.id ? { NOT: { id: input.id } } : {}),
      },
    });
    if (clash) throw new FieldError("name", reportMessages.categoryNameTaken(clash.name));
    const data = await categoryData(tx, input);
    let id: string;
    if (input.id) {
      // Reports already filed keep the department they were routed to; the change routes new ones.
      const { count } = await tx.reportCategory.updateMany({ where: { id: input.id }, data });
      if (count === 0) throw new AppError("NOT_FOUND", reportMessages.categoryNotFound);
      // A new target moves the due day of every report of the category (as lib/reports/overdue.ts
      // reckons it), in the same statement shape as the migration that introduced Report.dueOn.
      await tx.$executeRaw`UPDATE "Report" SET "dueOn" = ("createdAt" AT TIME ZONE 'Europe/Brussels')::date + ${data.targetDays}::int WHERE "categoryId" = ${input.id}`;
      id = input.id;
    } else {
      const slug = await freeSlug(
        async (s) => Boolean(await tx.reportCategory.findUnique({ where: { slug: s } })),
        input.name,
        "categorie",
      );
      const last = await tx.reportCategory.aggregate({ _max: { sortOrder: true } });
      id = (
        await tx.reportCategory.create({
          data: { ...data, slug, sortOrder: (last._max.sortOrder ?? 0) + 1 },
        })
      ).id;
    }
    await recordAudit(tx, {
      actorId,
      action: input.id ? "report-category.updated" : "report-category.created",
      subjectType: "ReportCategory",
      subjectId: id,
      details: { ...data },
    });
    return id;
  });
}

/** Deactivated categories leave the resident and staff forms; their reports stay as they are. */
export async function setCategoryActive(id: string, active: boolean, actorId: string): Promise<void> {
  await transaction(db, async (tx) => {
    const { count } = await tx.reportCategory.updateMany({ where: { id }, data: { active } });
    if (count === 0) throw new AppError("NOT_FOUND", reportMessages.categoryNotFound);
    await recordAudit(tx, {
      actorId,
      action: active ? "report-category.activated" : "report-category.deactivated",
      subjectType: "ReportCategory",
      subjectId: id,
    });
  });
}

export async function saveRetentionMonths(months: number, actorId: string): Promise<void> {
  await transaction(db, async (tx) => {
    await tx.reportSettings.upsert({
      where: { id: 1 },
      update: { retentionMonths: months },
      create: { id: 1, retentionMonths: months },
    });
    await recordAudit(tx, {
      actorId,
      action: "report-settings.retention",
      subjectType: "ReportSettings",
      subjectId: "1",
      details: { retentionMonths: months },
    });
  });
}
