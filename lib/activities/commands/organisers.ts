// An activity's organisers (monitors, volunteers): staff with activities:manage add one by the
// e-mail address of an existing account and remove them; both audited. An organiser is no staff
// member: the link alone lets them see the participants of that activity, with medical notes.
import { recordAudit } from "@/lib/audit/record";
import type { Db } from "@/lib/db/client";
import { transaction } from "@/lib/db/tx";
import { AppError, FieldError } from "@/lib/errors";
import { activityMessages as m } from "../messages";
import type { AddOrganiserInput, RemoveOrganiserInput } from "../organiser-schema";

export async function addOrganiser(db: Db, input: AddOrganiserInput, actorId: string) {
  return transaction(
    db,
    async (tx) => {
      const activity = await tx.activity.findUnique({
        where: { id: input.activityId },
        select: { id: true },
      });
      if (!activity) throw new AppError("NOT_FOUND", m.activityNotFound);
      const user = await tx.user.findFirst({
        where: { email: { equals: input.email, mode: "insensitive" }, erasedAt: null },
        select: { id: true, name: true },
      });
      if (!user) throw new FieldError("email", m.organiserUnknownEmail);
      const existing = await tx.activityOrganiser.findUnique({
        where: { activityId_userId: { activityId: activity.id, userId: user.id } },
      });
      if (existing) throw new FieldError("email", m.organiserAlready);
      await tx.activityOrganiser.create({
        data: { activityId: activity.id, userId: user.id, addedById: actorId },
      });
      await recordAudit(tx, {
        actorId,
        onBehalfOfId: user.id,
        action: "activity.organiser-added",
        subjectType: "Activity",
        subjectId: activity.id,
      });
      return { name: user.name ?? input.email };
    },
    {
      refusals: {
        ActivityOrganiser_activityId_userId_key: () => new FieldError("email", m.organiserAlready),
      },
    },
  );
}

export async function removeOrganiser(db: Db, input: RemoveOrganiserInput, actorId: string) {
  return transaction(db, async (tx) => {
    const { count } = await tx.activityOrganiser.deleteMany({
      where: { activityId: input.activityId, userId: input.userId },
    });
    if (count === 0) throw new AppError("NOT_FOUND", m.organiserNotFound);
    await recordAudit(tx, {
      actorId,
      onBehalfOfId: input.userId,
      action: "activity.organiser-removed",
      subjectType: "Activity",
      subjectId: input.activityId,
    });
  });
}
