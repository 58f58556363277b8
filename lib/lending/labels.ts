// Dutch words for the uitleendienst's states and moments.
import type { LoanStatus } from "@/generated/prisma/enums";

export const LENDING_SERVICE = "Uitleendienst";

export const LOAN_STATUS_LABELS: Record<LoanStatus | "LAPSED", string> = {
  RESERVED: "Wacht op betaling",
  CONFIRMED: "Bevestigd",
  HANDED_OUT: "Meegegeven",
  RETURNED: "Teruggebracht",
  SETTLED: "Afgerond",
  CANCELLED: "Geannuleerd",
  LAPSED: "Vervallen (niet betaald)",
};

export const WEEKDAY_LABELS = [
  "",
  "maandag",
  "dinsdag",
  "woensdag",
  "donderdag",
  "vrijdag",
  "zaterdag",
  "zondag",
];
export const WEEKDAY_SHORT = ["", "ma", "di", "wo", "do", "vr", "za", "zo"];
