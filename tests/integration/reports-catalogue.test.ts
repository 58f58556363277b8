// Managing the meldpunt's catalogue through its real commands: departments, categories with routing,
// deactivation that keeps reports, out-of-remit categories, the audit trail, and the CSV export.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { FieldError } from "@/lib/errors";
import {
  saveCategory,
  saveDepartment,
  saveRetentionMonths,
  setCategoryActive,
} from "@/lib/reports/catalogue";
import type { CategoryInput } from "@/lib/reports/catalogue-schema";
import { categoryForFiling, createReport } from "@/lib/reports/commands";
import { inboxCsv } from "@/lib/reports/export";
import { getAllCategories, getCategories } from "@/lib/reports/queries";
import { retentionMonths } from "@/lib/reports/retention";
import { seed } from "@/prisma/seed";

let adminId: string;

beforeAll(async () => {
  await seed(db);
  adminId = (await db.user.findUniqueOrThrow({ where: { email: "beheerder@wingene.be" } })).id;
});

const unique = (label: string) => `${label} ${randomUUID().slice(0, 6)}`;

async function department(name = unique("Dienst")) {
  return saveDepartment({ name, email: "dienst@wingene.be" }, adminId);
}

function category(departmentId: string, overrides: Partial<CategoryInput> = {}): CategoryInput {
  return {
    name: unique("Speeltuigen"),
    description: "Kapotte schommels en glijbanen.",
    kinds: ["ISSUE", "SUGGESTION"],
    inRemit: "ja",
    departmentId,
    targetDays: 7,
    requiresLocation: false,
    ...overrides,
  };
}

const slugOf = async (id: string) => (await db.reportCategory.findUniqueOrThrow({ where: { id } })).slug;

function file(slug: string) {
  return createReport(
    {
      kind: "ISSUE",
      category: slug,
      description: "De schommel aan de kerk is kapot.",
      location: {},
      name: "Inwoner",
    },
    [],
    { channel: "WEB" },
  );
}

describe("departments", () => {
  it("creates and renames a department, audited, and refuses a name that exists in any case", async () => {
    const name = unique("Jeugddienst");
    const id = await department(name);
    await expect(
      saveDepartment({ name: name.toUpperCase(), email: "x@wingene.be" }, adminId),
    ).rejects.toSatisfy(
      (e) =>
        e instanceof FieldError && e.field === "name" && e.message === `Er bestaat al een dienst "${name}".`,
    );
    await saveDepartment({ id, name: `${name} en sport`, email: "jeugd@wingene.be" }, adminId);
    const row = await db.department.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ name: `${name} en sport`, email: "jeugd@wingene.be" });
    const audit = await db.auditLog.findMany({ where: { subjectId: id }, orderBy: { at: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["report-department.created", "report-department.updated"]);
    expect(audit.every((a) => a.actorId === adminId)).toBe(true);
  });
});

