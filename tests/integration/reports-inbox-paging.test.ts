// The staff meldpunt inbox pages in SQL (lib/paging): a true total, filters and the overdue order
// applied before the page is cut, and the stored due day (Report.dueOn) kept by its writers.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { ReportStatus } from "@/generated/prisma/enums";
import { db } from "@/lib/db";
import { saveCategory, saveDepartment } from "@/lib/reports/catalogue";
import { createReport } from "@/lib/reports/commands";
import { inboxFilterFromSearch } from "@/lib/reports/inbox-filter";
import { dueOnDate } from "@/lib/reports/overdue";
import { listInbox } from "@/lib/reports/queries";
import { seed } from "@/prisma/seed";

let adminId: string;
beforeAll(async () => {
  await seed(db);
  adminId = (await db.user.findUniqueOrThrow({ where: { email: "beheerder@wingene.be" } })).id;
});

const unique = (label: string) => `${label} ${randomUUID().slice(0, 6)}`;

async function newCategory(targetDays: number) {
  const departmentId = await saveDepartment({ name: unique("Dienst"), email: "dienst@wingene.be" }, adminId);
  const input = {
    name: unique("Paden"),
    description: "Putten in wandelpaden.",
    kinds: ["ISSUE" as const],
    inRemit: "ja" as const,
    departmentId,
    targetDays,
    requiresLocation: false,
  };
  const id = await saveCategory(input, adminId);
  return { id, departmentId, input };
}

const day = 86_400_000;
const NOW = new Date("2026-11-30T10:00:00Z");

/** `count` reports of a category, the i-th filed `daysAgo(i)` days before NOW, open unless said. */
async function reports(
  categoryId: string,
  departmentId: string,
  targetDays: number,
  daysAgo: number[],
  status: ReportStatus = "NEW",
) {
  await db.report.createMany({
    data: daysAgo.map((ago) => {
      const createdAt = new Date(NOW.getTime() - ago * day);
      return {
        number: `T-${randomUUID()}`,
        kind: "ISSUE" as const,
        categoryId,
        departmentId,
        status,
        description: `Gemeld ${ago} dagen geleden`,
        createdAt,
        dueOn: dueOnDate(createdAt, targetDays),
      };
    }),
  });
}

describe("the due day of a report", () => {
  it("is set when filed and moves with the category's target", async () => {
    const { id, input } = await newCategory(7);
    const slug = (await db.reportCategory.findUniqueOrThrow({ where: { id } })).slug;
    const filed = await createReport(
      {
        kind: "ISSUE",
        category: slug,
        description: "Een put in het pad naar de kerk.",
        location: {},
        name: "Inwoner",
      },
      [],
      { channel: "WEB" },
    );
    const stored = await db.report.findUniqueOrThrow({ where: { id: filed.id } });
    expect(stored.dueOn).toEqual(dueOnDate(stored.createdAt, 7));

    await saveCategory({ ...input, id, targetDays: 3 }, adminId);
    const moved = await db.report.findUniqueOrThrow({ where: { id: filed.id } });
    expect(moved.dueOn).toEqual(dueOnDate(stored.createdAt, 3));
  });
});

describe("the staff inbox, paged in SQL", () => {
  it("tells the true total and cuts pages of 50 without overlap or loss", async () => {
    const { id, departmentId } = await newCategory(10);
    await reports(
      id,
      departmentId,
      10,
      Array.from({ length: 60 }, (_, i) => i),
    );
    const filter = inboxFilterFromSearch({ categorie: id, sortering: "nieuwste" });
    const first = await listInbox(filter, NOW);
    const second = await listInbox({ ...filter, page: 2 }, NOW);
    expect([first.total, first.pages, first.rows.length, second.rows.length]).toEqual([60, 2, 50, 10]);
    const ids = new Set([...first.rows, ...second.rows].map((r) => r.id));
    expect(ids.size).toBe(60);
    // Newest first across both pages: the description counts the days back.
    expect(first.rows[0].description).toBe("Gemeld 0 dagen geleden");
    expect(second.rows.at(-1)!.description).toBe("Gemeld 59 dagen geleden");
    // A page past the last answers the last page.
    expect((await listInbox({ ...filter, page: 9 }, NOW)).page).toBe(2);
  });

  it("orders by lateness and filters overdue in the query, before the page is cut", async () => {
    const { id, departmentId } = await newCategory(5);
    // 55 on time (filed 0–4 days ago, 11 each), 3 overdue filed 20, 10 and 6 days ago, and one
    // closed report filed long ago that is never overdue.
    await reports(id, departmentId, 5, [...Array.from({ length: 55 }, (_, i) => i % 5), 20, 10, 6]);
    await reports(id, departmentId, 5, [40], "RESOLVED");
    const late = await listInbox(inboxFilterFromSearch({ categorie: id, sortering: "te-laat" }), NOW);
    expect(late.total).toBe(58);
    expect(late.rows.slice(0, 4).map((r) => [r.description, r.overdue])).toEqual([
      ["Gemeld 20 dagen geleden", true],
      ["Gemeld 10 dagen geleden", true],
      ["Gemeld 6 dagen geleden", true],
      ["Gemeld 4 dagen geleden", false],
    ]);
    const overdue = await listInbox(
      inboxFilterFromSearch({ categorie: id, status: "ALLE", leeftijd: "overdue", sortering: "nieuwste" }),
      NOW,
    );
    expect(overdue.rows.map((r) => r.description)).toEqual([
      "Gemeld 6 dagen geleden",
      "Gemeld 10 dagen geleden",
      "Gemeld 20 dagen geleden",
    ]);
    expect(overdue.total).toBe(3);
  });
});
