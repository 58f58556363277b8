// Who hears about a report, and the link each mail carries. Only a token's hash is stored, so no
// mail can repeat a link an earlier mail carried; instead every mail to someone without an account
// gets a link of its own (a new ReportLink row, earlier links keep working), and a mail to someone
// with an account links to the report in Mijn Wingene, where signing in opens it.
import { appUrl } from "@/lib/app-url";
import type { Tx } from "@/lib/db/client";
import { newStatusToken } from "./token";

export type Recipient = {
  email: string;
  name: string | null;
  userId: string | null;
  /** Null for the reporter. */
  followerId: string | null;
};

/** A new status-page link for the reporter (followerId null) or a follower; returns the token. */
export async function newStatusLink(tx: Tx, reportId: string, followerId: string | null): Promise<string> {
  const { token, hash } = newStatusToken();
  await tx.reportLink.create({ data: { reportId, followerId, tokenHash: hash } });
  return token;
}

export function statusPageUrl(token: string): string {
  return appUrl(`/melding/${token}`);
}

export function myReportUrl(reportId: string): string {
  return appUrl(`/mijn/meldingen/${reportId}`);
}

/** The link for one mail about a report to one recipient. */
export async function linkFor(tx: Tx, reportId: string, recipient: Recipient): Promise<string> {
  if (recipient.userId) return myReportUrl(reportId);
  return statusPageUrl(await newStatusLink(tx, reportId, recipient.followerId));
}

/** The reporter and the followers of a report, each address once (the reporter first). */
export async function audience(tx: Tx, reportId: string): Promise<Recipient[]> {
  const report = await tx.report.findUniqueOrThrow({
    where: { id: reportId },
    select: {
      reporterId: true,
      reporterName: true,
      reporterEmail: true,
      reporter: { select: { email: true, name: true } },
      followers: {
        orderBy: { createdAt: "asc" },
        select: { id: true, email: true, userId: true, user: { select: { name: true } } },
      },
    },
  });
  const all: Recipient[] = [];
  const reporterEmail = report.reporterEmail ?? report.reporter?.email;
  if (reporterEmail)
    all.push({
      email: reporterEmail,
      name: report.reporterName ?? report.reporter?.name ?? null,
      userId: report.reporterId,
      followerId: null,
    });
  for (const f of report.followers)
    all.push({ email: f.email, name: f.user?.name ?? null, userId: f.userId, followerId: f.id });
  const seen = new Set<string>();
  return all.filter((r) => {
    const key = r.email.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
