// The payment core's hooks for activity registrations (lib/payments/fulfilment.ts): a paid order
// confirms its held places; a refunded one cancels them (the core gives the places back, and the
// offers job hands them to the waiting list).
import type { Tx } from "@/lib/db/client";

export const ACTIVITY_ITEM = "activity-registration";

export async function confirmRegistrationsOfOrder(tx: Tx, orderId: string): Promise<number> {
  const { count } = await tx.activityRegistration.updateMany({
    where: { orderId, status: "HELD" },
    data: { status: "CONFIRMED" },
  });
  return count;
}

export async function cancelRegistrationsOfOrder(tx: Tx, orderId: string): Promise<number> {
  const { count } = await tx.activityRegistration.updateMany({
    where: { orderId, status: { in: ["HELD", "CONFIRMED"] } },
    data: { status: "CANCELLED", cancelledAt: new Date() },
  });
  return count;
}
