import { describe, expect, it } from "vitest";
import { hallTransferDeadline } from "@/lib/halls/transfer-deadline";

const now = new Date("2027-05-01T10:00:00Z");
const inDays = (d: number) => new Date(now.getTime() + d * 86_400_000);

describe("hallTransferDeadline", () => {
  it("gives the usual days when the booking is further away", () => {
    expect(hallTransferDeadline(now, 5, inDays(30))).toEqual(inDays(5));
  });

  it("never runs past the start of the booking", () => {
    expect(hallTransferDeadline(now, 5, inDays(3))).toEqual(inDays(3));
  });

  it("refuses a transfer when less than a day is left", () => {
    expect(hallTransferDeadline(now, 5, new Date(now.getTime() + 20 * 3_600_000))).toBeNull();
    expect(hallTransferDeadline(now, 5, inDays(1))).toEqual(inDays(1));
  });
});
