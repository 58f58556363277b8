// The audit page's reads: filters in SQL (who, what, when, about whom), a true total with paging,
// and an export in Dutch that is itself recorded.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { exportAudit } from "@/lib/audit/export";
import { AUDIT_EXPORT_LIMIT, AUDIT_PAGE_SIZE, listAudit } from "@/lib/audit/queries";
import { auditFilterSchema } from "@/lib/audit/schema";
import { brusselsInstant } from "@/lib/be/time";
import { db } from "@/lib/db";

const filter = (input: Record<string, string>) => auditFilterSchema.parse(input);

const tag = randomUUID().slice(0, 8);
let clerk: { id: string; name: string | null };
let resident: { id: string; name: string | null };

beforeAll(async () => {
  clerk = await db.user.create({
    data: { name: `Baliemedewerker ${tag}`, email: `balie-${tag}@wingene.be` },
  });
  resident = await db.user.create({ data: { name: `Inwoner ${tag}`, email: `inwoner-${tag}@example.be` } });
  await db.auditLog.createMany({
    data: [
      {
        actorId: clerk.id,
        onBehalfOfId: resident.id,
        action: "household.added",
        at: brusselsInstant("2026-03-02", 600),
      },
      {
        actorId: clerk.id,
        onBehalfOfId: resident.id,
        action: "profile.updated",
        at: brusselsInstant("2026-03-03", 600),
      },
      {
        actorId: clerk.id,
        onBehalfOfId: clerk.id,
        action: "hall.approved",
        subjectType: "HallBooking",
        subjectId: `hb-${tag}`,
        at: brusselsInstant("2026-03-04", 600),
      },
    ],
  });
});

describe("the audit log's filters", () => {
  it("finds what one person did, newest first, with the true total", async () => {
    const { rows, total } = await listAudit(filter({ wie: clerk.name! }));
    expect(total).toBe(3);
    expect(rows.map((r) => r.action)).toEqual(["hall.approved", "profile.updated", "household.added"]);
  });

  it("narrows to one kind of action, to Brussels calendar days, and to what it was about", async () => {
    expect((await listAudit(filter({ wie: clerk.name!, wat: "profile.updated" }))).total).toBe(1);
    const days = await listAudit(filter({ wie: clerk.name!, van: "2026-03-03", tot: "2026-03-04" }));
    expect(days.rows.map((r) => r.action)).toEqual(["hall.approved", "profile.updated"]);
    const aboutResident = await listAudit(filter({ over: resident.name! }));
    expect(aboutResident.rows.map((r) => r.action).sort()).toEqual(["household.added", "profile.updated"]);
    const aboutBooking = await listAudit(filter({ over: `hb-${tag}` }));
    expect(aboutBooking.rows.map((r) => r.action)).toEqual(["hall.approved"]);
  });

  it("refuses a code that has no label and an end before the start, in Dutch", () => {
    const refused = auditFilterSchema.safeParse({
      wat: "hall.exploded",
      van: "2026-03-04",
      tot: "2026-03-01",
    });
    expect(refused.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["wat", "Kies een handeling uit de lijst."],
      ["tot", "De einddatum ligt voor de begindatum."],
    ]);
  });
});

describe("paging", () => {
  it("pages in the query and counts everything that matches, not only what is shown", async () => {
    const busy = await db.user.create({ data: { name: `Drukke medewerker ${tag}` } });
    await db.auditLog.createMany({
      data: Array.from({ length: AUDIT_PAGE_SIZE + 7 }, (_, i) => ({
        actorId: busy.id,
        action: "queue.called",
        at: new Date(Date.UTC(2026, 0, 1, 8, i)),
      })),
    });
    const first = await listAudit(filter({ wie: busy.name! }));
    expect(first).toMatchObject({ total: AUDIT_PAGE_SIZE + 7, page: 1, pages: 2 });
    expect(first.rows).toHaveLength(AUDIT_PAGE_SIZE);
    const second = await listAudit(filter({ wie: busy.name!, pagina: "2" }));
    expect(second.rows).toHaveLength(7);
    expect(second.rows.at(-1)?.at.toISOString()).toBe("2026-01-01T08:00:00.000Z");
    expect((await listAudit(filter({ wie: busy.name!, pagina: "99" }))).page).toBe(2);
  });
});

describe("the export", () => {
  it("holds the filtered entries with Dutch labels, and is recorded itself", async () => {
    const { csv, fileName } = await exportAudit(filter({ wie: clerk.name! }), clerk.id);
    expect(fileName).toMatch(/^auditlog-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = csv
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(lines[0]).toBe("Wanneer;Wie;Namens;Handeling;Code;Over;Verwijzing");
    expect(lines).toHaveLength(4);
    expect(lines[1]).toContain("Zaalaanvraag goedgekeurd;hall.approved;Zaalreservatie;hb-");
    expect(lines[3]).toContain(`${clerk.name};${resident.name};Gezinslid toegevoegd;household.added`);
    expect(await db.auditLog.count({ where: { actorId: clerk.id, action: "audit.exported" } })).toBe(1);
  });

  it("refuses an export larger than it may hold and asks for a narrower filter", async () => {
    const system = await db.user.create({ data: { name: `Taak ${tag}` } });
    await db.auditLog.createMany({
      data: Array.from({ length: AUDIT_EXPORT_LIMIT + 1 }, () => ({
        actorId: system.id,
        action: "queue.called",
      })),
    });
    await expect(exportAudit(filter({ wie: system.name! }), clerk.id)).rejects.toThrow(
      /kies een kortere periode/,
    );
  });
});
