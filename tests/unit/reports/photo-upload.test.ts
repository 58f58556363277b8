import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { cleanPhotos } from "@/lib/reports/photo-upload";

const jpeg = () => Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 4, 0, 0, 0xff, 0xda, 0, 2, 1, 2, 0xff, 0xd9]);

describe("cleanPhotos", () => {
  it("ignores the empty file an untouched file input posts", async () => {
    expect(await cleanPhotos([new File([], "undefined"), new File([], "")])).toEqual([]);
  });

  it("takes the type from the bytes, not from the name or the browser", async () => {
    const [photo] = await cleanPhotos([new File([jpeg()], "foto.png", { type: "image/png" })]);
    expect(photo.contentType).toBe("image/jpeg");
  });

  it("refuses more than three photos, oversized files and non-images with Dutch messages", async () => {
    const four = Array.from({ length: 4 }, (_, i) => new File([jpeg()], `${i}.jpg`));
    await expect(cleanPhotos(four)).rejects.toThrow(/maximaal 3/);
    const big = new File([new Uint8Array(5 * 1024 * 1024 + 1)], "groot.jpg");
    await expect(cleanPhotos([big])).rejects.toThrow(/te groot/);
    await expect(
      cleanPhotos([new File(["%PDF-1.7"], "lamp.jpg", { type: "image/jpeg" })]),
    ).rejects.toBeInstanceOf(AppError);
  });
});
