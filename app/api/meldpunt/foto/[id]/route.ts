// Serves a report photo: to whoever holds a status-page link of the report (?t=), to the signed-in
// resident whose report it is, or to staff with reports:manage (lib/reports/queries decides). The
// file was checked and re-encoded on upload; nosniff keeps the browser from guessing another type.
import { connection, NextResponse } from "next/server";
import { getActor } from "@/lib/auth/actor";
import { getReportPhoto } from "@/lib/reports/queries";
import { logError } from "@/lib/log";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  // Answered per request, never prerendered (Cache Components: the supported way to be dynamic).
  await connection();
  const { id } = await params;
  const token = new URL(request.url).searchParams.get("t");
  try {
    const actor = token ? null : await getActor();
    const photo = await getReportPhoto(id, {
      token,
      userId: actor?.userId,
      staff: actor?.permissions.has("reports:manage"),
    });
    if (!photo) {
      const status = token || actor ? 404 : 401;
      return NextResponse.json(
        { error: status === 404 ? "Niet gevonden." : "Meld je eerst aan." },
        { status },
      );
    }
    return new NextResponse(Buffer.from(photo.bytes), {
      headers: {
        "Content-Type": photo.contentType,
        "Content-Disposition": "inline",
        "Cache-Control": "private, max-age=3600",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    logError("meldpunt", "foto", error);
    return NextResponse.json({ error: "Er ging iets mis." }, { status: 500 });
  }
}
