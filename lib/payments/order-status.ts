// The order state machine. Orders only move forward along these edges; anything else is refused.
// EXPIRED → PAID is the late payment whose capacity could be taken again.
import type { OrderStatus } from "@/generated/prisma/enums";

export const ORDER_TRANSITIONS: Record<OrderStatus, readonly OrderStatus[]> = {
  PENDING: ["PAID", "CANCELLED", "EXPIRED"],
  EXPIRED: ["PAID", "REFUNDED"],
  PAID: ["REFUNDED"],
  CANCELLED: [],
  REFUNDED: [],
};

export function canMove(from: OrderStatus, to: OrderStatus): boolean {
  return ORDER_TRANSITIONS[from].includes(to);
}
