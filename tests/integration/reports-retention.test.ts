// Privacy retention of the meldpunt: personal data and photos of reports closed longer than the
// retention period go, the facts stay, and two runs at once remove each report's data once.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createPrismaClient } from "@/lib/db/client";
import { createReport, followReport } from "@/lib/reports/commands";
import { removeExpiredPersonalData } from "@/lib/reports/retention";
import { seed } from "@/prisma/seed";

beforeAll(async () => {
  await seed(db);
});

const monthsAgo = (n: number) => new Date(Date.now() - n * 31 * 86_400_000);

async function closedReport(closedMonthsAgo: number | null, status: "RESOLVED" | "REJECTED" = "RESOLVED") {
  const email = `bewaar-${randomUUID().slice(0, 8)}@example.be`;
  const report = await createReport(
    {
      kind: "QUESTION",
      category: "andere",
      description: "Wanneer wordt het containerpark heropend?",
      location: {},
      name: "Bewaar Test",
      email,
      phone: "0470 00 00 00",
    },
    [],
    { channel: "WEB" },
  );
  await followReport(report.id, `volger-${randomUUID().slice(0, 8)}@example.be`, null);
  const file = await db.storedFile.create({
    data: {
      purpose: "report-photo",
      visibility: "PRIVATE",
      contentType: "image/png",
      size: 3,
      sha256: "test",
      bytes: Uint8Array.from([1, 2, 3]),
    },
  });
  await db.reportPhoto.create({ data: { reportId: report.id, fileId: file.id } });
  if (closedMonthsAgo !== null)
    await db.report.update({
      where: { id: report.id },
      data: { status, closedAt: monthsAgo(closedMonthsAgo) },
    });
  return report.id;
}

const storedPhotos = (reportId: string) =>
  db.storedFile.count({ where: { purpose: "report-photo", reportPhoto: { reportId } } });

const eligible = () =>
  db.report.count({
    where: {
      anonymisedAt: null,
      status: { in: ["RESOLVED", "REJECTED", "MERGED"] },
      closedAt: { lt: monthsAgo(12) },
    },
  });

describe("privacy retention", () => {
  it("removes the reporter's data, followers and photos of long-closed reports and keeps the facts", async () => {
    const old = await closedReport(13);
    const recent = await closedReport(11);
    const open = await closedReport(null);
    await db.report.update({ where: { id: open }, data: { createdAt: monthsAgo(24) } });

    expect(await removeExpiredPersonalData(db)).toBeGreaterThanOrEqual(1);

    const gone = await db.report.findUniqueOrThrow({
      where: { id: old },
      include: { followers: true, photos: true, statusChanges: true, category: true },
    });
    expect(gone).toMatchObject({
      reporterName: null,
      reporterEmail: null,
      reporterPhone: null,
      reporterId: null,
      status: "RESOLVED",
      kind: "QUESTION",
      channel: "WEB",
      description: "Wanneer wordt het containerpark heropend?",
    });
    expect(gone.anonymisedAt).not.toBeNull();
    expect(gone.followers).toHaveLength(0);
    expect(gone.photos).toHaveLength(0);
    expect(await storedPhotos(old)).toBe(0);
    expect(await db.reportLink.count({ where: { reportId: old, followerId: { not: null } } })).toBe(0);
    expect(gone.statusChanges.length).toBeGreaterThan(0);
    expect(gone.category.slug).toBe("andere");

    for (const id of [recent, open]) {
      const kept = await db.report.findUniqueOrThrow({
        where: { id },
        include: { followers: true, photos: true },
      });
      expect(kept.reporterEmail).not.toBeNull();
      expect(kept.followers).toHaveLength(1);
      expect(kept.photos).toHaveLength(1);
      expect(await storedPhotos(id)).toBe(1);
      expect(kept.anonymisedAt).toBeNull();
    }
    expect(await db.auditLog.count({ where: { action: "report.personal-data-removed" } })).toBeGreaterThan(0);
  });

  it("follows the retention in the settings", async () => {
    const id = await closedReport(13, "REJECTED");
    await db.reportSettings.update({ where: { id: 1 }, data: { retentionMonths: 24 } });
    try {
      await removeExpiredPersonalData(db);
      expect((await db.report.findUniqueOrThrow({ where: { id } })).reporterEmail).not.toBeNull();
    } finally {
      await db.reportSettings.update({ where: { id: 1 }, data: { retentionMonths: 12 } });
    }
    await removeExpiredPersonalData(db);
    expect((await db.report.findUniqueOrThrow({ where: { id } })).reporterEmail).toBeNull();
  });

  it("two runs at once on separate connections remove each report's data exactly once", async () => {
    const ids = await Promise.all(Array.from({ length: 6 }, () => closedReport(14)));
    const waiting = await eligible();
    expect(waiting).toBeGreaterThanOrEqual(6);
    const audits = await db.auditLog.count({ where: { action: "report.personal-data-removed" } });
    const first = createPrismaClient(process.env.DATABASE_URL!, 2);
    const second = createPrismaClient(process.env.DATABASE_URL!, 2);
    try {
      const counts = await Promise.all([removeExpiredPersonalData(first), removeExpiredPersonalData(second)]);
      expect(counts[0] + counts[1]).toBe(waiting);
      // One audit entry per run that removed something: never the same report twice.
      expect(await db.auditLog.count({ where: { action: "report.personal-data-removed" } })).toBe(
        audits + counts.filter((c) => c > 0).length,
      );
    } finally {
      await Promise.all([first.$disconnect(), second.$disconnect()]);
    }
    expect(await eligible()).toBe(0);
    expect(await db.reportFollower.count({ where: { reportId: { in: ids } } })).toBe(0);
    expect(await db.reportPhoto.count({ where: { reportId: { in: ids } } })).toBe(0);
    expect(await removeExpiredPersonalData(db)).toBe(0);
  });
});
