import { describe, expect, it } from "vitest";
import { clockText, daysText, spokenText, timeLeft } from "@/lib/payments/deadline";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe("time left to pay", () => {
  it("counts whole days past a day, so a two-week hall order never shows thousands of minutes", () => {
    // The hall order of the defect: 17612 minutes and 51 seconds.
    const left = timeLeft(17612 * MINUTE + 51_000);
    expect(left).toEqual({ kind: "days", days: 12 });
    expect(daysText(12)).toBe("nog 12 dagen");
    expect(daysText(1)).toBe("nog 1 dag");
    expect(timeLeft(DAY)).toEqual({ kind: "days", days: 1 });
  });

  it("shows a clock below a day, with hours once past an hour", () => {
    const ticketHold = timeLeft(9 * MINUTE + 5_000);
    expect(ticketHold.kind === "clock" && clockText(ticketHold)).toBe("9:05");
    const evening = timeLeft(3 * HOUR + 9 * MINUTE + 5_000);
    expect(evening.kind === "clock" && clockText(evening)).toBe("3:09:05");
    expect(evening.kind === "clock" && spokenText(evening)).toBe("Nog 3 uur en 9 minuten");
  });

  it("announces minutes rounded up, and seconds in the last minute", () => {
    const almost = timeLeft(4 * MINUTE + 30_000);
    expect(almost.kind === "clock" && spokenText(almost)).toBe("Nog ongeveer 5 minuten");
    const last = timeLeft(42_000);
    expect(last.kind === "clock" && spokenText(last)).toBe("Nog 42 seconden");
  });

  it("is over at the deadline", () => {
    expect(timeLeft(0)).toEqual({ kind: "over" });
    expect(timeLeft(-5_000)).toEqual({ kind: "over" });
  });
});
