// The portal's look is stored data: a change is written with an audit row of before and after, and
// the database itself refuses a colour that is not #rrggbb (it goes into every page's style).
import { randomUUID } from "node:crypto";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { updateIdentity } from "@/lib/municipality/commands";
import { resetIdentityPicture, setIdentityPicture } from "@/lib/municipality/picture-commands";
import { headerLogo } from "@/lib/municipality/pictures";
import { preparePublicPhoto } from "@/lib/uploads/public-photo";
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

/** A word mark: 600 × 200, transparent around a coloured band. */
async function wordMark(): Promise<File> {
  const bytes = await sharp({
    create: { width: 600, height: 200, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } },
  })
    .composite([
      {
        input: { create: { width: 500, height: 80, channels: 4, background: "#0b5e3b" } },
        top: 60,
        left: 50,
      },
    ])
    .png()
    .toBuffer();
  return new File([new Uint8Array(bytes)], "logo-wingene.png", { type: "image/png" });
}

describe("the logo and the home page photo staff upload", () => {
  afterAll(async () => {
    // Other files on this worker read the header's logo: leave the drawings as the seed has them.
    const staff = await db.user.create({
      data: { email: `beheer-${randomUUID()}@wingene.be`, name: "Beheer" },
    });
    await resetIdentityPicture("logo", staff.id);
    await resetIdentityPicture("hero", staff.id);
  });

  it("shows an uploaded word mark in the header as wide as its shape asks, and removes the one it replaces", async () => {
    const staff = await db.user.create({
      data: { email: `beheer-${randomUUID()}@wingene.be`, name: "Beheer" },
    });
    const first = await setIdentityPicture("logo", await preparePublicPhoto([await wordMark()]), staff.id);
    const second = await setIdentityPicture("logo", await preparePublicPhoto([await wordMark()]), staff.id);

    const m = await db.municipality.findUniqueOrThrow({
      where: { id: 1 },
      include: {
        logoFile: { select: { id: true, width: true, height: true, visibility: true, purpose: true } },
      },
    });
    expect(m.logoFile).toMatchObject({ id: second, width: 600, height: 200, visibility: "PUBLIC" });
    expect(m.logoFile?.purpose).toBe("municipality-logo");
    expect(await db.storedFile.count({ where: { OR: [{ id: first }, { parentId: first }] } })).toBe(0);
    // 47 px high at 3:1 is 141 px wide; the drawing keeps its own 40 px box.
    expect(headerLogo(m)).toEqual({ src: `/api/bestanden/${second}?w=320`, widthPx: 141 });
    expect(headerLogo({ logoPath: m.logoPath, logoFile: null })).toEqual({ src: m.logoPath, widthPx: 40 });
    const audits = await db.auditLog.count({
      where: { actorId: staff.id, action: "municipality.picture-changed" },
    });
    expect(audits).toBe(2);
  });

  it("puts the drawing back on reset, deleting the uploaded photo, and does nothing when there is none", async () => {
    const staff = await db.user.create({
      data: { email: `beheer-${randomUUID()}@wingene.be`, name: "Beheer" },
    });
    const id = await setIdentityPicture("hero", await preparePublicPhoto([await wordMark()]), staff.id);
    expect(await resetIdentityPicture("hero", staff.id)).toBe(true);

    const m = await db.municipality.findUniqueOrThrow({ where: { id: 1 } });
    expect(m.heroFileId).toBeNull();
    expect(m.heroPath).toBe("/identiteit/hero.svg");
    expect(await db.storedFile.count({ where: { OR: [{ id }, { parentId: id }] } })).toBe(0);
    expect(await resetIdentityPicture("hero", staff.id)).toBe(false);
    const resets = await db.auditLog.count({
      where: { actorId: staff.id, action: "municipality.picture-reset" },
    });
    expect(resets).toBe(1);
  });
});
