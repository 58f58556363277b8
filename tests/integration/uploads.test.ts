import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { FieldError } from "@/lib/errors";
import { cleanUploads } from "@/lib/uploads/clean";
import { readStoredFile } from "@/lib/uploads/read";
import { renditionsOf, storeFile } from "@/lib/uploads/store";

const photoPolicy = { field: "photos", kinds: ["image"] as const, maxBytes: 5 * 1024 * 1024, maxFiles: 3 };

/** A landscape JPEG as a phone stores a portrait photo: pixels sideways, EXIF says "rotate 90°". */
async function phonePhoto(): Promise<File> {
  const bytes = await sharp({ create: { width: 400, height: 200, channels: 3, background: "#336699" } })
    .jpeg()
    .withMetadata({ orientation: 6, exif: { IFD0: { Make: "Telefoon", Copyright: "An Peeters" } } })
    .toBuffer();
  return new File([new Uint8Array(bytes)], "IMG_0001.JPG", { type: "image/jpeg" });
}

describe("uploads", () => {
  it("turns a phone photo upright and removes its metadata", async () => {
    const original = await phonePhoto();
    expect((await sharp(Buffer.from(await original.arrayBuffer())).metadata()).exif).toBeDefined();
    const [clean] = await cleanUploads([original], photoPolicy);
    expect(clean).toMatchObject({ contentType: "image/jpeg", width: 200, height: 400 });
    const meta = await sharp(clean!.bytes).metadata();
    expect(meta.exif).toBeUndefined();
    expect(meta.orientation ?? 1).toBe(1);
  });

  it("decides the type from the bytes, not the name or the browser's claim", async () => {
    const fake = new File(["<script>alert(1)</script>"], "foto.jpg", { type: "image/jpeg" });
    const error = await cleanUploads([fake], photoPolicy).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FieldError);
    expect((error as FieldError).field).toBe("photos");
    expect((error as Error).message).toBe(
      '"foto.jpg" is geen bestand dat we aanvaarden. Kies een foto (JPEG, PNG of WebP).',
    );
  });

  it("accepts a PDF only where the policy allows one, and refuses too many or too big files", async () => {
    const pdf = new File(["%PDF-1.7\n%…"], "plan.pdf", { type: "application/pdf" });
    await expect(cleanUploads([pdf], photoPolicy)).rejects.toThrow("Kies een foto (JPEG, PNG of WebP).");
    const [kept] = await cleanUploads([pdf], { ...photoPolicy, kinds: ["image", "pdf"] });
    expect(kept?.contentType).toBe("application/pdf");
    const photo = await phonePhoto();
    await expect(cleanUploads([photo, photo], { ...photoPolicy, maxFiles: 1 })).rejects.toThrow(
      "Je kunt maximaal 1 bestanden toevoegen.",
    );
    await expect(cleanUploads([photo], { ...photoPolicy, maxBytes: 100 })).rejects.toThrow("is te groot");
  });

  it("stores a public picture with smaller renditions and serves the one that fits", async () => {
    const big = await sharp({ create: { width: 2000, height: 1000, channels: 3, background: "#aa3300" } })
      .png()
      .toBuffer();
    const [clean] = await cleanUploads([new File([new Uint8Array(big)], "zaal.png")], photoPolicy);
    const renditions = await renditionsOf(clean!);
    expect(renditions.map((r) => r.width)).toEqual([320, 640, 1280]);
    const id = await storeFile(db, clean!, { purpose: "hall-photo", visibility: "PUBLIC" }, renditions);
    const small = await readStoredFile(db, id, 600);
    expect(small?.contentType).toBe("image/webp");
    expect((await sharp(Buffer.from(small!.bytes)).metadata()).width).toBe(640);
    const full = await readStoredFile(db, id);
    expect((await sharp(Buffer.from(full!.bytes)).metadata()).width).toBe(2000);
  });

  it("keeps the uploader's name safe for a download header", async () => {
    const photo = await phonePhoto();
    const named = new File([await photo.arrayBuffer()], "../../etc/pass\r\nwd.jpg");
    const [clean] = await cleanUploads([named], photoPolicy);
    expect(clean!.originalName).toBe("pass__wd.jpg");
  });
});
