// POST /api/tickets/hold: holds tickets for an anonymous buyer, like the reservation form.
// Public on purpose (buyers need no account); the work and its limits are in lib/tickets/hold-api.ts.
import { handleHoldRequest } from "@/lib/tickets/hold-api";

export function POST(request: Request) {
  return handleHoldRequest(request);
}