describe("categories", () => {
  it("routes reports of a new category to its department; a later change routes only new reports", async () => {
    const first = await department();
    const second = await department();
    const id = await saveCategory(category(first), adminId);
    const slug = await slugOf(id);
    expect((await getCategories()).some((c) => c.id === id)).toBe(true);
    const before = await file(slug);
    await saveCategory(
      { ...category(second), id, name: (await db.reportCategory.findUniqueOrThrow({ where: { id } })).name },
      adminId,
    );
    const after = await file(slug);
    const [a, b] = await Promise.all(
      [before.id, after.id].map((r) => db.report.findUniqueOrThrow({ where: { id: r } })),
    );
    expect(a.departmentId).toBe(first);
    expect(b.departmentId).toBe(second);
    expect(await db.auditLog.count({ where: { subjectId: id, action: "report-category.updated" } })).toBe(1);
  });

  it("refuses an unknown department and a duplicate name next to the field, storing nothing", async () => {
    const dep = await department();
    const name = unique("Hondenpoep");
    await saveCategory(category(dep, { name }), adminId);
    const before = await db.reportCategory.count();
    await expect(saveCategory(category("geen-dienst"), adminId)).rejects.toSatisfy(
      (e) => e instanceof FieldError && e.field === "departmentId",
    );
    await expect(saveCategory(category(dep, { name: name.toLowerCase() }), adminId)).rejects.toSatisfy(
      (e) => e instanceof FieldError && e.field === "name",
    );
    expect(await db.reportCategory.count()).toBe(before);
  });

  it("deactivating hides a category from the forms and filing, but its reports stay", async () => {
    const id = await saveCategory(category(await department()), adminId);
    const slug = await slugOf(id);
    const report = await file(slug);
    await setCategoryActive(id, false, adminId);
    expect((await getCategories()).some((c) => c.id === id)).toBe(false);
    await expect(categoryForFiling(slug, "ISSUE")).rejects.toThrow("Kies een categorie uit de lijst.");
    expect((await db.report.findUniqueOrThrow({ where: { id: report.id } })).categoryId).toBe(id);
    const listed = (await getAllCategories()).find((c) => c.id === id);
    expect(listed).toMatchObject({ active: false, _count: { reports: 1 } });
    await setCategoryActive(id, true, adminId);
    expect((await getCategories()).some((c) => c.id === id)).toBe(true);
    const actions = (await db.auditLog.findMany({ where: { subjectId: id }, orderBy: { at: "asc" } })).map(
      (a) => a.action,
    );
    expect(actions).toEqual([
      "report-category.created",
      "report-category.deactivated",
      "report-category.activated",
    ]);
  });

  it("an out-of-remit category has no department and says where to go when someone files it", async () => {
    const id = await saveCategory(
      category("ongebruikt", {
        inRemit: "nee",
        departmentId: undefined,
        referralName: "De Watergroep",
        referralText: "Lekken aan de waterleiding meld je bij De Watergroep.",
        referralUrl: "https://www.dewatergroep.be",
      }),
      adminId,
    );
    const row = await db.reportCategory.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ inRemit: false, departmentId: null, referralName: "De Watergroep" });
    await expect(file(row.slug)).rejects.toThrow("Lekken aan de waterleiding meld je bij De Watergroep.");
  });

  it("needs a place when the category says so", async () => {
    const slug = await slugOf(
      await saveCategory(category(await department(), { requiresLocation: true }), adminId),
    );
    await expect(file(slug)).rejects.toSatisfy((e) => e instanceof FieldError && e.field === "location.text");
  });
});

describe("retention setting and export", () => {
  it("stores the retention in months, audited", async () => {
    const was = await retentionMonths(db);
    await saveRetentionMonths(18, adminId);
    expect(await retentionMonths(db)).toBe(18);
    expect(
      await db.auditLog.count({ where: { action: "report-settings.retention", actorId: adminId } }),
    ).toBeGreaterThan(0);
    await saveRetentionMonths(was, adminId);
  });

  it("exports the filtered inbox as semicolon CSV with a BOM and Dutch headers", async () => {
    const id = await saveCategory(
      category(await department(), { name: unique("Bankjes; zitbanken") }),
      adminId,
    );
    const report = await file(await slugOf(id));
    const { csv, count } = await inboxCsv({ category: id, sort: "oudste" });
    expect(count).toBe(1);
    expect(csv.startsWith("\uFEFFVolgnummer;Ontvangen;Ouderdom (dagen);Soort;Categorie;")).toBe(true);
    const lines = csv.slice(1).split("\r\n");
    expect(lines).toHaveLength(3); // header, one row, the empty string after the last CRLF
    expect(lines[1].startsWith(`${report.number};`)).toBe(true);
    expect(lines[1]).toContain(';"Bankjes; zitbanken');
    expect(lines[1]).toContain(";Nieuw;");
  });
});
