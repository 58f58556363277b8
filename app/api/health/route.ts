// Liveness for load balancers and monitoring: 200 when the database answers, 503 otherwise.
import { db } from "@/lib/db";
import { connection } from "next/server";

export async function GET() {
  // Answered per request, never prerendered (Cache Components: the supported way to be dynamic).
  await connection();
  const started = Date.now();
  try {
    await db.$queryRaw`SELECT 1`;
    return Response.json({ status: "ok", database: "ok", latencyMs: Date.now() - started });
  } catch {
    return Response.json({ status: "error", database: "unreachable" }, { status: 503 });
  }
}
