// A session's participant list as a CSV download (activities:manage, audited).
import { exportParticipants } from "@/lib/activities/export";
import { requireApiStaff } from "@/lib/auth/guards";
import { csvDownload } from "@/lib/csv-download";

export async function GET(_request: Request, { params }: { params: Promise<{ sessionId: string }> }) {
  return csvDownload("activiteiten", async () => {
    const actor = await requireApiStaff("activities:manage");
    return exportParticipants((await params).sessionId, actor.userId);
  });
}
