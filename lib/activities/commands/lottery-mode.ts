// Staff choose how an activity's places are given: first come at its opening, or a lottery over
// the preferences given in a window. The activity row is locked while deciding: after the draw
// nothing changes any more, and a lottery with entries cannot go back to first come (the parents
// would lose their entry without a word).
import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { db as appDb } from "@/lib/db";
import type { Db } from "@/lib/db/client";
import { transaction } from "@/lib/db/tx";
import { AppError } from "@/lib/errors";
import { activityMessages as m } from "../messages";
import type { AllocationModeInput } from "../schema";

export async function setAllocationMode(
  input: AllocationModeInput,
  staffId: string,
  { db = appDb }: { db?: Db } = {},
) {
  return transaction(db, async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Activity" WHERE id = ${input.activityId} FOR UPDATE`;
    const activity = await tx.activity.findUnique({
      where: { id: input.activityId },
      include: { _count: { select: { lotteryEntries: true } } },
    });
    if (!activity) throw new AppError("NOT_FOUND", m.activityNotFound);
    if (activity.lotteryDrawnAt) throw new AppError("CONFLICT", m.lotteryModeLocked);
    if (input.mode === "FIRST_COME" && activity._count.lotteryEntries > 0)
      throw new AppError("CONFLICT", m.lotteryHasEntries);
    const lottery = input.mode === "LOTTERY";
    await tx.activity.update({
      where: { id: activity.id },
      data: {
        allocationMode: input.mode,
        lotteryOpensAt: lottery ? input.opensAt : null,
        lotteryClosesAt: lottery ? input.closesAt : null,
      },
    });
    await recordAudit(tx, {
      actorId: staffId,
      action: "activity.allocation-changed",
      subjectType: "Activity",
      subjectId: activity.id,
      details: {
        mode: input.mode,
        opensAt: input.opensAt?.toISOString() ?? null,
        closesAt: input.closesAt?.toISOString() ?? null,
      },
    });
    return { slug: activity.slug, mode: input.mode };
  });
}
