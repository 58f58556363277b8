// Tracking numbers people can read out on the phone: MP-2026-000123. The counter is a database
// sequence (unique under any concurrency); the year is the Brussels year the report came in.
import { brusselsParts } from "@/lib/be/time";

export function formatTrackingNumber(sequence: bigint | number, at: Date): string {
  const year = brusselsParts(at).dateKey.slice(0, 4);
  return `MP-${year}-${String(sequence).padStart(6, "0")}`;
}

/** Accepts "mp-2026-123", " MP 2026 000123 " and the like; null when it cannot be one. */
export function parseTrackingNumber(input: string): string | null {
  const match = /^\s*mp[\s-]*(\d{4})[\s-]*(\d{1,9})\s*$/i.exec(input);
  if (!match) return null;
  return `MP-${match[1]}-${match[2].padStart(6, "0")}`;
}
