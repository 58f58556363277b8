// Mijn Wingene's first screen lists what is coming up, what is to pay and what waits for the
// resident, each entry linking to its thing; nothing past, settled or someone else's.
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { formatEuro } from "@/lib/be/money";
import { askQuestion } from "@/lib/cases/commands/staff";
import { db } from "@/lib/db";
import { getOverview } from "@/lib/overview";
import { seed } from "@/prisma/seed";
import { filedCase, resident } from "./eloket-fixtures";
import { eveningBooking, hall } from "./halls-fixtures";

beforeAll(async () => {
  await seed(db);
});

const token = () => randomBytes(12).toString("hex");
const NOW = new Date("2026-12-01T10:00:00Z");
const inDays = (n: number, hour = 9) => new Date(NOW.getTime() + n * 86_400_000 + (hour - 10) * 3_600_000);

async function appointment(userId: string, startsAt: Date, status: "BOOKED" | "CANCELLED") {
  const [service, site] = await Promise.all([
    db.appointmentService.findFirstOrThrow(),
    db.site.findFirstOrThrow(),
  ]);
  const desk = await db.desk.create({
    data: { siteId: site.id, slug: `overzicht-${token()}`, name: "Testbalie", kind: "RECEPTION" },
  });
  const endsAt = new Date(startsAt.getTime() + 600_000);
  return db.appointment.create({
    data: {
      serviceId: service.id,
      deskId: desk.id,
      siteId: site.id,
      startsAt,
      endsAt,
      blockedUntil: endsAt,
      slotKey: token(),
      status,
      userId,
      name: "Jan Devos",
      email: `afspraak-${token()}@example.be`,
      manageTokenHash: token(),
    },
  });
}

function order(buyerUserId: string, description: string, extra: Record<string, unknown>) {
  return db.order.create({
    data: {
      number: `W-${token()}`,
      holdReference: `overzicht-${token()}`,
      accessToken: token(),
      buyerUserId,
      buyerName: "Jan Devos",
      totalCents: 2500,
      lines: {
        create: {
          itemType: "test",
          itemId: token(),
          description,
          quantity: 1,
          unitCents: 2500,
          tariffCode: "X",
          tariffLabel: "Normaal",
          totalCents: 2500,
        },
      },
      ...extra,
    },
  });
}

describe("Mijn Wingene overview", () => {
  it("puts the resident's future bookings soonest first, and leaves out past, cancelled and others' ones", async () => {
    const me = await resident("Jan Devos");
    const other = await resident("Els Andere");
    const later = await appointment(me.id, inDays(9), "BOOKED");
    await appointment(me.id, inDays(2), "CANCELLED");
    await appointment(me.id, inDays(-3), "BOOKED");
    await appointment(other.id, inDays(1), "BOOKED");
    const room = await hall();
    const booking = await eveningBooking(room.id, me.id, "2026-12-05");

    const { upcoming } = await getOverview(me.id, NOW);

    expect(upcoming.map((e) => e.href)).toEqual([`/mijn/zalen/${booking.id}`, `/mijn/afspraken/${later.id}`]);
    expect(upcoming[0]!.title).toContain(room.name);
  });

  it("lists open orders before their deadline and open invoices as to pay, not paid, lapsed or others' ones", async () => {
    const me = await resident("Jan Devos");
    const other = await resident("Els Andere");
    const open = await order(me.id, "Ticket Comedy", { expiresAt: inDays(1) });
    const invoice = await order(me.id, "Uitlening 20 stoelen", {
      invoiceNumber: `F-2026-${token().slice(0, 6)}`,
      invoicedAt: NOW,
      invoiceDueOn: new Date("2026-12-20T00:00:00Z"),
      ogm: String(Math.floor(Math.random() * 1e12)).padStart(12, "0"),
    });
    const overdue = await order(me.id, "Uitlening 4 tafels", {
      invoiceNumber: `F-2026-${token().slice(0, 6)}`,
      invoicedAt: NOW,
      invoiceDueOn: new Date("2026-11-24T00:00:00Z"),
      ogm: String(Math.floor(Math.random() * 1e12)).padStart(12, "0"),
    });
    await order(me.id, "Verlopen ticket", { expiresAt: inDays(-1) });
    await order(me.id, "Betaald ticket", { status: "PAID", expiresAt: inDays(1) });
    await order(other.id, "Ticket van iemand anders", { expiresAt: inDays(1) });

    const { toPay } = await getOverview(me.id, NOW);

    expect(toPay.map((e) => e.href).sort()).toEqual(
      [open, invoice, overdue].map((o) => `/bestelling/${o.accessToken}`).sort(),
    );
    expect(toPay[0]!.href).toBe(`/bestelling/${overdue.accessToken}`);
    expect(toPay[0]!.detail).toContain("vervallen sinds 24/11/2026");
    expect(toPay.find((e) => e.href.endsWith(invoice.accessToken))!.title).toContain(invoice.invoiceNumber!);
    expect(toPay.find((e) => e.href.endsWith(invoice.accessToken))!.detail).toContain(formatEuro(2500));
  });

  it("shows a staff question about a request until the resident answers it", async () => {
    const { staff, applicant, caseId, number } = await filedCase();
    await askQuestion(db, { caseId, actorId: staff.id, question: "Welk huisnummer precies?" });

    const asked = await getOverview(applicant.id, NOW);
    expect(asked.toAnswer).toHaveLength(1);
    expect(asked.toAnswer[0]).toMatchObject({
      href: `/mijn/aanvragen/${caseId}`,
      title: `Vraag over aanvraag ${number}`,
    });
    expect((await getOverview(staff.id, NOW)).toAnswer).toEqual([]);

    await db.caseQuestion.updateMany({ where: { caseId }, data: { answer: "Nummer 12", answeredAt: NOW } });
    expect((await getOverview(applicant.id, NOW)).toAnswer).toEqual([]);
  });
});
