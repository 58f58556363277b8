// Dutch words for a hall booking's status and deposit outcome, shared by resident and staff pages.
// (Customer categories are data: HallCategory.)
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
