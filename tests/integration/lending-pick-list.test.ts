// The depot's pick list of a loan, rendered from the same staff query as the loan's page: the
// borrower, the pick-up and return slots and every line with the quantity to gather; after the
// hand-out it carries what was really given, and the boxes to sign stay for the depot to fill in.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { handOut } from "@/lib/lending/commands/depot";
import { requestLoan } from "@/lib/lending/commands/request";
import { pickListSpec } from "@/lib/lending/pdf";
import { depotLoan } from "@/lib/lending/queries/staff";
import { getPdfIdentity } from "@/lib/municipality/queries";
import { settle } from "@/lib/payments/settle";
import { renderPdf } from "@/lib/pdf/render";
import { seed } from "@/prisma/seed";
import { pdfPages } from "@/tests/support/pdf-text";
import { association, categories, friday, item, plusDays, resident, slots } from "./lending-fixtures";

let slot: Awaited<ReturnType<typeof slots>>;
beforeAll(async () => {
  await seed(db);
  await categories();
  slot = await slots();
});

async function pickListText(loanId: string) {
  const loan = await depotLoan(loanId);
  const [page] = await pdfPages(await renderPdf(pickListSpec(loan!), await getPdfIdentity()));
  return page!;
}

describe("the depot's pick list", () => {
  it("lists the borrower, the slots and the quantities to gather, then what was handed out", async () => {
    const chairs = await item("Klapstoel", 400, { RECOGNISED: 20 }, { depositCents: 100 });
    const tents = await item("Partytent", 4, { RECOGNISED: 2500 }, { depositCents: 10000 });
    const officer = await resident();
    const club = await association(officer.id, "MANAGER", true);
    const staff = await resident();
    const from = friday(6);
    const { loanId, order } = await requestLoan(
      {
        quantities: { [chairs.id]: 40, [tents.id]: 1 },
        pickupDate: from,
        pickupSlotId: slot.fridayEvening.id,
        returnDate: plusDays(from, 3),
        returnSlotId: slot.mondayEvening.id,
        borrowFor: club.id,
      },
      { userId: officer.id },
    );
    await settle(
      order.id,
      { method: "DESK_CARD", amountCents: order.totalCents, recordedById: staff.id },
      "Test",
    );

    const before = await pickListText(loanId);
    expect(before).toContain("Ophaallijst uitleendienst");
    expect(before).toContain("Testvereniging");
    expect(before).toContain("Test Lener");
    expect(before).toMatch(/Klapstoel\s+40/);
    expect(before).toMatch(/Partytent\s+1/);
    expect(before).toContain("Meegegeven");
    expect(before).toContain("Teruggebracht");

    const lines = await db.loanLine.findMany({ where: { loanId } });
    const lineOf = (itemId: string) => lines.find((l) => l.itemId === itemId)!.id;
    await handOut(loanId, { [lineOf(chairs.id)]: 38, [lineOf(tents.id)]: 1 }, staff.id);
    expect(await pickListText(loanId)).toMatch(/Klapstoel\s+40\s+38/);
  });
});
