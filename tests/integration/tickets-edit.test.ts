// Editing a performance after sales started, and walk-in desk sales without an e-mail address.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { reserveTickets } from "@/lib/tickets/commands";
import { updatePerformance } from "@/lib/tickets/admin-edit";
import { deskSaleSchema, performanceEditSchema, performanceSchema } from "@/lib/tickets/admin-schema";
import { createPerformance, sellAtDesk } from "@/lib/tickets/admin-commands";
import { reservationSchema } from "@/lib/tickets/schema";
import { seed } from "@/prisma/seed";
import { posted } from "../support/form-post";
import { onlineBuyer } from "../support/online-buyer";

let staffId: string;
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

const baseForm = {
  title: "Jazz op zondag",
  description: "Een trio speelt standards.",
  venueName: "CC De Kouter",
  venueAddress: "Kouterstraat 2, 8750 Wingene",
  date: inDays(30),
  time: "15:00",
  seats: "40",
  salesStartDate: inDays(-1),
  published: "on",
  "types.0.label": "Volwassene",
  "types.0.price": "12,00",
  "types.1.label": "-12",
  "types.1.price": "6,00",
};

beforeAll(async () => {
  await seed(db);
  staffId = (await db.user.findUniqueOrThrow({ where: { email: "vrijetijd@wingene.be" } })).id;
});

async function performanceWithSales() {
  const id = await createPerformance(staffId, performanceSchema.parse(posted(baseForm)));
  const types = await db.ticketType.findMany({ where: { performanceId: id }, orderBy: { sortOrder: "asc" } });
  const order = await sellAtDesk(
    staffId,
    reservationSchema.parse(
      posted({
        performanceId: id,
        buyerName: "Greet Gevers",
        buyerEmail: `greet-${randomUUID()}@example.be`,
        [`quantities.${types[0].id}`]: "3",
      }),
    ),
    { method: "DESK_CASH", residentId: null },
  );
  return { id, types, order };
}

const edit = (id: string, types: { id: string }[], changes: Record<string, string>) =>
  performanceEditSchema.parse(
    posted({
      ...baseForm,
      performanceId: id,
      "types.0.id": types[0].id,
      "types.1.id": types[1].id,
      ...changes,
    }),
  );

