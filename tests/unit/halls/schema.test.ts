import { describe, expect, it } from "vitest";
import { bookingSchema, deskBookingSchema } from "@/lib/halls/schema/booking";
import { depositSchema } from "@/lib/halls/schema/decisions";

const base = { hallId: "h1", unit: "DAY_PART", date: "2027-02-12", bookFor: "self", purpose: "Ledenfeest" };

describe("booking form schema", () => {
  it("reads one or several day parts and defaults to a single week", () => {
    expect(bookingSchema.parse({ ...base, dayParts: "AVOND" })).toMatchObject({
      dayParts: ["AVOND"],
      weeks: 1,
    });
    expect(bookingSchema.parse({ ...base, dayParts: ["NAMIDDAG", "AVOND"], weeks: "4" })).toMatchObject({
      dayParts: ["NAMIDDAG", "AVOND"],
      weeks: 4,
    });
  });

  it("explains each mistake on its own field", () => {
    const result = bookingSchema.safeParse({ ...base, date: "2027-02-30", weeks: "40", purpose: "x" });
    expect(result.success).toBe(false);
    const fields = result.error!.issues.map((i) => i.path.join("."));
    // Every mistake at once, the missing day parts included.
    expect(fields.sort()).toEqual(["date", "dayParts", "purpose", "weeks"]);
    expect(bookingSchema.safeParse(base).error!.issues).toEqual([
      expect.objectContaining({ path: ["dayParts"], message: "Kies minstens één dagdeel." }),
    ]);
    const hourly = bookingSchema.safeParse({ ...base, unit: "HOURLY", from: "20:00", until: "18:00" });
    expect(hourly.error!.issues).toEqual([
      expect.objectContaining({ path: ["until"], message: "Het einduur moet na het beginuur liggen." }),
    ]);
  });

  it("adds the resident found or registered at the desk to desk bookings", () => {
    expect(deskBookingSchema.parse({ ...base, dayParts: "AVOND", residentId: " u123 " })).toMatchObject({
      residentId: "u123",
      dayParts: ["AVOND"],
    });
    expect(deskBookingSchema.safeParse({ ...base, dayParts: "AVOND", residentId: "" }).error!.issues).toEqual(
      [expect.objectContaining({ path: ["residentId"] })],
    );
  });
});

describe("deposit form schema", () => {
  it("reads euro amounts and needs a reason for keeping part", () => {
    expect(depositSchema.parse({ bookingId: "b", kept: "37,50", reason: "Schoonmaak" })).toEqual({
      bookingId: "b",
      keptCents: 3750,
      reason: "Schoonmaak",
    });
    expect(depositSchema.parse({ bookingId: "b", kept: "", reason: "" }).keptCents).toBe(0);
    expect(depositSchema.safeParse({ bookingId: "b", kept: "50", reason: "" }).error!.issues[0].path).toEqual(
      ["reason"],
    );
    expect(depositSchema.safeParse({ bookingId: "b", kept: "abc" }).error!.issues[0].path).toEqual(["kept"]);
  });
});
