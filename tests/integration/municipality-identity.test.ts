// The portal's look is stored data: a change is written with an audit row of before and after, and
// the database itself refuses a colour that is not #rrggbb (it goes into every page's style).
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { updateIdentity } from "@/lib/municipality/commands";
import { seed } from "@/prisma/seed";

beforeAll(async () => {
  await seed(db);
});

describe("the municipality's identity", () => {
  it("stores the new colour, tagline and picture text and audits what they were", async () => {
    const admin = await db.user.create({
      data: { email: `beheer-${randomUUID()}@wingene.be`, name: "Beheer" },
    });
    const before = await db.municipality.findUniqueOrThrow({ where: { id: 1 } });
    await updateIdentity(admin.id, { tagline: "Samen Wingene", brandColor: "#1d4ed8", heroAlt: undefined });

    const after = await db.municipality.findUniqueOrThrow({ where: { id: 1 } });
    expect(after).toMatchObject({ tagline: "Samen Wingene", brandColor: "#1d4ed8", heroAlt: "" });
    const audit = await db.auditLog.findFirstOrThrow({
      where: { actorId: admin.id, action: "municipality.identity-changed" },
    });
    expect(audit.details).toMatchObject({
      before: { tagline: before.tagline, brandColor: before.brandColor, heroAlt: before.heroAlt },
      after: { brandColor: "#1d4ed8" },
    });
  });

  it("lets the database refuse a colour that would put other CSS into the page", async () => {
    await expect(
      db.municipality.update({ where: { id: 1 }, data: { brandColor: "red;background:url(//x)" } }),
    ).rejects.toThrow(/Municipality_brandColor_hex/);
  });
});
