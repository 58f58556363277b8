// Staff set the fiscal maximum per day of childcare for a calendar year (activities:manage): the
// amount the attest 281.86 caps each day at. A year that has one gets the new amount; the audit
// entry keeps the one it replaced. Attests are made when downloaded, so the next one uses it.
import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { db as appDb } from "@/lib/db";
import type { Db } from "@/lib/db/client";
import { transaction } from "@/lib/db/tx";
import type { DayCapInput } from "../admin-schema";

export async function saveDayCap(input: DayCapInput, staffId: string, { db = appDb }: { db?: Db } = {}) {
  return transaction(db, async (tx) => {
    const before = await tx.childcareDayCap.findUnique({ where: { year: input.year } });
    const data = { maxDayCents: input.maxDay, source: input.source };
    await tx.childcareDayCap.upsert({
      where: { year: input.year },
      update: data,
      create: { year: input.year, ...data },
    });
    await recordAudit(tx, {
      actorId: staffId,
      action: "activity.day-cap-saved",
      subjectType: "ChildcareDayCap",
      subjectId: String(input.year),
      details: { year: input.year, maxDayCents: input.maxDay, before: before?.maxDayCents ?? null },
    });
    return { year: input.year };
  });
}
