// Approving every pending occurrence of a weekly series at once. Each occurrence goes through the
// same approveBooking (its own lock, re-check under the no-overlap rule, order and mail), so one
// that can no longer be approved is reported and the others still are.
import "server-only";
import { formatDate } from "@/lib/be/time";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { approveBooking } from "./decisions";
import { hallMessages } from "../messages";

export type SeriesApproval = { approved: number; failed: { date: string; message: string }[] };

export async function approveSeries(
  seriesId: string,
  staffId: string,
  now = new Date(),
): Promise<SeriesApproval> {
  const pending = await db.hallBooking.findMany({
    where: { seriesId, status: "REQUESTED", closureId: null },
    orderBy: { startsAt: "asc" },
    select: { id: true, startsAt: true },
  });
  if (pending.length === 0) throw new AppError("NOT_FOUND", hallMessages.seriesNothingToApprove);
  const result: SeriesApproval = { approved: 0, failed: [] };
  for (const booking of pending) {
    try {
      await approveBooking(booking.id, staffId, now);
      result.approved++;
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      result.failed.push({ date: formatDate(booking.startsAt), message: error.message });
    }
  }
  return result;
}
