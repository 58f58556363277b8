import { describe, expect, it } from "vitest";
import { ORDER_STATUS_LABELS } from "@/lib/payments/labels";
import { canMove, ORDER_TRANSITIONS } from "@/lib/payments/order-status";

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

  it("has terminal states", () => {
    expect(ORDER_TRANSITIONS.CANCELLED).toEqual([]);
    expect(ORDER_TRANSITIONS.REFUNDED).toEqual([]);
  });

  // The type already demands a label per state; what it cannot see is two states reading alike.
  it("gives every state a label of its own", () => {
    const labels = Object.keys(ORDER_TRANSITIONS).map(
      (s) => ORDER_STATUS_LABELS[s as keyof typeof ORDER_STATUS_LABELS],
    );
    expect(new Set(labels).size).toBe(labels.length);
  });
});
