// The waiting room's small JSON answer for the polling page: place in line and seconds to
// admission, read from PostgreSQL (no process keeps state), private and cacheable for a second.
import { connection } from "next/server";
import { myPlaceInLine } from "@/lib/activities/queries/mine";
import { getActor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";

export async function GET(_request: Request, { params }: { params: Promise<{ openingId: string }> }) {
  await connection();
  const actor = await getActor();
  if (!actor) return Response.json({ error: "Meld je eerst aan." }, { status: 401 });
  const { openingId } = await params;
  try {
    const now = new Date();
    const place = await myPlaceInLine(openingId, actor.userId);
    const body =
      place.state === "not-joined"
        ? { state: place.state }
        : {
            state: place.state,
            position: place.position,
            total: place.total,
            secondsToAdmission: Math.max(0, Math.ceil((place.admitAt.getTime() - now.getTime()) / 1000)),
          };
    return Response.json(body, { headers: { "Cache-Control": "private, max-age=1" } });
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND")
      return Response.json({ error: error.message }, { status: 404 });
    throw error;
  }
}
