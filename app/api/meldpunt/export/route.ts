// The staff inbox, filtered as on screen, as a CSV download for Belgian Excel. Staff with
// reports:manage only; each export is audited (lib/reports/export.ts).
import { NextResponse } from "next/server";
import { requireApiStaff } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";
import { exportInbox } from "@/lib/reports/export";
import { inboxFilterFromSearch } from "@/lib/reports/inbox-filter";

export async function GET(request: Request) {
  try {
    const actor = await requireApiStaff("reports:manage");
    const params = new URL(request.url).searchParams;
    const { csv, fileName } = await exportInbox(
      inboxFilterFromSearch(Object.fromEntries(params)),
      actor.userId,
    );
    return new NextResponse(csv, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${fileName}"`,
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
