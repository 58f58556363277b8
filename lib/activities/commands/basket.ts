// The basket a parent prepares before the opening: children × sessions. Adding checks that the
// child is in the parent's own household (the where has the parent), that it fits the session's
// age or school-year limits, and that it is not in the basket or registered for it already.
import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { db as appDb } from "@/lib/db";
import type { Db } from "@/lib/db/client";
import { transaction } from "@/lib/db/tx";
import { AppError, FieldError } from "@/lib/errors";
import { activityMessages } from "../messages";
import type { BasketLineInput } from "../schema";
import { assertFits, keyOf } from "./load";
import type { Who } from "./register";

export async function addToBasket(
  input: BasketLineInput,
  who: Who,
  { db = appDb, now = new Date() }: { db?: Db; now?: Date } = {},
) {
  const [member, session] = await Promise.all([
    db.householdMember.findFirst({ where: { id: input.memberId, userId: who.userId } }),
    db.activitySession.findFirst({
      where: { id: input.sessionId, activity: { published: true } },
      include: { activity: { include: { opening: true } } },
    }),
  ]);
  if (!member) throw new FieldError("memberId", activityMessages.childNotFound, "NOT_FOUND");
  if (!session) throw new FieldError("sessionId", activityMessages.sessionNotFound, "NOT_FOUND");
  if (session.activity.allocationMode === "LOTTERY")
    throw new AppError("INVALID_INPUT", activityMessages.lotteryOnly);
  if (now >= session.activity.opening.closesAt) throw new AppError("INVALID_INPUT", activityMessages.closed);
  assertFits(member, session);
  const registered = await db.activityRegistration.count({
    where: {
      sessionId: session.id,
      childKey: keyOf(member),
      status: { in: ["HELD", "CONFIRMED", "WAITING", "OFFERED"] },
    },
  });
  if (registered > 0)
    throw new FieldError("memberId", activityMessages.alreadyRegistered(member.firstName), "CONFLICT");
  return transaction(
    db,
    async (tx) => {
      const line = await tx.activityBasketLine.create({
        data: { userId: who.userId, sessionId: session.id, memberId: member.id },
      });
      await recordAudit(tx, {
        actorId: who.staffId ?? who.userId,
        onBehalfOfId: who.userId,
        action: "activity.basket-changed",
        subjectType: "ActivitySession",
        subjectId: session.id,
      });
      return { lineId: line.id, openingId: session.activity.openingId, firstName: member.firstName };
    },
    {
      refusals: {
        ActivityBasketLine_userId_sessionId_memberId_key: () =>
          new FieldError("memberId", activityMessages.alreadyInBasket, "CONFLICT"),
      },
    },
  );
}

export async function removeFromBasket(lineId: string, who: Who, { db = appDb }: { db?: Db } = {}) {
  const { count } = await db.activityBasketLine.deleteMany({ where: { id: lineId, userId: who.userId } });
  if (count === 0) throw new AppError("NOT_FOUND", activityMessages.basketLineNotFound);
}
