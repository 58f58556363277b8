// The fee of a submitted request as an order of the payment core, in the submission's transaction:
// the resident then pays it like anything else in the portal (online, by transfer with a structured
// reference, or at the counter) from the order page, and the case shows when it was paid. A fee
// with an exemption to confirm waits for staff: no order is opened for it here.
import "server-only";
import type { Tx } from "@/lib/db/client";
import { createOrder } from "@/lib/payments";
import { CASE_FEE_ITEM } from "../fulfil";

/** Long enough for a bank transfer; an unpaid fee order then lapses and staff follow the case up. */
const PAY_DAYS = 30;

export async function openFeeOrder(
  tx: Tx,
  input: {
    caseId: string;
    number: string;
    product: string;
    feeCents: number;
    buyer: { userId: string; name: string; email: string | null };
    now: Date;
  },
) {
  const order = await createOrder(
    tx,
    {
      buyer: input.buyer,
      lines: [
        {
          itemType: CASE_FEE_ITEM,
          itemId: input.caseId,
          description: `${input.product} (${input.number})`,
          quantity: 1,
          unitCents: input.feeCents,
          tariffCode: "fee",
          tariffLabel: "Kostprijs",
        },
      ],
      holds: [],
      expiresAt: new Date(input.now.getTime() + PAY_DAYS * 86_400_000),
    },
    input.now,
  );
  await tx.case.update({ where: { id: input.caseId }, data: { feeOrderId: order.id } });
  return order;
}
