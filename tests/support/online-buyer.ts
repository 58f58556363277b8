// An anonymous online buyer for integration tests of the ticket commands. Each call comes "from"
// an address of its own, so tests that are not about the hold rate never share its counters.
import { randomUUID } from "node:crypto";

export const onlineBuyer = () => ({ userId: null, address: `test-${randomUUID()}` });
