// Serves an e-loket attachment to the applicant, staff of the case's team, the uploader while it
// is in their draft, or an advisor asked about the file's page while the dossier is open
// (lib/cases/queries/staff.ts decides). Checked and re-encoded on upload;
// nosniff and a sandbox keep the browser from running anything in it.
import { connection, NextResponse } from "next/server";
import { getActor } from "@/lib/auth/actor";
import { getCaseAttachment } from "@/lib/cases/queries/staff";
import { logError } from "@/lib/log";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  await connection();
  const { id } = await params;
  const actor = await getActor();
  if (!actor) return NextResponse.json({ error: "Meld je eerst aan." }, { status: 401 });
  try {
    const file = await getCaseAttachment(id, {
      userId: actor.userId,
      staff: actor.permissions.has("cases:handle"),
    });
    if (!file) return NextResponse.json({ error: "Niet gevonden." }, { status: 404 });
    return new NextResponse(Buffer.from(file.bytes), {
      headers: {
        "Content-Type": file.contentType,
        "Content-Disposition": "inline",
        "Content-Security-Policy": "sandbox",
        "Cache-Control": "private, max-age=3600",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    logError("e-loket", "bijlage", error);
    return NextResponse.json({ error: "Er ging iets mis." }, { status: 500 });
  }
}
