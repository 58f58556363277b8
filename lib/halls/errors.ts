// Failures of hall bookings that PostgreSQL reports (FieldError for form fields is in lib/errors).

/** True when PostgreSQL refused a booking because it overlaps an active one (HallBooking_no_overlap). */
export function isOverlapViolation(error: unknown): boolean {
  const text = `${String((error as Error)?.message ?? "")} ${JSON.stringify((error as { meta?: unknown })?.meta ?? "")}`;
  return /HallBooking_no_overlap|23P01|exclusion constraint/i.test(text);
}

export const OVERLAP_MESSAGE =
  "Deze zaal is op dat moment al gereserveerd of aangevraagd. Kies een ander dagdeel, uur of een andere datum.";
