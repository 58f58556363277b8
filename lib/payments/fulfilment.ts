// What happens when an order is paid, per kind of line. Each paid service adds its fulfiller here.
// `invoiced` (optional) is what an invoice does before it is paid: a loan is confirmed at once
// (its stock stays held); a hall booking is already approved and waits for its payment.
import {
  ACTIVITY_ITEM,
  cancelRegistrationsOfOrder,
  confirmRegistrationsOfOrder,
} from "@/lib/activities/fulfil";
import type { Tx } from "@/lib/db/client";
import { CASE_FEE_ITEM, markCaseFeePaid, unmarkCaseFeePaid } from "@/lib/eloket/fulfil";
import { cancelHallBookingOfOrder, HALL_ITEM, markHallBookingPaid } from "@/lib/halls/fulfil";
import { cancelLoanOfOrder, confirmLoanOfOrder, LOAN_ITEM } from "@/lib/lending/fulfil";
import { cancelTicketsOfOrder, issueTickets, TICKET_ITEM } from "@/lib/tickets/issue";

type Step = (tx: Tx, orderId: string) => Promise<unknown>;

const fulfillers: Record<string, { fulfil: Step; revoke: Step; invoiced?: Step }> = {
  [TICKET_ITEM]: { fulfil: issueTickets, revoke: cancelTicketsOfOrder },
  [HALL_ITEM]: { fulfil: markHallBookingPaid, revoke: cancelHallBookingOfOrder },
  [LOAN_ITEM]: { fulfil: confirmLoanOfOrder, revoke: cancelLoanOfOrder, invoiced: confirmLoanOfOrder },
  [ACTIVITY_ITEM]: { fulfil: confirmRegistrationsOfOrder, revoke: cancelRegistrationsOfOrder },
  [CASE_FEE_ITEM]: { fulfil: markCaseFeePaid, revoke: unmarkCaseFeePaid },
};

async function runStep(tx: Tx, orderId: string, step: "fulfil" | "revoke" | "invoiced"): Promise<void> {
  const kinds = await tx.orderLine.findMany({
    where: { orderId },
    distinct: ["itemType"],
    select: { itemType: true },
  });
  for (const { itemType } of kinds) await fulfillers[itemType]?.[step]?.(tx, orderId);
}

export async function fulfil(tx: Tx, orderId: string): Promise<void> {
  await runStep(tx, orderId, "fulfil");
}

/** Undoes fulfilment for a refunded order (tickets become invalid at the door). */
export async function revoke(tx: Tx, orderId: string): Promise<void> {
  await runStep(tx, orderId, "revoke");
}

/** What an issued, still unpaid invoice already grants (see `invoiced` above). */
export async function fulfilInvoiced(tx: Tx, orderId: string): Promise<void> {
  await runStep(tx, orderId, "invoiced");
}
