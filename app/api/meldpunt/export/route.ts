// The staff inbox, filtered as on screen, as a CSV download for Belgian Excel. Staff with
// reports:manage only; each export is audited (lib/reports/export.ts).
import { requireApiStaff } from "@/lib/auth/guards";
import { csvDownload } from "@/lib/csv-download";
import { exportInbox } from "@/lib/reports/export";
import { inboxFilterFromSearch } from "@/lib/reports/inbox-filter";

export async function GET(request: Request) {
  return csvDownload("meldpunt", async () => {
    const actor = await requireApiStaff("reports:manage");
    const search = Object.fromEntries(new URL(request.url).searchParams);
    return exportInbox(inboxFilterFromSearch(search), actor.userId);
  });
}