describe("editing a performance", () => {
  it("changes prices for new orders only and keeps sold lines at their price", async () => {
    const { id, types, order } = await performanceWithSales();
    await updatePerformance(staffId, id, edit(id, types, { "types.0.price": "14,50" }));
    expect((await db.ticketType.findUniqueOrThrow({ where: { id: types[0].id } })).priceCents).toBe(1450);
    const soldLine = await db.orderLine.findFirstOrThrow({ where: { orderId: order.id } });
    expect(soldLine.unitCents).toBe(1200);
    const next = await reserveTickets(
      reservationSchema.parse(
        posted({
          performanceId: id,
          buyerName: "Nieuwe Koper",
          buyerEmail: `nieuw-${randomUUID()}@example.be`,
          [`quantities.${types[0].id}`]: "1",
        }),
      ),
      onlineBuyer(),
    );
    expect(next.totalCents).toBe(1450);
  });

  it("moves the date and mails every paying buyer, once", async () => {
    const { id, types, order } = await performanceWithSales();
    const result = await updatePerformance(staffId, id, edit(id, types, { date: inDays(45), time: "20:00" }));
    expect(result).toEqual({ buyersTold: 1 });
    const mails = await db.mailMessage.findMany({
      where: { to: order.buyerEmail ?? "", subject: "Gewijzigd: Jazz op zondag" },
    });
    expect(mails).toHaveLength(1);
    expect(mails[0].text).toContain("20:00");
    const stored = await db.performance.findUniqueOrThrow({ where: { id } });
    expect(stored.salesEndAt).toEqual(stored.startsAt);
    // Saving again without moving it tells nobody.
    expect(
      await updatePerformance(staffId, id, edit(id, types, { date: inDays(45), time: "20:00" })),
    ).toEqual({
      buyersTold: 0,
    });
  });

  it("retires an emptied tariff, adds a new one, and keeps sold tickets valid", async () => {
    const { id, types, order } = await performanceWithSales();
    await updatePerformance(
      staffId,
      id,
      edit(id, types, {
        "types.0.label": "",
        "types.0.price": "",
        "types.2.label": "Kansentarief",
        "types.2.price": "3,00",
        "types.2.quota": "4",
      }),
    );
    const all = await db.ticketType.findMany({ where: { performanceId: id }, orderBy: { sortOrder: "asc" } });
    expect(all.filter((t) => t.active).map((t) => t.label)).toEqual(["-12", "Kansentarief"]);
    expect(all.find((t) => t.id === types[0].id)?.active).toBe(false);
    expect(await db.ticket.count({ where: { orderId: order.id, status: "VALID" } })).toBe(3);
    await expect(
      reserveTickets(
        reservationSchema.parse(
          posted({
            performanceId: id,
            buyerName: "Te Laat",
            buyerEmail: "te.laat@example.be",
            [`quantities.${types[0].id}`]: "1",
          }),
        ),
        onlineBuyer(),
      ),
    ).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: "Dit tickettype bestaat niet voor deze voorstelling.",
    });
  });

  it("refuses a quota below what a tariff already sold, and seats below what is taken", async () => {
    const { id, types } = await performanceWithSales();
    await expect(
      updatePerformance(staffId, id, edit(id, types, { "types.0.quota": "2" })),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("al 3 tickets"),
    });
    await expect(updatePerformance(staffId, id, edit(id, types, { seats: "2" }))).rejects.toMatchObject({
      code: "CONFLICT",
    });
    // Nothing of the refused edits was stored.
    expect((await db.ticketType.findUniqueOrThrow({ where: { id: types[0].id } })).quotaPoolId).toBeNull();
  });

  it("counts tickets already sold when a quota is added later", async () => {
    const { id, types } = await performanceWithSales();
    await updatePerformance(staffId, id, edit(id, types, { "types.0.quota": "4" }));
    const type = await db.ticketType.findUniqueOrThrow({ where: { id: types[0].id } });
    const pool = await db.capacityPool.findUniqueOrThrow({ where: { id: type.quotaPoolId! } });
    expect(pool).toMatchObject({ capacity: 4, taken: 3 });
  });

  it("rejects a tariff id of another performance and edits of a cancelled one", async () => {
    const a = await performanceWithSales();
    const b = await performanceWithSales();
    await expect(
      updatePerformance(staffId, a.id, edit(a.id, [b.types[0], a.types[1]], {})),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await db.performance.update({ where: { id: b.id }, data: { cancelledAt: new Date() } });
    await expect(updatePerformance(staffId, b.id, edit(b.id, b.types, {}))).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });
});

describe("walk-in desk sales", () => {
  const sale = (performanceId: string, typeId: string, method: string, buyerEmail = "") =>
    deskSaleSchema.safeParse(
      posted({
        performanceId,
        buyerName: "Wandelaar",
        buyerEmail,
        method,
        [`quantities.${typeId}`]: "2",
      }),
    );

  it("sell for cash without an e-mail address: paid, tickets issued, no mail queued", async () => {
    const { id, types } = await performanceWithSales();
    const parsed = sale(id, types[1].id, "DESK_CASH");
    expect(parsed.success).toBe(true);
    const before = await db.mailMessage.count();
    const order = await sellAtDesk(staffId, parsed.data!.reservation, parsed.data!.payment);
    const stored = await db.order.findUniqueOrThrow({ where: { id: order.id } });
    expect(stored).toMatchObject({ status: "PAID", buyerEmail: null });
    expect(await db.ticket.count({ where: { orderId: order.id } })).toBe(2);
    expect(await db.mailMessage.count()).toBe(before);
  });

  it("need an e-mail address for a transfer", async () => {
    const { id, types } = await performanceWithSales();
    const parsed = sale(id, types[1].id, "TRANSFER");
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues).toEqual([
      expect.objectContaining({ path: ["buyerEmail"], message: expect.stringContaining("e-mailadres") }),
    ]);
    expect(sale(id, types[1].id, "TRANSFER", "koper@example.be").success).toBe(true);
  });

  it("still refuse a malformed e-mail address", () => {
    const parsed = sale("p", "t", "DESK_CASH", "geen-adres");
    expect(parsed.error?.issues.map((i) => i.path)).toEqual([["buyerEmail"]]);
  });
});
