// Dutch words for the ticket domain's enum values.
import type { ScanResult } from "@/generated/prisma/enums";

/** What the door reads, huge, after a scan. */
export const SCAN_RESULT_LABELS: Record<ScanResult, string> = {
  ADMITTED: "Geldig",
  ALREADY_USED: "Al gebruikt",
  UNKNOWN: "Onbekend ticket",
  CANCELLED: "Geannuleerd",
  WRONG_PERFORMANCE: "Andere voorstelling",
};
