import { describe, expect, it } from "vitest";
import { HALL_DEPOSIT_ITEM, HALL_ITEM } from "@/lib/halls/fulfil";
import { GENERIC_KIND, hasTickets, kindOfOrder } from "@/lib/payments/item-kinds";
import { TICKET_ITEM } from "@/lib/tickets/issue";

describe("an order is spoken of by what it bought", () => {
  it("words a hall order as rent and deposit, never as tickets", () => {
    const hall = kindOfOrder([{ itemType: HALL_ITEM }, { itemType: HALL_DEPOSIT_ITEM }]);
    expect(hall.service).toBe("Zalen");
    for (const text of [hall.holding, hall.afterTransfer, hall.staffPaid, hall.released, hall.paidPrinted])
      expect(text).not.toMatch(/ticket/i);
    expect(hall.paidSubject("W26-000001")).not.toMatch(/ticket/i);
    expect(hasTickets([{ itemType: HALL_ITEM }])).toBe(false);
  });

  it("words a ticket order as tickets, from its ticket lines", () => {
    const tickets = kindOfOrder([{ itemType: TICKET_ITEM }]);
    expect(tickets.service).toBe("Tickets");
    expect(tickets.afterTransfer).toBe("Je tickets komen zodra we je betaling ontvangen.");
    expect(tickets.staffPaid).toBe("Betaling geboekt; de koper krijgt zijn tickets.");
    expect(hasTickets([{ itemType: TICKET_ITEM }])).toBe(true);
  });

  it("falls back to plain words for a kind of item it does not know yet", () => {
    expect(kindOfOrder([{ itemType: "a-service-not-built-yet" }])).toBe(GENERIC_KIND);
    expect(GENERIC_KIND.afterTransfer).not.toMatch(/ticket|zaal/i);
  });
});
