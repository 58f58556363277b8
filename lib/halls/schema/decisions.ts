// The small staff and resident forms about one booking: which booking (or series), the reason of a
// refusal, and what is kept of a deposit.
import { z } from "zod";
import { euroCents, optionalText, requiredText } from "@/lib/forms/fields";
import { hallMessages } from "../messages";

const id = requiredText(hallMessages.bookingNotFound, { max: 40 });

export const bookingIdSchema = z.object({ bookingId: id });

export const seriesIdSchema = z.object({
  seriesId: requiredText(hallMessages.seriesNothingToApprove, { max: 40 }),
});

export const refuseSchema = z.object({
  bookingId: id,
  reason: requiredText("Geef de aanvrager een reden (minstens 5 tekens).", { min: 5, max: 500 }),
});

export const depositSchema = z
  .object({
    bookingId: id,
    kept: z
      .string()
      .max(30)
      .optional()
      .transform((v) => (v?.trim() ? v : "0"))
      .pipe(euroCents({ message: "Vul een bedrag in euro in, bijvoorbeeld 50 of 37,50." })),
    reason: optionalText({ max: 500 }).transform((v) => v ?? ""),
  })
  .superRefine((input, ctx) => {
    if (input.kept > 0 && input.reason.length < 5)
      ctx.addIssue({ code: "custom", path: ["reason"], message: hallMessages.depositReasonMissing });
  })
  .transform(({ bookingId, kept, reason }) => ({ bookingId, keptCents: kept, reason }));
