// Dutch words for a hall booking's status and deposit outcome, and for what a hall order is, shared
// by resident and staff pages, mails and the timeline. (Customer categories are data: HallCategory.)
import type { HallBookingStatus, HallDepositOutcome } from "@/generated/prisma/enums";

export const BOOKING_STATUS_LABELS: Record<HallBookingStatus, string> = {
  REQUESTED: "aangevraagd",
  APPROVED: "bevestigd",
  REFUSED: "geweigerd",
  CANCELLED: "geannuleerd",
};

export const DEPOSIT_LABELS: Record<HallDepositOutcome, string> = {
  RELEASED: "volledig terugbetaald",
  PARTLY_KEPT: "deels ingehouden",
  KEPT: "ingehouden",
};

/** Who signs the hall mails and answers questions about halls. */
export const HALL_SERVICE = "Dienst vrije tijd";

/** How booking a hall goes, in the catalogue and on the hall page. */
export function bookingMode(requiresApproval: boolean): string {
  return requiresApproval ? `aanvraag, de ${HALL_SERVICE.toLowerCase()} keurt goed` : "meteen bevestigd";
}
