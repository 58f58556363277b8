// Serves a report photo: to whoever holds the report's status-page token (?t=), or to staff with
// reports:manage. The bytes were sniffed and stripped on upload; the stored type is ours, not the
// uploader's, and nosniff keeps the browser from guessing otherwise.
import { connection, NextResponse } from "next/server";
import { requireApiStaff } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { getReportByToken } from "@/lib/reports/queries";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  // Answered per request, never prerendered (Cache Components: the supported way to be dynamic).
  await connection();
  const { id } = await params;
  const token = new URL(request.url).searchParams.get("t");
  try {
    const photo = await db.reportPhoto.findUnique({ where: { id } });
    if (!photo) throw new AppError("NOT_FOUND");
    if (token) {
      const found = await getReportByToken(token);
      const allowed =
        found && (found.report.id === photo.reportId || found.report.photos.some((p) => p.id === id));
      // A duplicate merged into another report keeps showing its own photos to its reporter.
      const ownMerged =
        found && !allowed
          ? await db.report.findFirst({ where: { id: photo.reportId, mergedIntoId: found.report.id } })
          : null;
      if (!allowed && !ownMerged) throw new AppError("NOT_FOUND");
    } else {
      await requireApiStaff("reports:manage");
    }
    return new NextResponse(Buffer.from(photo.bytes), {
      headers: {
        "Content-Type": photo.contentType,
        "Content-Disposition": "inline",
        "Cache-Control": "private, max-age=3600",
      },
    });
  } catch (error) {
    const status = error instanceof AppError ? error.status : 500;
    if (!(error instanceof AppError)) console.error("[meldpunt] foto", error);
    return NextResponse.json({ error: error instanceof AppError ? error.message : "Fout" }, { status });
  }
}
