// The bare baseline of `npm run bench:tickets`: what the server costs without any work. Public on
// purpose (like /api/health): it reads nothing, needs no sign-in and answers the same to everyone.
import { connection } from "next/server";

export async function GET() {
  // Answered per request, never prerendered (Cache Components: the supported way to be dynamic).
  await connection();
  return Response.json({ ok: true }, { headers: { "Cache-Control": "no-store" } });
}

/** The same, for a JSON body: what Next costs to read a POST, so the hold's own work shows apart. */
export async function POST(request: Request) {
  const body = (await request.json().catch(() => null)) as { buyerName?: unknown } | null;
  return Response.json(
    { ok: true, echo: typeof body?.buyerName === "string" },
    { headers: { "Cache-Control": "no-store" } },
  );
}
