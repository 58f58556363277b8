// The audit log, filtered as on screen, as a CSV download. Staff with audit:read only; each export
// is itself recorded (lib/audit/export.ts).
import { NextResponse } from "next/server";
import { exportAudit } from "@/lib/audit/export";
import { auditFilterSchema } from "@/lib/audit/schema";
import { requireApiStaff } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";

export async function GET(request: Request) {
  try {
    const actor = await requireApiStaff("audit:read");
    const parsed = auditFilterSchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!parsed.success) throw new AppError("INVALID_INPUT");
    const { csv, fileName } = await exportAudit(parsed.data, actor.userId);
    return new NextResponse(csv, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${fileName}"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    const status = error instanceof AppError ? error.status : 500;
    if (!(error instanceof AppError)) console.error("[audit] export", error);
    return NextResponse.json(
      { error: error instanceof AppError ? error.message : "Er ging iets mis bij het exporteren." },
      { status },
    );
  }
}
