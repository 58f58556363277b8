// How many appointments someone without an account may book: a guest's e-mail address is not
// proven, so without a limit one client could take every slot of a day under made-up addresses
// (five of five in the attack). Signed-in residents proved their address and are not limited
// here; staff booking at the desk neither. Typical values; change them here.
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { hitAll, type Limit } from "@/lib/rate-limit";
import { appointmentMessages } from "./messages";

export const GUEST_BOOKING_LIMITS = {
  perAddress: { max: 6, windowSeconds: 3600 } satisfies Limit,
  perEmail: { max: 3, windowSeconds: 86_400 } satisfies Limit,
};

export async function checkGuestBookingRate(address: string, email: string): Promise<void> {
  const allowed = await hitAll(db, [
    { key: `afspraak:gast:ip:${address}`, limit: GUEST_BOOKING_LIMITS.perAddress },
    { key: `afspraak:gast:email:${email.toLowerCase()}`, limit: GUEST_BOOKING_LIMITS.perEmail },
  ]);
  if (!allowed) throw new AppError("RATE_LIMITED", appointmentMessages.tooManyGuestBookings);
}
