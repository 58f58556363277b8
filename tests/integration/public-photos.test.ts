// Staff give a hall a photo and a performance a poster: the picture loses its location and camera
// data, stands upright, gets the responsive WebP sizes, replaces the previous one; a file that is not
// a picture or is too big is refused with a Dutch message on the photo field and stores nothing.
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { FieldError } from "@/lib/errors";
import { setHallPhoto } from "@/lib/halls/commands/hall-photo";
import { setItemPhoto } from "@/lib/lending/commands/item-photo";
import { setPerformancePoster } from "@/lib/tickets/admin-poster";
import { preparePublicPhoto } from "@/lib/uploads/public-photo";
import { readStoredFile } from "@/lib/uploads/read";
import { publicPhotoSchema } from "@/lib/uploads/schema";
import { seed } from "@/prisma/seed";
import { hall, resident } from "./halls-fixtures";

beforeAll(async () => {
  await seed(db);
});

/** The GPS IFD pointer (tag 0x8825) as it stands in a little-endian ("II") EXIF block. */
const GPS_POINTER = Buffer.from([0x25, 0x88]);

/** A phone photo: 2000 × 1500 stored sideways (orientation 6) with camera and GPS data. */
async function phonePhotoWithGps(name = "IMG_0042.JPG"): Promise<File> {
  const bytes = await sharp({ create: { width: 2000, height: 1500, channels: 3, background: "#2f6b3a" } })
    .jpeg()
    .withExif({
      IFD0: { Make: "Telefoon" },
      IFD3: {
        GPSLatitudeRef: "N",
        GPSLatitude: "51/1 3/1 30/1",
        GPSLongitudeRef: "E",
        GPSLongitude: "3/1 16/1 0/1",
      },
    })
    // Stored sideways, as a phone does: EXIF says "rotate 90°".
    .withMetadata({ orientation: 6 })
    .toBuffer();
  return new File([new Uint8Array(bytes)], name, { type: "image/jpeg" });
}

async function refusal(files: File[]): Promise<FieldError> {
  const error = await preparePublicPhoto(files).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(FieldError);
  return error as FieldError;
}

describe("public photos of halls and performances", () => {
  it("stores a hall photo without its GPS and camera data, upright, with 320/640/1280 px WebP sizes", async () => {
    const original = await phonePhotoWithGps();
    const originalMeta = await sharp(Buffer.from(await original.arrayBuffer())).metadata();
    expect(originalMeta.exif?.includes(GPS_POINTER)).toBe(true);

    const { id: hallId } = await hall();
    const staff = (await resident()).id;
    const photoId = await setHallPhoto(
      hallId,
      "Feestzaal met gedekte tafels",
      await preparePublicPhoto([original]),
      staff,
    );

    const saved = await db.hall.findUniqueOrThrow({ where: { id: hallId } });
    expect(saved).toMatchObject({ photoId, photoAlt: "Feestzaal met gedekte tafels" });
    const stored = await db.storedFile.findUniqueOrThrow({ where: { id: photoId } });
    expect(stored).toMatchObject({ visibility: "PUBLIC", purpose: "hall-photo", width: 1500, height: 2000 });
    const meta = await sharp(Buffer.from(stored.bytes)).metadata();
    expect(meta.exif).toBeUndefined();
    expect(meta.orientation ?? 1).toBe(1);

    const sizes = await db.storedFile.findMany({ where: { parentId: photoId }, orderBy: { width: "asc" } });
    expect(sizes.map((s) => [s.width, s.contentType])).toEqual([
      [320, "image/webp"],
      [640, "image/webp"],
      [1280, "image/webp"],
    ]);
    for (const size of sizes) expect((await sharp(Buffer.from(size.bytes)).metadata()).exif).toBeUndefined();
    const forPhone = await readStoredFile(db, photoId, 480);
    expect((await sharp(Buffer.from(forPhone!.bytes)).metadata()).width).toBe(640);
  });

  it("replaces a performance's poster and removes the old file with its sizes", async () => {
    const performance = await db.performance.findFirstOrThrow({ select: { id: true } });
    const staff = (await resident()).id;
    const first = await setPerformancePoster(
      performance.id,
      "Affiche",
      await preparePublicPhoto([await phonePhotoWithGps()]),
      staff,
    );
    const second = await setPerformancePoster(
      performance.id,
      "Nieuwe affiche",
      await preparePublicPhoto([await phonePhotoWithGps()]),
      staff,
    );
    expect(second).not.toBe(first);
    expect(await db.storedFile.count({ where: { OR: [{ id: first }, { parentId: first }] } })).toBe(0);
    expect(await db.performance.findUniqueOrThrow({ where: { id: performance.id } })).toMatchObject({
      posterId: second,
      posterAlt: "Nieuwe affiche",
    });
    const audited = await db.auditLog.count({
      where: { action: "performance.poster-changed", subjectId: performance.id, actorId: staff },
    });
    expect(audited).toBe(2);
  });

  it("replaces the seeded drawing of a lending item by a photo with its own description", async () => {
    const item = await db.loanItem.findFirstOrThrow({ where: { photoId: { not: null } } });
    const staff = (await resident()).id;
    const photoId = await setItemPhoto(
      item.id,
      "Gestapelde witte plooistoelen",
      await preparePublicPhoto([await phonePhotoWithGps()]),
      staff,
    );
    expect(await db.storedFile.count({ where: { id: item.photoId! } })).toBe(0);
    expect(await db.loanItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({
      photoId,
      photoAlt: "Gestapelde witte plooistoelen",
    });
  });

  it("refuses a text file named .jpg with a Dutch message on the photo field", async () => {
    const error = await refusal([new File(["Dit is geen foto."], "zaal.jpg", { type: "image/jpeg" })]);
    expect(error.field).toBe("photo");
    expect(error.message).toBe(
      '"zaal.jpg" is geen bestand dat we aanvaarden. Kies een foto (JPEG, PNG of WebP).',
    );
  });

  it("takes the type of a PNG named .jpg from its bytes, not from its name", async () => {
    const png = await sharp({ create: { width: 800, height: 600, channels: 3, background: "#aa3300" } })
      .png()
      .toBuffer();
    const { file, renditions } = await preparePublicPhoto([
      new File([new Uint8Array(png)], "zaal.jpg", { type: "image/jpeg" }),
    ]);
    expect(file.contentType).toBe("image/png");
    expect(renditions.map((r) => r.width)).toEqual([320, 640]);
  });

  it("refuses a file over 10 MB before reading it, with a Dutch message", async () => {
    const huge = new File([new Uint8Array(10 * 1024 * 1024 + 1)], "groot.jpg", { type: "image/jpeg" });
    const error = await refusal([huge]);
    expect(error.field).toBe("photo");
    expect(error.message).toBe('"groot.jpg" is te groot. Een bestand mag maximaal 10 MB zijn.');
  });

  it("asks for a file and a description before anything is stored", () => {
    const form = new FormData();
    form.set("subjectId", "x");
    form.set("photo", new File([], ""));
    form.set("photoAlt", " ");
    const result = publicPhotoSchema.safeParse(Object.fromEntries(form));
    expect(result.success).toBe(false);
    const messages = Object.fromEntries(result.error!.issues.map((i) => [String(i.path[0]), i.message]));
    expect(messages).toEqual({
      photo: "Kies een bestand.",
      photoAlt: "Beschrijf wat op de foto te zien is, voor wie ze niet kan zien.",
    });
  });
});
