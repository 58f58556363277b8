// Reserving tickets through the real commands: tariffs price the lines, quotas and the sales
// window are enforced, payment issues one unguessable ticket per seat.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { ensurePool } from "@/lib/capacity";
import { db } from "@/lib/db";
import { settle } from "@/lib/payments/settle";
import { reserveTickets } from "@/lib/tickets/commands";
import { reservationSchema } from "@/lib/tickets/schema";
import { seed } from "@/prisma/seed";
import { posted } from "../support/form-post";
import { onlineBuyer } from "../support/online-buyer";

beforeAll(async () => {
  await seed(db);
});

async function performance(seats: number, options: { quota?: number; salesStartAt?: Date } = {}) {
  const slug = `test-${randomUUID()}`;
  const startsAt = new Date(Date.now() + 20 * 86_400_000);
  return db.performance.create({
    data: {
      slug,
      title: "Testvoorstelling",
      description: "Test",
      venueName: "Zaal",
      venueAddress: "Markt 1, 8750 Wingene",
      startsAt,
      salesStartAt: options.salesStartAt ?? new Date(Date.now() - 86_400_000),
      salesEndAt: new Date(startsAt.getTime() - 3_600_000),
      published: true,
      poolId: await ensurePool(db, `performance:${slug}`, "Zaal", seats),
      ticketTypes: {
        create: [
          { code: "VOLWASSENE", label: "Volwassene", priceCents: 1600, sortOrder: 0 },
          {
            code: "KANSEN",
            label: "Kansentarief",
            priceCents: 320,
            sortOrder: 1,
            quotaPoolId: options.quota
              ? await ensurePool(db, `quota:${slug}`, "Kansen", options.quota)
              : null,
          },
        ],
      },
    },
    include: { ticketTypes: { orderBy: { sortOrder: "asc" } } },
  });
}

const form = (performanceId: string, quantities: Record<string, number>) =>
  reservationSchema.parse(
    posted({
      performanceId,
      buyerName: "Bea Koper",
      buyerEmail: `bea-${randomUUID()}@example.be`,
      ...Object.fromEntries(Object.entries(quantities).map(([id, n]) => [`quantities.${id}`, String(n)])),
    }),
  );

describe("reserving tickets", () => {
  it("prices each line with its tariff and holds the seats", async () => {
    const p = await performance(50);
    const [adult, reduced] = p.ticketTypes;
    const order = await reserveTickets(form(p.id, { [adult.id]: 2, [reduced.id]: 1 }), onlineBuyer());
    expect(order.totalCents).toBe(2 * 1600 + 320);
    expect(order.lines.map((l) => [l.tariffCode, l.quantity, l.unitCents])).toEqual(
      expect.arrayContaining([
        ["VOLWASSENE", 2, 1600],
        ["KANSEN", 1, 320],
      ]),
    );
    expect((await db.capacityPool.findUniqueOrThrow({ where: { id: p.poolId } })).taken).toBe(3);
  });

  it("enforces a per-tariff quota even when the hall has room", async () => {
    const p = await performance(50, { quota: 2 });
    const reduced = p.ticketTypes[1];
    await expect(reserveTickets(form(p.id, { [reduced.id]: 3 }), onlineBuyer())).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect((await db.capacityPool.findUniqueOrThrow({ where: { id: p.poolId } })).taken).toBe(0);
  });

  it("refuses before the sales window opens and for a type of another performance", async () => {
    const early = await performance(10, { salesStartAt: new Date(Date.now() + 86_400_000) });
    await expect(
      reserveTickets(form(early.id, { [early.ticketTypes[0].id]: 1 }), onlineBuyer()),
    ).rejects.toThrow(/nog niet begonnen/);
    const other = await performance(10);
    await expect(
      reserveTickets(form(other.id, { [early.ticketTypes[0].id]: 1 }), onlineBuyer()),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
  });

  it("rejects impossible quantities in the form with Dutch messages", () => {
    const result = reservationSchema.safeParse(
      posted({
        performanceId: "p",
        buyerName: "Bea",
        buyerEmail: "bea@example.be",
        "quantities.a": "-1",
        "quantities.b": "abc",
      }),
    );
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toContain("Kies een aantal van 0 tot 10.");
    const none = reservationSchema.safeParse(
      posted({
        performanceId: "p",
        buyerName: "Bea",
        buyerEmail: "bea@example.be",
        "quantities.a": "0",
      }),
    );
    expect(none.error?.issues.map((i) => i.message)).toContain("Kies minstens één ticket.");
  });
});

describe("paying issues tickets", () => {
  it("creates one unguessable ticket per seat, once, and mails the buyer", async () => {
    const p = await performance(20);
    const order = await reserveTickets(form(p.id, { [p.ticketTypes[0].id]: 3 }), onlineBuyer());
    expect(await settle(order.id, { method: "DESK_CASH", amountCents: order.totalCents }, "Balie")).toBe(
      "paid",
    );
    expect(await settle(order.id, { method: "DESK_CASH", amountCents: order.totalCents }, "Balie")).toBe(
      "already-paid",
    );
    const tickets = await db.ticket.findMany({ where: { orderId: order.id } });
    expect(tickets).toHaveLength(3);
    expect(new Set(tickets.map((t) => t.code)).size).toBe(3);
    for (const t of tickets) expect(t.code).toMatch(/^[A-Za-z0-9_-]{27}$/);
    const mail = await db.mailMessage.findFirstOrThrow({ where: { to: order.buyerEmail ?? undefined } });
    expect(mail.text).toContain(`/bestelling/${order.accessToken}`);
  });
});
