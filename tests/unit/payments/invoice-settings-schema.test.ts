// The invoice terms form refuses what would make no sense (a due day today, a reminder a year
// later, letters) with a Dutch message on the field, and takes whole days as typed.
import { describe, expect, it } from "vitest";
import { invoiceSettingsSchema } from "@/lib/payments/schema";

const valid = { dueDays: "30", firstReminderDays: "3", secondReminderDays: "14" };

describe("invoice terms form", () => {
  it("reads whole days as numbers", () => {
    expect(invoiceSettingsSchema.parse({ ...valid, dueDays: " 21 " })).toEqual({
      dueDays: 21,
      firstReminderDays: 3,
      secondReminderDays: 14,
    });
  });

  it.each([
    ["dueDays", "0", "Kies een termijn van 7 tot 90 dagen."],
    ["dueDays", "365", "Kies een termijn van 7 tot 90 dagen."],
    ["firstReminderDays", "drie", "Kies 1 tot 60 dagen na de vervaldag."],
    ["secondReminderDays", "-5", "Kies 1 tot 90 dagen na de eerste herinnering."],
    ["secondReminderDays", "2.5", "Kies 1 tot 90 dagen na de eerste herinnering."],
  ])("refuses %s = %s with a message on that field", (field, value, message) => {
    const result = invoiceSettingsSchema.safeParse({ ...valid, [field]: value });
    expect(result.success).toBe(false);
    expect(result.error!.issues).toEqual([expect.objectContaining({ path: [field], message })]);
  });
});
