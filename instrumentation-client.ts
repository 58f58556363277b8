// Runs in the browser before React hydrates anything. Zod compiles object schemas with
// `new Function` when eval is allowed and probes for it at schema construction; under our CSP
// (no 'unsafe-eval' in production) the probe is refused and reported as a securitypolicyviolation.
// jitless skips the probe and the compilation; parsing stays the same.
import { config } from "zod/v4/core";

config({ jitless: true });
