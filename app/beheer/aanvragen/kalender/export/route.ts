// The events of a period (?van=&tot=, the coming 90 days by default) as CSV for the police.
// Staff with events:manage; each export is recorded (lib/events/police-export.ts).
import { requireApiStaff } from "@/lib/auth/guards";
import { brusselsParts } from "@/lib/be/time";
import { csvDownload } from "@/lib/csv-download";
import { exportEventsForPolice, policeExportRange } from "@/lib/events/police-export";

export async function GET(request: Request) {
  return csvDownload("evenementen", async () => {
    const actor = await requireApiStaff("events:manage");
    const range = policeExportRange(new URL(request.url).searchParams, brusselsParts(new Date()).dateKey);
    return exportEventsForPolice(actor.userId, range);
  });
}
