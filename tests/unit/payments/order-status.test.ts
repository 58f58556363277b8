import { describe, expect, it } from "vitest";
import { canMove, ORDER_STATUS_LABELS, ORDER_TRANSITIONS } from "@/lib/payments/order-status";

describe("order state machine", () => {
  it("moves forward only", () => {
    expect(canMove("PENDING", "PAID")).toBe(true);
    expect(canMove("PAID", "PENDING")).toBe(false);
    expect(canMove("REFUNDED", "PAID")).toBe(false);
    expect(canMove("CANCELLED", "PAID")).toBe(false);
  });

  it("lets a late payment revive an expired order", () => {
    expect(canMove("EXPIRED", "PAID")).toBe(true);
    expect(canMove("EXPIRED", "PENDING")).toBe(false);
  });

  it("has terminal states and a Dutch label for every state", () => {
    expect(ORDER_TRANSITIONS.CANCELLED).toEqual([]);
    expect(ORDER_TRANSITIONS.REFUNDED).toEqual([]);
    for (const status of Object.keys(ORDER_TRANSITIONS))
      expect(ORDER_STATUS_LABELS[status as keyof typeof ORDER_STATUS_LABELS]).toBeTruthy();
  });
});
