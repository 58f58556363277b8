// Taking a place in the waiting room as ONE statement: the entry (joining again keeps the first
// one, its draw and arrival), the children it stands for and the audit entry. A thousand parents
// join in the last minute before an opening; an interactive transaction per join held a pooled
// connection across Node's turns and made the later ones wait past the pool's limit (the errors of
// bench:opening). A child already in line for another account violates
// WaitingRoomChild_openingId_childKey_key and the whole statement, entry included, is undone.
import "server-only";
import { randomBytes, randomInt } from "node:crypto";
import { Prisma } from "@/generated/prisma/client";
import { auditCte } from "@/lib/audit/record";

export type Join = {
  openingId: string;
  userId: string;
  staffId: string | null;
  early: boolean;
  childKeys: string[];
  now: Date;
};

const newId = (prefix: string) => `${prefix}${randomBytes(12).toString("hex")}`;

export function joinStatement(j: Join): Prisma.Sql {
  // 48 random bits: ties are as good as impossible and would only order by id.
  const drawKey = randomInt(0, 2 ** 48 - 1) / 2 ** 48;
  const children = j.childKeys.map((childKey) => ({ id: newId("wrc_"), childKey }));
  const audit = auditCte(
    "audit",
    {
      actorId: j.staffId ?? j.userId,
      onBehalfOfId: j.userId,
      action: "activity.waiting-room-joined",
      subjectType: "RegistrationOpening",
      subjectId: j.openingId,
    },
    j.now,
  );
  // DO UPDATE of nothing but itself, so the statement returns the existing entry's id as well.
  return Prisma.sql`
    WITH entry AS (
      INSERT INTO "WaitingRoomEntry" (id, "openingId", "userId", "joinedAt", early, "drawKey", "enteredById")
      VALUES (${newId("wre_")}, ${j.openingId}, ${j.userId}, ${j.now}, ${j.early}, ${drawKey}, ${j.staffId})
      ON CONFLICT ("openingId", "userId") DO UPDATE SET "openingId" = EXCLUDED."openingId"
      RETURNING id
    ), kids AS (
      INSERT INTO "WaitingRoomChild" (id, "entryId", "openingId", "childKey")
      SELECT c.id, (SELECT id FROM entry), ${j.openingId}, c."childKey"
      FROM jsonb_to_recordset(${JSON.stringify(children)}::jsonb) AS c(id text, "childKey" text)
      WHERE NOT EXISTS (SELECT 1 FROM "WaitingRoomChild" w JOIN "WaitingRoomEntry" e ON e.id = w."entryId"
        WHERE w."openingId" = ${j.openingId} AND w."childKey" = c."childKey" AND e."userId" = ${j.userId})
      RETURNING id
    ), ${audit}
    SELECT (SELECT id FROM entry) AS id`;
}
