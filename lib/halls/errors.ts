// Failures of hall bookings that PostgreSQL reports (FieldError for form fields is in lib/errors).

/** True when PostgreSQL refused a booking because it overlaps an active one (HallBooking_no_overlap). */
export function isOverlapViolation(error: unknown): boolean {
  const text = `${String((error as Error)?.message ?? "")} ${JSON.stringify((error as { meta?: unknown })?.meta ?? "")}`;
  return /HallBooking_no_overlap|23P01|exclusion constraint/i.test(text);
}

/**
 * Two transactions inserting overlapping ranges at the same moment can each wait for the other
 * on the exclusion constraint; PostgreSQL then aborts one as a deadlock (Prisma P2034). Running
 * that one again finds the winner committed and gets the ordinary overlap refusal.
 */
export function isDeadlock(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown };
  return (
    e?.code === "P2034" ||
    /deadlock detected|40P01|write conflict or a deadlock/i.test(String(e?.message ?? ""))
  );
}

/**
 * Transaction limits for writes under the no-overlap constraint. An insert that overlaps a booking
 * still in flight waits for that transaction to finish; on a busy server Prisma's defaults (2 s to
 * start, 5 s to run) could time out the winner too, so nobody would get the hall.
 */
export const BOOKING_TX = { maxWait: 10_000, timeout: 20_000 };

export async function retryOnDeadlock<T>(run: () => Promise<T>, attempts = 4): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (attempt >= attempts || !isDeadlock(error)) throw error;
    }
  }
}
