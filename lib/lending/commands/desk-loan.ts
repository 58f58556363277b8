// Staff lend at the desk for a resident: the borrower's own request command with the staff member
// recorded, then how it is paid there: at the terminal or in cash (settled at once), by transfer
// (the structured communication), or by invoice to the recognised association the resident is an
// officer of (issued by requestLoan in its transaction, exactly as when the officer asks online).
import "server-only";
import { chooseTransfer } from "@/lib/payments";
import { settle } from "@/lib/payments/settle";
import { transferDeadline } from "@/lib/payments/transfer-deadline";
import type { DeskLoanInput } from "../schema";
import { requestLoan } from "./request";

/** Returns the new loan's id. */
export async function lendAtDesk(
  { residentId, payment, ...basket }: DeskLoanInput,
  staffId: string,
): Promise<string> {
  const who = { userId: residentId, staffId };
  const { loanId, order } = await requestLoan(basket, who, { invoice: payment === "INVOICE" });
  if (payment === "TRANSFER") await chooseTransfer(order.id, await transferDeadline(order.id));
  else if (payment !== "INVOICE")
    await settle(
      order.id,
      { method: payment, amountCents: order.totalCents, recordedById: staffId },
      "Betaald aan de balie",
    );
  return loanId;
}
