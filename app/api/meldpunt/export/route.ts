// The staff inbox, filtered as on screen, as a CSV download for Belgian Excel. Staff with
// reports:manage only; each export is audited because it takes report texts out of the application.
import { connection, NextResponse } from "next/server";
import { recordAudit } from "@/lib/audit/record";
import { requireApiStaff } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { exportFileName, inboxCsv } from "@/lib/reports/export";
import { inboxFilterFromSearch } from "@/lib/reports/inbox-filter";

export async function GET(request: Request) {
  // Answered per request, never prerendered (Cache Components: the supported way to be dynamic).
  await connection();
  try {
    const actor = await requireApiStaff("reports:manage");
    const params = new URL(request.url).searchParams;
    const filter = inboxFilterFromSearch(Object.fromEntries(params.entries()));
    const now = new Date();
    const { csv, count } = await inboxCsv(filter, now);
    await recordAudit(db, {
      actorId: actor.userId,
      action: "report.exported",
      subjectType: "Report",
      details: { count, filter: { ...filter } },
    });
    return new NextResponse(csv, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${exportFileName(now)}"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    const status = error instanceof AppError ? error.status : 500;
    if (!(error instanceof AppError)) console.error("[meldpunt] export", error);
    return NextResponse.json(
      { error: error instanceof AppError ? error.message : "Er ging iets mis bij het exporteren." },
      { status },
    );
  }
}
