// One queue ticket's state for the resident's phone, reached by its unguessable link.
import { ticketState } from "@/lib/queue/queries";
import { connection } from "next/server";

export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  // Answered per request, never prerendered (Cache Components: the supported way to be dynamic).
  await connection();
  const state = await ticketState((await params).token);
  if (!state) return Response.json({ error: "Dit volgnummer bestaat niet." }, { status: 404 });
  return Response.json(state, { headers: { "Cache-Control": "no-store" } });
}
