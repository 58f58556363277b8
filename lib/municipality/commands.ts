// Changing the portal's look; audited with what it was before.
import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { transaction } from "@/lib/db/tx";
import type { IdentityInput } from "./schema";

export async function updateIdentity(actorId: string, input: IdentityInput): Promise<void> {
  await transaction(db, async (tx) => {
    const before = await tx.municipality.findUniqueOrThrow({
      where: { id: 1 },
      select: { tagline: true, brandColor: true, heroAlt: true },
    });
    const after = { tagline: input.tagline, brandColor: input.brandColor, heroAlt: input.heroAlt ?? "" };
    await tx.municipality.update({ where: { id: 1 }, data: after });
    await recordAudit(tx, {
      actorId,
      action: "municipality.identity-changed",
      subjectType: "Municipality",
      subjectId: "1",
      details: { before, after },
    });
  });
}
