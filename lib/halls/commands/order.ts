// Creates the order that pays an approved booking: the rent (units × tariff) and the deposit as
// separate lines, so the deposit is visible and can be refunded on its own. No capacity holds:
// the exclusion constraint on HallBooking already keeps the hall for this booking.
import { createOrder } from "@/lib/payments";
import { issueInvoice } from "@/lib/payments/invoice";
import type { Tx } from "@/lib/db/client";
import { HALL_DEPOSIT_ITEM, HALL_ITEM } from "../fulfil";

const PAY_DAYS = 14;

type Payable = {
  id: string;
  hallName: string;
  slotLabel: string;
  units: number;
  unitCents: number;
  depositCents: number;
  category: string;
  categoryLabel: string;
  startsAt: Date;
};

export async function createBookingOrder(
  tx: Tx,
  booking: Payable,
  buyer: { userId: string; name: string; email: string | null },
  soldById: string | null,
  now: Date,
) {
  // Pay within two weeks, and in any case before the day of use.
  const deadline = Math.min(now.getTime() + PAY_DAYS * 86_400_000, booking.startsAt.getTime() - 3_600_000);
  const order = await createOrder(
    tx,
    {
      buyer,
      soldById,
      lines: [
        {
          itemType: HALL_ITEM,
          itemId: booking.id,
          description: `${booking.hallName}: ${booking.slotLabel}`,
          quantity: booking.units,
          unitCents: booking.unitCents,
          tariffCode: booking.category,
          tariffLabel: booking.categoryLabel,
        },
        ...(booking.depositCents > 0
          ? [
              {
                itemType: HALL_DEPOSIT_ITEM,
                itemId: booking.id,
                description: `Waarborg ${booking.hallName}`,
                quantity: 1,
                unitCents: booking.depositCents,
                tariffCode: "WAARBORG",
                tariffLabel: "Waarborg",
              },
            ]
          : []),
      ],
      holds: [],
      // At least an hour to pay, but never past the start of the booking.
      expiresAt: new Date(
        Math.min(booking.startsAt.getTime(), Math.max(deadline, now.getTime() + 3_600_000)),
      ),
    },
    now,
  );
  await tx.hallBooking.update({ where: { id: booking.id }, data: { orderId: order.id } });
  return order;
}

/**
 * "Factuur achteraf": a booking of a recognised association that chose it is paid by invoice. The
 * order gets its invoice at once (number, due date, communication; it never lapses); the booking's
 * own mail carries it. Nothing to invoice for a free booking.
 */
export async function invoiceBookingOrder(
  tx: Tx,
  order: { id: string; totalCents: number },
  booking: { invoiceLater: boolean; associationId: string | null; userId: string },
  now: Date,
) {
  if (!booking.invoiceLater || order.totalCents === 0) return null;
  return issueInvoice(
    tx,
    order.id,
    {
      associationId: booking.associationId ?? "",
      officerUserId: booking.userId,
      field: "invoiceLater",
      mail: false,
    },
    now,
  );
}
