// Staff create or change an activity with its resident and non-resident tariff (activities:manage).
// One transaction: the activity, both tariffs (upserted by code, so a new price holds for new
// registrations and the ones made keep theirs) and the audit entry. A slug another activity uses
// is refused on the slug field, also when two staff save at once (the unique constraint).
import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { db as appDb } from "@/lib/db";
import type { Db } from "@/lib/db/client";
import { transaction } from "@/lib/db/tx";
import { AppError, FieldError } from "@/lib/errors";
import { activityAdminMessages as am } from "../admin-messages";
import type { ActivityInput } from "../admin-schema";
import { activityMessages as m } from "../messages";

export async function saveActivity(input: ActivityInput, staffId: string, { db = appDb }: { db?: Db } = {}) {
  const { activityId, tariffs, ...fields } = input;
  const slugTaken = () => new FieldError("slug", am.slugTaken(fields.slug), "CONFLICT");
  return transaction(
    db,
    async (tx) => {
      if (!(await tx.registrationOpening.count({ where: { id: fields.openingId } })))
        throw new FieldError("openingId", am.openingNotFound);
      const clash = await tx.activity.findUnique({ where: { slug: fields.slug }, select: { id: true } });
      if (clash && clash.id !== activityId) throw slugTaken();
      if (activityId && !(await tx.activity.count({ where: { id: activityId } })))
        throw new AppError("NOT_FOUND", m.activityNotFound);
      const activity = activityId
        ? await tx.activity.update({ where: { id: activityId }, data: fields })
        : await tx.activity.create({ data: fields });
      for (const t of tariffs)
        await tx.activityTariff.upsert({
          where: { activityId_code: { activityId: activity.id, code: t.code } },
          update: { dayCents: t.dayCents, weekCents: t.weekCents },
          create: { ...t, activityId: activity.id },
        });
      await recordAudit(tx, {
        actorId: staffId,
        action: activityId ? "activity.changed" : "activity.created",
        subjectType: "Activity",
        subjectId: activity.id,
        details: {
          title: activity.title,
          slug: activity.slug,
          published: activity.published,
          tariffs: tariffs.map((t) => ({ code: t.code, dayCents: t.dayCents, weekCents: t.weekCents })),
        },
      });
      return { id: activity.id, slug: activity.slug };
    },
    { refusals: { Activity_slug_key: slugTaken } },
  );
}
