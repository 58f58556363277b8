// Replacing a site's weekly opening hours. The public pages and the appointment slots read them
// straight away; appointments already booked stay as they are (staff move them if needed).
import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { WeeklyHoursInput } from "./hours-schema";
import { siteMessages } from "./messages";

export async function replaceWeeklyHours(actorId: string, input: WeeklyHoursInput): Promise<void> {
  await db.$transaction(async (tx) => {
    // Locks the site row so two editors saving at once apply one after the other, not interleaved.
    const site = await tx.$queryRaw<
      { id: string }[]
    >`SELECT id FROM "Site" WHERE id = ${input.siteId} FOR UPDATE`;
    if (site.length === 0) throw new AppError("NOT_FOUND", siteMessages.siteNotFound);
    const before = await tx.openingHours.findMany({
      where: { siteId: input.siteId },
      select: { weekday: true, opensAt: true, closesAt: true },
    });
    await tx.openingHours.deleteMany({ where: { siteId: input.siteId } });
    await tx.openingHours.createMany({ data: input.windows.map((w) => ({ ...w, siteId: input.siteId })) });
    await recordAudit(tx, {
      actorId,
      action: "opening-hours.replaced",
      subjectType: "Site",
      subjectId: input.siteId,
      details: {
        before,
        after: input.windows.map(({ weekday, opensAt, closesAt }) => ({ weekday, opensAt, closesAt })),
      },
    });
  });
}
