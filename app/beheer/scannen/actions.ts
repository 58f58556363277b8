"use server";
// The typed-code form of the scanner posts here, so it also works without JavaScript. (With
// JavaScript the form sends to /api/tickets/scan like the camera; both end in scanAndReport.)
// It lives with its page because lib/tickets/actions.ts belongs to the ticket shop.
import { formAction } from "@/lib/actions/safe-action";
import { requireStaff } from "@/lib/auth/guards";
import { scanAndReport } from "@/lib/tickets/scan";
import { scanRequestSchema } from "@/lib/tickets/scan-schema";

export const scanCodeAction = formAction({
  schema: scanRequestSchema,
  guard: () => requireStaff("tickets:scan"),
  run: (input, actor) => scanAndReport({ ...input, staffId: actor.userId }),
});
