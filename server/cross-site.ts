// A post from another site is refused here with 403, before Next sees it. Next refuses a server
// action whose Origin differs from the Host too, but answers 500 ("Invalid Server Actions request"),
// so a forged cross-site form looked like a crash in the logs and to monitoring. Requests without
// an Origin (servers such as Stripe's webhooks, old browsers) are left to the route's own checks,
// as Next does: a browser always sends Origin on a cross-site POST.
import type { IncomingMessage } from "node:http";

const UNSAFE = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export function isCrossSitePost(req: IncomingMessage): boolean {
  if (!UNSAFE.has(req.method ?? "GET")) return false;
  const origin = req.headers.origin;
  if (origin === undefined) return false;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return true; // "null" (sandboxed or privacy-redirected) or garbage: not our page
  }
  return originHost !== req.headers.host;
}

export const CROSS_SITE_MESSAGE = "Dit formulier komt niet van deze website en wordt geweigerd.";
