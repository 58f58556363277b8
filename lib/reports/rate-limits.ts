// How many reports one address or one e-mail address may send: enough for a resident who reports
// three things on a walk, too few for a script. Typical values; change them here.
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { hitAll, type Limit } from "@/lib/rate-limit";
import { reportMessages } from "./messages";

export const REPORT_LIMITS = {
  perAddress: { max: 10, windowSeconds: 3600 } satisfies Limit,
  perEmail: { max: 5, windowSeconds: 3600 } satisfies Limit,
};

export async function checkReportRate(ip: string, email?: string): Promise<void> {
  const keys = [{ key: `meldpunt:ip:${ip}`, limit: REPORT_LIMITS.perAddress }];
  if (email) keys.push({ key: `meldpunt:email:${email.toLowerCase()}`, limit: REPORT_LIMITS.perEmail });
  if (!(await hitAll(db, keys))) throw new AppError("RATE_LIMITED", reportMessages.tooManyReports);
}
