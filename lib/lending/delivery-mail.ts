// What a lending mail says about a delivered loan: its address and the technical service's windows.
import "server-only";
import { formatMinutes } from "@/lib/be/time";
import type { Tx } from "@/lib/db/client";
import { type DeliveryColumns, deliveryAddressText } from "./delivery";

export async function deliveryForMail(
  tx: Tx,
  loan: DeliveryColumns & { pickupSlotId: string; returnSlotId: string },
) {
  if (!loan.delivery) return null;
  const slots = await tx.loanSlot.findMany({ where: { id: { in: [loan.pickupSlotId, loan.returnSlotId] } } });
  const window = (id: string) => {
    const s = slots.find((x) => x.id === id);
    return s ? `${formatMinutes(s.startMinutes)}–${formatMinutes(s.endMinutes)}` : "";
  };
  return {
    address: deliveryAddressText(loan),
    deliveryWindow: window(loan.pickupSlotId),
    collectionWindow: window(loan.returnSlotId),
  };
}
