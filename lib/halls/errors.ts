// An expected failure that belongs to one form field: formAction shows it next to that field.
import { AppError, type ErrorCode } from "@/lib/errors";

export class FieldError extends AppError {
  readonly field: string;

  constructor(field: string, message: string, code: ErrorCode = "INVALID_INPUT") {
    super(code, message);
    this.field = field;
  }
}

/** True when PostgreSQL refused a booking because it overlaps an active one (HallBooking_no_overlap). */
export function isOverlapViolation(error: unknown): boolean {
  const text = `${String((error as Error)?.message ?? "")} ${JSON.stringify((error as { meta?: unknown })?.meta ?? "")}`;
  return /HallBooking_no_overlap|23P01|exclusion constraint/i.test(text);
}

export const OVERLAP_MESSAGE =
  "Deze zaal is op dat moment al gereserveerd of aangevraagd. Kies een ander dagdeel, uur of een andere datum.";
