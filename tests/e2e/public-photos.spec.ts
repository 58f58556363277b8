// A staff member gives a hall a photo from a phone (sideways, with GPS data) on its admin form; the
// hall's public page then shows it as a responsive image (srcset of the stored sizes, width and
// height set) served with a year's immutable cache and nosniff, without any EXIF left. The season's
// seeded posters show on the programme, lazy below the first screen.
import sharp from "sharp";
import { expect, test } from "@playwright/test";
import { SessionFactory } from "./support/sessions";

const HALL = "vergaderzaal-het-torentje";

async function phonePhoto(): Promise<Buffer> {
  return (
    sharp({ create: { width: 1800, height: 1200, channels: 3, background: "#2f6b3a" } })
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
      .toBuffer()
  );
}

test("een medewerker laadt een zaalfoto op; de zaalpagina toont ze responsief en zonder metadata", async ({
  browser,
  baseURL,
}) => {
  const sessions = new SessionFactory();
  await sessions.connect();
  const session = await sessions.open(await sessions.userIdOf("beheerder@wingene.be"));
  const staff = await browser.newContext();
  const [name, value] = session.cookie.split("=") as [string, string];
  await staff.addCookies([{ name, value, domain: new URL(baseURL!).hostname, path: "/" }]);
  try {
    const page = await staff.newPage();
    await page.goto(`/beheer/zalen/zaal/${HALL}`);
    const form = page.getByRole("form", { name: "Foto van de zaal" });

    // A text file named like a photo is refused next to the field, in Dutch.
    await form
      .getByLabel("Foto", { exact: true })
      .setInputFiles({ name: "zaal.jpg", mimeType: "image/jpeg", buffer: Buffer.from("geen foto") });
    await form.getByLabel("Beschrijving van de foto").fill("Vergaderzaal met een lange tafel");
    await form.getByRole("button", { name: "Foto opslaan" }).click();
    await expect(form).toContainText('"zaal.jpg" is geen bestand dat we aanvaarden.');

    await form
      .getByLabel("Foto", { exact: true })
      .setInputFiles({ name: "IMG_0042.JPG", mimeType: "image/jpeg", buffer: await phonePhoto() });
    await form.getByLabel("Beschrijving van de foto").fill("Vergaderzaal met een lange tafel");
    await form.getByRole("button", { name: "Foto opslaan" }).click();
    await expect(form).toContainText("De foto is opgeslagen.");

    const visitor = await browser.newPage();
    await visitor.goto(`/zalen/${HALL}`);
    const photo = visitor.getByRole("img", { name: "Vergaderzaal met een lange tafel" });
    await expect(photo).toBeVisible();
    // Turned upright: the sideways 1800 × 1200 phone picture is 1200 × 1800.
    await expect(photo).toHaveAttribute("width", "1200");
    await expect(photo).toHaveAttribute("height", "1800");
    const srcset = (await photo.getAttribute("srcset")) ?? "";
    expect(srcset.split(", ").map((s) => s.split(" ")[1])).toEqual(["320w", "640w", "1200w"]);

    const response = await visitor.request.get(srcset.split(", ")[0]!.split(" ")[0]!);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("image/webp");
    expect(response.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(response.headers()["x-content-type-options"]).toBe("nosniff");
    const meta = await sharp(await response.body()).metadata();
    expect(meta.width).toBe(320);
    expect(meta.exif).toBeUndefined();
    await visitor.close();
  } finally {
    await staff.close();
    await sessions.close();
  }
});

test("het programma toont de affiches met srcset, vaste maten en lui laden onder de vouw", async ({
  page,
}, testInfo) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto("/tickets");
  const posters = page.locator("main img[srcset]");
  expect(await posters.count()).toBeGreaterThanOrEqual(3);
  for (const poster of await posters.all()) {
    await expect(poster).toHaveAttribute("width", /^\d+$/);
    await expect(poster).toHaveAttribute("height", /^\d+$/);
    await expect(poster).toHaveAttribute("alt", /^Affiche: /);
  }
  await expect(posters.first()).toHaveAttribute("loading", "eager");
  await expect(posters.nth(2)).toHaveAttribute("loading", "lazy");
  // For people to look at: the programme on a small phone with its posters loaded.
  for (const poster of await posters.all()) await poster.scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath("programma-320.png"), fullPage: true });
});
