import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { invoiceState } from "@/lib/payments/invoice-rules";
import { myInvoices, staffInvoices } from "@/lib/payments/invoice-queries";
import { seed } from "@/prisma/seed";

const counts = async () => ({
  users: await db.user.count(),
  roles: await db.staffRoleAssignment.count(),
  sites: await db.site.count(),
  desks: await db.desk.count(),
  hours: await db.openingHours.count(),
  closures: await db.closurePeriod.count(),
  associations: await db.association.count(),
  members: await db.associationMember.count(),
  household: await db.householdMember.count(),
});

describe("seed", () => {
  beforeAll(async () => {
    await seed(db, new Date("2026-11-25T10:00:00Z"));
  });

  it("is idempotent: a second run changes nothing", async () => {
    const before = await counts();
    await seed(db, new Date("2026-11-25T10:00:00Z"));
    expect(await counts()).toEqual(before);
    expect(await seed(db)).toEqual([]);
  });

  it("does not put back demo data that staff deleted", async () => {
    const closure = await db.closurePeriod.findFirstOrThrow({ where: { reason: "Oudejaarsdag" } });
    await db.closurePeriod.delete({ where: { id: closure.id } });
    await seed(db);
    expect(await db.closurePeriod.count({ where: { reason: "Oudejaarsdag" } })).toBe(0);
    await db.closurePeriod.create({ data: { ...closure } });
  });

  it("has both town halls, a Tuesday evening opening and the holidays they close on", async () => {
    const sites = await db.site.findMany({ include: { openingHours: true }, orderBy: { sortOrder: "asc" } });
    expect(sites.map((s) => `${s.name} ${s.postcode}`)).toEqual(
      expect.arrayContaining(["Gemeentehuis Wingene 8750", "Gemeentehuis Ruiselede 8755"]),
    );
    const wingene = sites.find((s) => s.slug === "gemeentehuis-wingene")!;
    expect(wingene.openingHours.some((h) => h.weekday === 2 && h.closesAt === 19 * 60)).toBe(true);
    // Holidays are rules, not rows: the closing days of every year follow from them.
    expect(await db.closurePeriod.count({ where: { reason: "Kerstmis" } })).toBe(0);
    expect((await db.closingHoliday.findMany()).map((h) => h.rule)).toEqual(
      expect.arrayContaining(["12-25", "easter 1", "07-11", "easter 40"]),
    );
  });

  it("has a staff account for every role and residents with household members", async () => {
    const roles = await db.staffRoleAssignment.findMany({ select: { role: true } });
    expect(new Set(roles.map((r) => r.role))).toEqual(
      new Set([
        "FRONT_DESK",
        "CALL_CENTRE",
        "CIVIL_AFFAIRS",
        "LEISURE",
        "EVENTS",
        "TECHNICAL_SERVICE",
        "ADMIN",
      ]),
    );
    const an = await db.user.findUniqueOrThrow({
      where: { email: "an.peeters@example.be" },
      include: { householdMembers: true, memberships: true },
    });
    expect(an.householdMembers).toHaveLength(2);
    expect(an.memberships).toHaveLength(2);
  });

  it("has demo invoices to Chiro Zwevezele in each state, in the staff list and in An Peeters' Mijn facturen, made once", async () => {
    const demo = async () =>
      db.order.findMany({
        where: { lines: { some: { itemType: "demo-invoice" } } },
        include: { lines: true, payments: true },
      });
    const orders = await demo();
    const byKey = Object.fromEntries(orders.map((o) => [o.lines[0]!.itemId, o]));
    expect(Object.keys(byKey).sort()).toEqual(["open", "overdue", "paid"]);
    expect(
      orders.every(
        (o) => o.invoiceAddressee === "Chiro Zwevezele" && /^F-\d{4}-\d{6}$/.test(o.invoiceNumber!),
      ),
    ).toBe(true);
    expect(byKey.paid!.status).toBe("PAID");
    expect(byKey.paid!.payments.map((p) => p.method)).toEqual(["INVOICE"]);
    // Other test files in this database may run the reminder job later: only the seed's own facts.
    const open = byKey.open!;
    const seededAt = new Date(open.invoicedAt!.getTime() + 6 * 86_400_000);
    expect([open.status, invoiceState(open.status, open.invoiceDueOn!, seededAt)]).toEqual([
      "PENDING",
      "open",
    ]);
    const overdue = byKey.overdue!;
    expect(overdue.status).toBe("PENDING");
    const [first] = await db.auditLog.findMany({
      where: { action: "invoice.reminded", subjectId: overdue.id },
      orderBy: { at: "asc" },
    });
    expect(first?.details).toMatchObject({ reminder: 1, invoice: overdue.invoiceNumber });
    expect(invoiceState(overdue.status, overdue.invoiceDueOn!, overdue.invoiceRemindedAt!)).toBe("overdue");

    const an = await db.user.findUniqueOrThrow({ where: { email: "an.peeters@example.be" } });
    const mine = await myInvoices(an.id, 1);
    expect(mine.rows.map((r) => r.id)).toEqual(expect.arrayContaining(orders.map((o) => o.id)));
    const overdueList = await staffInvoices("vervallen", 1, overdue.invoiceRemindedAt!);
    expect(overdueList.rows.map((r) => r.id)).toContain(overdue.id);

    // The step on its own adds nothing when it runs again.
    await db.seedStep.delete({ where: { name: "facturen" } });
    expect(await seed(db)).toEqual(["facturen"]);
    expect((await demo()).map((o) => o.id).sort()).toEqual(orders.map((o) => o.id).sort());
  });
});
