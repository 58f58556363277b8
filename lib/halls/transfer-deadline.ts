// How long a hall order may wait for a bank transfer: the usual number of days, but never past the
// start of the booking (the hall must be paid before it is used). Too little time left: no transfer.
const DAY_MS = 86_400_000;

/** The transfer deadline, or null when less than a day would be left before the booking starts. */
export function hallTransferDeadline(now: Date, days: number, startsAt: Date): Date | null {
  const deadline = Math.min(now.getTime() + days * DAY_MS, startsAt.getTime());
  return deadline - now.getTime() < DAY_MS ? null : new Date(deadline);
}
