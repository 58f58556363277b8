import { describe, expect, it } from "vitest";
import { ACTIVITY_ITEM } from "@/lib/activities/fulfil";
import { type ConfirmableOrder, orderConfirmationSpec } from "@/lib/payments/confirmation-pdf";
import { kindOfOrder } from "@/lib/payments/item-kinds";
import { renderPdf } from "@/lib/pdf/render";
import { pdfPages } from "@/tests/support/pdf-text";
import { testIdentity } from "@/tests/support/identity";

const account = { iban: "BE68 5390 0754 7034", bic: "GKCCBEBB", beneficiary: "Gemeente Proefdorp" };
const url = "https://loket.proefdorp.be/bestelling/abc";

const order = (over: Partial<ConfirmableOrder>): ConfirmableOrder => ({
  number: "W27-000123",
  status: "PENDING",
  buyerName: "Mieke Desmet",
  totalCents: 9000,
  ogm: "123456789002",
  expiresAt: new Date("2027-03-10T10:00:00Z"),
  paidAt: null,
  invoiceNumber: null,
  invoiceDueOn: null,
  lines: [
    {
      description: "Kamp Kriebels - Lotte",
      tariffLabel: "inwoner",
      quantity: 1,
      unitCents: 5000,
      totalCents: 5000,
    },
    {
      description: "Kamp Kriebels - Warre",
      tariffLabel: "broer of zus",
      quantity: 1,
      unitCents: 4000,
      totalCents: 4000,
    },
  ],
  ...over,
});

async function text(o: ConfirmableOrder): Promise<string> {
  const kind = kindOfOrder([{ itemType: ACTIVITY_ITEM }]);
  const pdf = await renderPdf(orderConfirmationSpec(o, kind, account, url), testIdentity);
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  // The extracted text spaces table cells and runs apart; one space is enough to read it.
  return (await pdfPages(pdf)).join(" ").replace(/\s+/g, " ");
}

describe("the paper confirmation of an order", () => {
  it("gives a resident without e-mail the lines, the total and the transfer with its structured communication", async () => {
    const page = await text(order({}));
    expect(page).toContain("Mieke Desmet");
    expect(page).toContain("Bestelling W27-000123");
    expect(page).toContain("Kamp Kriebels - Warre (broer of zus)");
    expect(page).toMatch(/Totaal\s*€\s*90,00/);
    expect(page).toContain("+++123/4567/89002+++");
    expect(page).toContain("BE68 5390 0754 7034");
    expect(page).not.toContain("Betaald op");
  });

  it("says a paid order is paid and asks for no transfer", async () => {
    const page = await text(order({ status: "PAID", paidAt: new Date("2027-03-02T09:30:00Z") }));
    expect(page).toContain("Betaald op");
    expect(page).not.toContain("Gestructureerde mededeling");
  });

  it("points an order without a transfer to paying online or at the desk", async () => {
    const page = await text(order({ ogm: null }));
    expect(page).toContain("Betaal online met de code hieronder, of aan de balie");
    expect(page).not.toContain("+++");
  });
});
