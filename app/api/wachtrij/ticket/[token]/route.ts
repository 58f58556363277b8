// One queue ticket's state for the resident's phone, reached by its unguessable link.
import { ticketState } from "@/lib/queue/queries";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const state = await ticketState((await params).token);
  if (!state) return Response.json({ error: "Dit volgnummer bestaat niet." }, { status: 404 });
  return Response.json(state, { headers: { "Cache-Control": "no-store" } });
}
