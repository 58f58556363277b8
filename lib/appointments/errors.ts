// Dutch messages for the ways a booking can fail, and recognising the database's refusal.
import { AppError } from "@/lib/errors";
import { appointmentMessages } from "./messages";

export const slotTaken = () => new AppError("CONFLICT", appointmentMessages.slotTaken);

/** The exclusion constraint that keeps a desk's appointments from overlapping. */
export function isOverlapViolation(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  // Prisma wraps the driver error; walk the causes and the message for the constraint's name.
  while (current && typeof current === "object" && !seen.has(current)) {
    seen.add(current);
    if (String((current as { message?: unknown }).message ?? "").includes("Appointment_desk_no_overlap"))
      return true;
    const e = current as { code?: unknown; originalCode?: unknown; meta?: unknown; cause?: unknown };
    if (e.code === "23P01" || e.originalCode === "23P01") return true;
    current = e.cause ?? (e.meta as { driverAdapterError?: unknown } | undefined)?.driverAdapterError;
  }
  return false;
}
