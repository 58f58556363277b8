// An approved booking whose order lapsed (not paid in time) or was cancelled on the order page
// frees the hall. Run every minute by the job "hall-booking-lapse".
import type { Db } from "@/lib/db/client";

export async function lapseUnpaidBookings(db: Db, now = new Date()): Promise<number> {
  return db.$executeRaw`
    UPDATE "HallBooking" b SET status = 'CANCELLED', "cancelledAt" = ${now}, "updatedAt" = ${now}
    FROM "Order" o
    WHERE o.id = b."orderId" AND b.status = 'APPROVED' AND b."paidAt" IS NULL
      AND o.status IN ('EXPIRED', 'CANCELLED')`;
}
