// The answer of a route that exports a list as CSV: the file, or a Dutch error with its status.
// Shared by the meldpunt's and the audit log's exports.
import "server-only";
import { connection, NextResponse } from "next/server";
import { AppError } from "@/lib/errors";
import { logError } from "@/lib/log";

export async function csvDownload(
  label: string,
  work: () => Promise<{ csv: string; fileName: string }>,
): Promise<NextResponse> {
  // Answered per request, never prerendered (Cache Components: the supported way to be dynamic).
  await connection();
  try {
    const { csv, fileName } = await work();
    return new NextResponse(csv, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${fileName}"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof AppError)
      return NextResponse.json({ error: error.message }, { status: error.status });
    logError(label, "export", error);
    return NextResponse.json({ error: "Er ging iets mis bij het exporteren." }, { status: 500 });
  }
}
