// Checks a booking request against everything only the server knows and prices it: the hall
// exists, the slot is valid for the hall and not in the past, the requester belongs to the
// association, the category has a tariff and is inside its booking window. Throws a FieldError
// naming the form field. Used by the review page and again by the booking itself.
import "server-only";
import type { HallCustomerCategory } from "@/generated/prisma/enums";
import { addBrusselsDays } from "@/lib/be/time";
import type { Db, Tx } from "@/lib/db/client";
import { FieldError } from "@/lib/errors";
import { isVerifiedResident } from "@/lib/residents/verification";
import { checkBookingWindow } from "../booking-window";
import { determineCategory } from "../category";
import { hallMessages } from "../messages";
import { quote, type Quote } from "../pricing";
import type { BookingInput } from "../schema/booking";
import { dayPartSlot, hourlySlot, parseClock, type Slot } from "../slots";

export type Occurrence = { date: string; slot: Slot };

export type PreparedBooking = {
  hall: { id: string; slug: string; name: string; requiresApproval: boolean; depositCents: number };
  category: HallCustomerCategory;
  categoryLabel: string;
  association: { id: string; name: string } | null;
  quote: Quote;
  occurrences: Occurrence[];
  invoiceLater: boolean;
  purpose: string;
  /** Day parts or hours the slot covers, in words. */
  slotLabel: string;
};

export async function prepareBooking(
  db: Db | Tx,
  input: BookingInput,
  userId: string,
  now = new Date(),
): Promise<PreparedBooking> {
  const hall = await db.hall.findFirst({
    where: { id: input.hallId, active: true },
    include: { tariffs: true },
  });
  if (!hall) throw new FieldError("hallId", hallMessages.hallNotFound, "NOT_FOUND");
  if (hall.rentalUnit !== input.unit) throw new FieldError("date", hallMessages.rentalUnitChanged);

  let association: { id: string; name: string; recognised: boolean } | null = null;
  if (input.bookFor !== "self") {
    // Only officers book in the association's name (its tariff, invoice afterwards); a plain
    // member books as themselves.
    const membership = await db.associationMember.findFirst({
      where: { userId, associationId: input.bookFor, role: "MANAGER" },
      select: { association: { select: { id: true, name: true, recognised: true } } },
    });
    if (!membership) throw new FieldError("bookFor", hallMessages.notAMember, "FORBIDDEN");
    association = membership.association;
  }
  if (input.weeks > 1 && !association) throw new FieldError("weeks", hallMessages.seriesOnlyForAssociations);

  const category = determineCategory({ association, verifiedResident: await isVerifiedResident(userId, db) });
  const tariff = hall.tariffs.find((t) => t.category === category);
  const categoryRow = await db.hallCategory.findUnique({ where: { code: category } });
  const categoryLabel = categoryRow?.label ?? category;
  if (!tariff) throw new FieldError("bookFor", hallMessages.categoryNotAllowed(categoryLabel), "FORBIDDEN");
  // The invoice is the payment core's (lib/payments/invoice.ts): a recognised association's officer only.
  if (input.invoiceLater && (!tariff.invoiceAllowed || !association?.recognised))
    throw new FieldError("invoiceLater", hallMessages.invoiceOnlyForRecognised);

  const dayParts = input.unit === "DAY_PART" ? await db.hallDayPart.findMany() : [];
  const occurrences: Occurrence[] = [];
  for (let week = 0; week < input.weeks; week++) {
    const date = addBrusselsDays(input.date, 7 * week);
    let result;
    if (input.unit === "DAY_PART") result = dayPartSlot(date, input.dayParts, dayParts);
    else {
      const from = parseClock(input.from);
      const until = parseClock(input.until);
      if (from === null) throw new FieldError("from", hallMessages.chooseStartHour);
      if (until === null) throw new FieldError("until", hallMessages.chooseEndHour);
      result = hourlySlot(date, from, until, hall);
    }
    if (!result.ok) throw new FieldError(result.field, result.message);
    const window = checkBookingWindow(date, result.slot.startsAt, tariff.bookingWindowMonths, now);
    if (!window.ok) throw new FieldError(week === 0 ? "date" : "weeks", window.message);
    occurrences.push({ date, slot: result.slot });
  }
  const priced = quote(hall.tariffs, category, occurrences[0].slot.units, hall.depositCents)!;
  return {
    hall: {
      id: hall.id,
      slug: hall.slug,
      name: hall.name,
      requiresApproval: hall.requiresApproval,
      depositCents: hall.depositCents,
    },
    category,
    categoryLabel,
    association: association && { id: association.id, name: association.name },
    quote: priced,
    occurrences,
    invoiceLater: input.invoiceLater,
    purpose: input.purpose,
    slotLabel: occurrences[0].slot.label,
  };
}
