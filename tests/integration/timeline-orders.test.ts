// Orders on a resident's timeline are filed under the service of what they bought.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { HALL_ITEM } from "@/lib/halls/fulfil";
import { createOrder } from "@/lib/payments";
import { TICKET_ITEM } from "@/lib/tickets/issue";
import { orderActivity } from "@/lib/timeline/sources/orders";

const lineOf = (itemType: string, description: string) => ({
  itemType,
  itemId: randomUUID(),
  description,
  quantity: 1,
  unitCents: 4000,
  tariffCode: "INWONER",
  tariffLabel: "Inwoner",
});

describe("orders on the timeline", () => {
  it("file a hall order under Zalen and a ticket order under Tickets, each linking to its order", async () => {
    const user = await db.user.create({
      data: { email: `tijdlijn-${randomUUID()}@example.be`, name: "Tine" },
    });
    const buyer = { userId: user.id, name: "Tine", email: user.email };
    const expiresAt = new Date(Date.now() + 3_600_000);
    const hall = await createOrder(db, {
      buyer,
      lines: [lineOf(HALL_ITEM, "De Linde: avond")],
      holds: [],
      expiresAt,
    });
    const tickets = await createOrder(db, {
      buyer,
      lines: [lineOf(TICKET_ITEM, "Comedy")],
      holds: [],
      expiresAt,
    });
    const items = await orderActivity(user.id, 10);
    expect(items.find((i) => i.id === `order-${hall.id}`)).toMatchObject({
      service: "Zalen",
      href: `/bestelling/${hall.accessToken}`,
    });
    expect(items.find((i) => i.id === `order-${tickets.id}`)).toMatchObject({ service: "Tickets" });
  });
});
