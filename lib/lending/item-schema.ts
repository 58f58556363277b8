// The staff forms for the uitleendienst's data: an item's stock, deposit, damage fee and price per
// borrower category (`prices.<code>`, empty: that category may not borrow it), units out for
// repair, a depot slot's hours, a borrower category, the delivery price and area, and the rules of
// every loan (cancel deadline, late fee, retention). Shared by the form kit and the actions.
import { z } from "zod";
import { parseEuroToCents } from "@/lib/be/money";
import {
  calendarDate,
  checkbox,
  clockTime,
  euroCents,
  optionalText,
  requiredText,
  wholeNumber,
} from "@/lib/forms/fields";
import { parsePostcodes } from "./delivery";
import { lendingMessages } from "./messages";

const id = (message: string) => requiredText(message, { max: 40 });
const euro = euroCents({ max: 1_000_000, message: lendingMessages.euro });

const price = z
  .string()
  .max(30, lendingMessages.priceOrEmpty)
  .optional()
  .transform((v, ctx) => {
    if (!v?.trim()) return null;
    const cents = parseEuroToCents(v);
    if (cents === null || cents < 0 || cents > 1_000_000) {
      ctx.addIssue({ code: "custom", message: lendingMessages.priceOrEmpty });
      return z.NEVER;
    }
    return cents;
  });

export const itemSettingsSchema = z.object({
  itemId: id(lendingMessages.itemNotFound),
  stock: wholeNumber({ min: 0, max: 9999, message: lendingMessages.stockNumber }),
  deposit: euro,
  damageFee: euro,
  prices: z.record(z.string().max(40), price).prefault({}),
  /** Ticked after a refusal that named the loans: lower the stock anyway, staff call them. */
  confirmed: checkbox(),
});
export type ItemSettingsInput = z.output<typeof itemSettingsSchema>;

export const repairSchema = z
  .object({
    itemId: id(lendingMessages.itemNotFound),
    quantity: wholeNumber({ min: 1, max: 9999, message: lendingMessages.repairQuantity }),
    fromDate: calendarDate(),
    untilDate: z.union([z.literal("").transform(() => null), calendarDate()]).prefault(""),
    note: optionalText({ max: 300 }),
    confirmed: checkbox(),
  })
  .refine((r) => !r.untilDate || r.untilDate >= r.fromDate, {
    path: ["untilDate"],
    message: lendingMessages.untilBeforeFrom,
  });

export const repairDoneSchema = z.object({ changeId: id(lendingMessages.changeNotFound) });

export const slotSchema = z
  .object({
    slotId: id(lendingMessages.slotNotFound),
    start: clockTime("Vul een uur in, bijvoorbeeld 18:00."),
    end: clockTime("Vul een uur in, bijvoorbeeld 20:00.", { upToMidnight: true }),
    active: checkbox(),
  })
  .refine((s) => s.end > s.start, { path: ["end"], message: lendingMessages.slotTimes });

/** A borrower category as staff set it: who it is for, its lead time and how far ahead it may lend. */
export const categorySchema = z.object({
  code: id(lendingMessages.categoryNotFound),
  label: requiredText(lendingMessages.categoryLabel, { max: 80 }),
  description: optionalText({ max: 500 }),
  leadWorkingDays: wholeNumber({ min: 0, max: 60, message: lendingMessages.leadWorkingDays }),
  horizonMonths: wholeNumber({ min: 1, max: 24, message: lendingMessages.horizonMonths }),
  forAssociation: checkbox(),
  recognisedOnly: checkbox(),
  staffOnly: checkbox(),
});
export type CategoryInput = z.output<typeof categorySchema>;

const postcodes = z
  .string({ error: lendingMessages.postcodesMissing })
  .max(400, lendingMessages.tooManyPostcodes)
  .transform((text, ctx) => {
    const parsed = parsePostcodes(text);
    if ("postcodes" in parsed && parsed.postcodes.length <= 50) return parsed.postcodes;
    const message =
      "empty" in parsed
        ? lendingMessages.postcodesMissing
        : "invalid" in parsed
          ? lendingMessages.notAPostcode(parsed.invalid)
          : lendingMessages.tooManyPostcodes;
    ctx.addIssue({ code: "custom", message });
    return z.NEVER;
  });

/** What a delivery costs (euros typed, cents stored) and the postcodes the technical service serves. */
export const deliverySettingsSchema = z.object({
  deliveryPrice: euroCents({ max: 100_000, message: lendingMessages.deliveryPrice }),
  deliveryPostcodes: postcodes,
});
export type DeliverySettingsInput = z.output<typeof deliverySettingsSchema>;

/**
 * The rules of every loan: until how many working days before the pick-up a borrower may cancel,
 * what is kept from the deposit per started day late, and how long an ended loan keeps who borrowed.
 */
export const loanRulesSchema = z.object({
  cancelWorkingDays: wholeNumber({ min: 0, max: 30, message: lendingMessages.cancelWorkingDays }),
  lateFeePerDay: euroCents({ max: 100_000, message: lendingMessages.lateFeePerDay }),
  retentionMonths: wholeNumber({ min: 1, max: 120, message: lendingMessages.retentionMonths }),
});
export type LoanRulesInput = z.output<typeof loanRulesSchema>;
