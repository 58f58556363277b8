// Creates the order that pays an approved booking: the rent (units × tariff) and the deposit as
// separate lines, so the deposit is visible and can be refunded on its own. No capacity holds:
// the exclusion constraint on HallBooking already keeps the hall for this booking.
import { createOrder } from "@/lib/payments";
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
