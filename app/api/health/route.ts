// Liveness for load balancers and monitoring: 200 when the database answers, 503 otherwise.
import { db } from "@/lib/db";

export async function GET() {
  // Dynamic without more: it reads the database uncached on every call, so it is never prerendered.
  const started = Date.now();
  try {
    await db.$queryRaw`SELECT 1`;
    return Response.json({ status: "ok", database: "ok", latencyMs: Date.now() - started });
  } catch {
    return Response.json({ status: "error", database: "unreachable" }, { status: 503 });
  }
}
