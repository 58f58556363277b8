// The audit log, filtered as on screen, as a CSV download. Staff with audit:read only; each export
// is itself recorded (lib/audit/export.ts).
import { exportAudit } from "@/lib/audit/export";
import { auditFilterSchema } from "@/lib/audit/schema";
import { requireApiStaff } from "@/lib/auth/guards";
import { csvDownload } from "@/lib/csv-download";
import { AppError } from "@/lib/errors";

export async function GET(request: Request) {
  return csvDownload("audit", async () => {
    const actor = await requireApiStaff("audit:read");
    const parsed = auditFilterSchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!parsed.success) throw new AppError("INVALID_INPUT");
    return exportAudit(parsed.data, actor.userId);
  });
}
