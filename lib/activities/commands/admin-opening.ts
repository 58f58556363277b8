// Staff create and change opening moments (activities:manage): name, opening and closing, the
// waiting room's minutes and the admission batch. Once an opening has started (its moment is past
// or parents were admitted) its opening hour stays: the waiting room's draw and the line hang on it.
import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { db as appDb } from "@/lib/db";
import type { Db } from "@/lib/db/client";
import { transaction } from "@/lib/db/tx";
import { FieldError } from "@/lib/errors";
import { activityAdminMessages as am } from "../admin-messages";
import type { OpeningMomentInput } from "../admin-schema";

export async function saveOpening(
  input: OpeningMomentInput,
  staffId: string,
  { db = appDb, now = new Date() }: { db?: Db; now?: Date } = {},
) {
  const { openingId, ...fields } = input;
  return transaction(db, async (tx) => {
    let id: string;
    if (openingId) {
      await tx.$queryRaw`SELECT id FROM "RegistrationOpening" WHERE id = ${openingId} FOR UPDATE`;
      const before = await tx.registrationOpening.findUnique({ where: { id: openingId } });
      if (!before) throw new FieldError("label", am.openingNotFound, "NOT_FOUND");
      const started = before.admitted > 0 || before.opensAt <= now;
      if (started && before.opensAt.getTime() !== fields.opensAt.getTime())
        throw new FieldError("opensOn", am.openingStarted(before.opensAt), "CONFLICT");
      await tx.registrationOpening.update({ where: { id: openingId }, data: fields });
      id = openingId;
    } else {
      id = (await tx.registrationOpening.create({ data: fields })).id;
    }
    await recordAudit(tx, {
      actorId: staffId,
      action: "activity.opening-saved",
      subjectType: "RegistrationOpening",
      subjectId: id,
      details: {
        label: fields.label,
        opensAt: fields.opensAt.toISOString(),
        closesAt: fields.closesAt.toISOString(),
        waitingRoomMinutes: fields.waitingRoomMinutes,
        admitBatch: fields.admitBatch,
        added: !openingId,
      },
    });
    return { id };
  });
}
