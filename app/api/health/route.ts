// Liveness for load balancers and monitoring: 200 when the database answers, 503 otherwise, with
// the backlogs an operator watches (mail outbox, due jobs). Counts only: nothing personal.
import { backlog, databaseHealth } from "@/lib/health/queries";

export async function GET() {
  // Dynamic without more: it reads the database uncached on every call, so it is never prerendered.
  const health = await databaseHealth();
  if (!health.ok) return Response.json({ status: "error", database: "unreachable" }, { status: 503 });
  const { mail, jobs } = await backlog();
  return Response.json({ status: "ok", database: "ok", latencyMs: health.latencyMs, mail, jobs });
}
