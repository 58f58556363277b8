// Case numbers people can read out on the phone: EL-2026-000123. The counter is a database
// sequence (unique under any concurrency); the year is the Brussels year the case came in.
import { brusselsParts } from "@/lib/be/time";

export function formatCaseNumber(sequence: bigint | number, at: Date): string {
  return `EL-${brusselsParts(at).dateKey.slice(0, 4)}-${String(sequence).padStart(6, "0")}`;
}
