// Applies the status a page noted (lib/http/page-status.ts) to its held HTML response, just before
// the head is sent. Only a GET that Next answered with 200: any other status Next chose itself (the
// 404 of an unknown route, a 500) is already right and stays, and a POST is a server action's
// answer, which Next redirects with a 303 of its own. (A HEAD is answered by Next from the shell,
// without rendering the page, so no page decides anything for it.)
import type { IncomingMessage, ServerResponse } from "node:http";
import type { PageStatusSlot } from "@/lib/http/page-status";

export function applyPageStatus(req: IncomingMessage, res: ServerResponse, slot: PageStatusSlot): void {
  // Next 16.4 answers the first request of a prerendered page that redirects with its Location
  // header twice (the render's and the cache entry's); a Location is one address.
  const location = res.getHeader("location");
  if (Array.isArray(location)) res.setHeader("Location", location[0]!);
  const decided = slot.decided;
  if (!decided || req.method !== "GET" || res.statusCode !== 200) return;
  res.statusCode = decided.status;
  if ("location" in decided) res.setHeader("Location", decided.location);
}
