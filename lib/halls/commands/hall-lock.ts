// Every write that adds a row to a hall's time line (a request, a series week, a closure) first
// locks the hall's row. Racers for the same hall then queue for a few milliseconds each instead
// of waiting on each other's uncommitted rows in the exclusion constraint, which PostgreSQL can
// only untangle by aborting them as deadlocks; each loser meets the winner's committed row and
// gets the overlap answer at once. The constraint stays the authority; the lock only orders.
import { AppError, FieldError } from "@/lib/errors";
import type { Tx } from "@/lib/db/client";
import { lockRows, type TxOptions } from "@/lib/db/tx";
import { hallMessages } from "../messages";

export const NO_OVERLAP = "HallBooking_no_overlap";

/** The refusal of an overlapping booking: shown next to the date, and recognised by a series. */
export class HallTaken extends FieldError {
  constructor() {
    super("date", hallMessages.overlap, "CONFLICT");
  }
}

export const hallWrite: TxOptions = {
  // Racers for one hall queue on its row and are served one short transaction after another, so
  // the last of ten waits for nine: more than the default lock timeout allows on a busy server.
  lockTimeoutMs: 6_000,
  refusals: { [NO_OVERLAP]: () => new HallTaken() },
  busy: () => new AppError("CONFLICT", hallMessages.busy),
};

export async function lockHall(tx: Tx, hallId: string): Promise<void> {
  await lockRows(tx, "Hall", [hallId]);
}
