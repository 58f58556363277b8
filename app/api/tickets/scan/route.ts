// The scanner's API (camera, and typed codes when JavaScript runs): POST { code, performanceId,
// device } as JSON, answered with a ScanResponse (lib/tickets/scan-schema.ts) or { error }. Guard first, so a signed-out phone hears 401 and not
// a validation error. Requiring a JSON body also keeps plain cross-site forms out.
import { randomUUID } from "node:crypto";
import { fieldErrorsOf } from "@/lib/actions/result";
import { requireApiStaff } from "@/lib/auth/guards";
import { AppError, GENERIC_ERROR_MESSAGE } from "@/lib/errors";
import { scanAndReport } from "@/lib/tickets/scan";
import { scanRequestSchema } from "@/lib/tickets/scan-schema";
import { logError } from "@/lib/log";

const noStore = { "cache-control": "no-store" };

function problem(status: number, error: string, fieldErrors?: Record<string, string[]>) {
  return Response.json({ error, ...(fieldErrors && { fieldErrors }) }, { status, headers: noStore });
}

export async function POST(request: Request) {
  try {
    const actor = await requireApiStaff("tickets:scan");
    if (!request.headers.get("content-type")?.toLowerCase().startsWith("application/json")) {
      return problem(415, "Stuur de scan als JSON.");
    }
    let body: unknown;
    try {
      body = await request.json();
    } catch {
      return problem(400, "Stuur de scan als geldige JSON.");
    }
    const parsed = scanRequestSchema.safeParse(body);
    if (!parsed.success) {
      const fieldErrors = fieldErrorsOf(parsed.error);
      return problem(400, Object.values(fieldErrors)[0][0], fieldErrors);
    }
    const scan = await scanAndReport({ ...parsed.data, staffId: actor.userId });
    return Response.json(scan, { headers: noStore });
  } catch (error) {
    if (error instanceof AppError) return problem(error.status, error.message);
    const reference = randomUUID().slice(0, 8);
    logError("scan", `fout ${reference}`, error);
    return problem(500, `${GENERIC_ERROR_MESSAGE} (referentie ${reference})`);
  }
}
