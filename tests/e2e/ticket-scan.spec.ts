// Scanning tickets at the door: Tom Vanhoutte (vrije tijd) scans a ticket bought through the shop,
// by typing, with a (fake) camera and without JavaScript. Only this spec signs in as
// vrijetijd@wingene.be; Marie Claeys only reads a refusal here.
import { type APIResponse, expect, type Page, test } from "@playwright/test";
import QRCode from "qrcode";
import { expectNoAxeViolations } from "./support/axe";
import { signIn } from "./support/sign-in";
import { waitForHydration } from "./support/util";

const SCANNER = "vrijetijd@wingene.be";

/** Buys Volwassene tickets for the Nieuwjaarsconcert through the payment sandbox; returns their codes. */
async function buyTickets(page: Page, count: number): Promise<string[]> {
  await page.goto("/tickets/nieuwjaarsconcert-harmonie");
  await page.getByRole("button", { name: "Tickets kiezen" }).click();
  await page.getByLabel(/^Volwassene/).fill(String(count));
  await page.getByLabel("Naam").fill("Dora Deur");
  await page.getByLabel("E-mailadres").fill(`deur-${Date.now()}@example.be`);
  await page.getByRole("button", { name: "Reserveren en betalen" }).click();
  await page.getByRole("button", { name: "Betalen met Bancontact of kaart" }).click();
  await page.getByRole("button", { name: "Betalen met kaart" }).click();
  await expect(page.getByRole("heading", { name: "Je tickets" })).toBeVisible({ timeout: 15_000 });
  const codes = (await page.getByText(/^Code: /).allTextContents()).map((t) => t.replace("Code:", "").trim());
  expect(codes).toHaveLength(count);
  for (const code of codes) expect(code).toMatch(/^[A-Za-z0-9_-]{27}$/);
  return codes;
}

/** A camera and a BarcodeDetector that "see" whatever `window.fakeQr` holds, on every frame. */
function fakeCamera() {
  const w = window as unknown as { fakeQr: string | null; BarcodeDetector: unknown };
  w.fakeQr = null;
  w.BarcodeDetector = class {
    static async getSupportedFormats() {
      return ["qr_code"];
    }
    async detect() {
      return w.fakeQr ? [{ rawValue: w.fakeQr }] : [];
    }
  };
  navigator.mediaDevices.getUserMedia = async () => {
    const canvas = Object.assign(document.createElement("canvas"), { width: 64, height: 64 });
    const context = canvas.getContext("2d")!;
    setInterval(() => {
      context.fillStyle = `hsl(${Date.now() % 360} 60% 50%)`;
      context.fillRect(0, 0, 64, 64);
    }, 40);
    return canvas.captureStream(25);
  };
}

const countsOf = async (page: Page) => {
  const text = await page.getByText(/^\d+ van \d+ tickets binnen$/).textContent();
  const [admitted, total] = text!.match(/\d+/g)!.map(Number);
  return { admitted, total };
};

test("a resident gets no scanner and no scan API; a signed-out phone gets 401", async ({ page, request }) => {
  const anonymous = await request.post("/api/tickets/scan", {
    data: { code: "x", performanceId: "y", device: "z" },
  });
  expect(anonymous.status()).toBe(401);
  expect(await anonymous.json()).toEqual({ error: "Meld je eerst aan." });

  await signIn(page, "marie.claeys@example.be");
  const response = await page.goto("/beheer/scannen");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "Geen toegang" })).toBeVisible();
  const api = await page.request.post("/api/tickets/scan", {
    data: { code: "x", performanceId: "y", device: "z" },
  });
  expect(api.status()).toBe(403);
  expect((await api.json()).error).toBe("Je hebt geen toegang tot deze pagina of actie.");
});

test("door staff scan bought tickets: valid once, then already used; unknown codes are refused", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  await page.addInitScript(fakeCamera); // before any page loads: init scripts run on new documents only
  const [typed, viaCamera, withoutJs] = await buyTickets(page, 3);

  await signIn(page, SCANNER, "/beheer/scannen");
  await expect(page.getByRole("heading", { level: 1, name: "Tickets scannen" })).toBeVisible();
  await expectNoAxeViolations(page);
  const choice = page
    .getByRole("listitem")
    .filter({ has: page.getByRole("link", { name: "Nieuwjaarsconcert", exact: true }) });
  await expect(choice).toContainText(/\d+ van \d+ binnen/);
  await choice.getByRole("link", { name: "Nieuwjaarsconcert", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Scannen: Nieuwjaarsconcert" })).toBeVisible();
  const scannerUrl = page.url();
  const performanceId = scannerUrl.split("/").at(-1)!;
  await waitForHydration(page, "#scanner-code-form");
  const before = await countsOf(page);

  const result = page.getByRole("status", { name: "Resultaat van de laatste scan" });
  const codeField = page.getByLabel("Ticketcode");
  const history = page.getByRole("region", { name: "Laatste scans" }).getByRole("listitem");
  await expect(result).toHaveText("Nog niets gescand. Scan een QR-code of typ de code in.");
  await page.getByLabel("Naam van dit toestel").fill("Ingang links");

  // Typed: valid, then the same code again, then a code that does not exist.
  await codeField.fill(typed);
  await page.getByRole("button", { name: "Controleren" }).click();
  await expect(result).toContainText("Geldig");
  await expect(result).toContainText("Geldig – welkom! Volwassene");
  await expect(codeField).toHaveValue("");
  await expect(codeField).toBeFocused();
  await expect(page.getByText(/^\d+ van \d+ tickets binnen$/)).toHaveText(
    `${before.admitted + 1} van ${before.total} tickets binnen`,
  );

  await codeField.fill(typed);
  await codeField.press("Enter");
  await expect(result).toContainText("Al gebruikt");
  await expect(result).toContainText(/Al gebruikt om \d{2}:\d{2} door toestel 'Ingang links'/);
  await expect(result).not.toContainText("Geldig");

  await codeField.fill("ditticketbestaatnietechtnee");
  await codeField.press("Enter");
  await expect(result).toContainText("Onbekend ticket");
  await expect(history).toHaveCount(3);
  await expect(history.first()).toContainText("Onbekend ticket");
  await expectNoAxeViolations(page);

  await codeField.press("Enter");
  await expect(
    page.getByRole("alert").getByRole("link", { name: "Vul de code van het ticket in." }),
  ).toBeVisible();
  await expect(codeField).toHaveAttribute("aria-invalid", "true");
  await expect(history).toHaveCount(3);

  // Camera: the fake reports the code on every frame for two seconds; it is sent once.
  await page.getByRole("button", { name: "Camera starten" }).click();
  await expect(page.getByRole("button", { name: "Camera stoppen" })).toBeVisible();
  await page.evaluate((code) => ((window as unknown as { fakeQr: string }).fakeQr = code), viaCamera);
  await expect(result).toContainText("Geldig – welkom! Volwassene");
  await page.waitForTimeout(2_000);
  await expect(history).toHaveCount(4);
  await page.getByRole("button", { name: "Camera stoppen" }).click();
  await expect(page.getByRole("button", { name: "Camera starten" })).toBeFocused();

  // The name of the device survives a reload; the page fits a 320 px phone.
  await page.setViewportSize({ width: 320, height: 640 });
  await page.reload();
  await expect(page.getByLabel("Naam van dit toestel")).toHaveValue("Ingang links");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

  // The API answers bad input with 400 and a Dutch message.
  const bad: APIResponse = await page.request.post("/api/tickets/scan", {
    data: { code: " ", performanceId, device: "Ingang links" },
  });
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error).toBe("Vul de code van het ticket in.");

  // Without JavaScript the typed code posts to the server action and the answer comes back.
  const noJs = await browser.newContext({
    javaScriptEnabled: false,
    storageState: await page.context().storageState(),
  });
  try {
    const plain = await noJs.newPage();
    await plain.goto(scannerUrl);
    await expect(plain.getByText("De camera werkt alleen met JavaScript.", { exact: false })).toBeVisible();
    await plain.getByLabel("Naam van dit toestel").fill("Kassa zonder JS");
    await plain.getByLabel("Ticketcode").fill(withoutJs);
    await plain.getByRole("button", { name: "Controleren" }).click();
    const plainResult = plain.getByRole("status", { name: "Resultaat van de laatste scan" });
    await expect(plainResult).toContainText("Geldig – welkom! Volwassene");
    await expect(plain.getByLabel("Naam van dit toestel")).toHaveValue("Kassa zonder JS");
    await plain.getByLabel("Ticketcode").fill(typed);
    await plain.getByRole("button", { name: "Controleren" }).click();
    await expect(plainResult).toContainText("door toestel 'Ingang links'");
    await expect(plain.getByText(/^\d+ van \d+ tickets binnen$/)).toHaveText(
      `${before.admitted + 3} van ${before.total} tickets binnen`,
    );
  } finally {
    await noJs.close();
  }
});

/** A camera that films a printed ticket: the real QR image, and no BarcodeDetector (like an iPhone). */
function cameraFilming(qrDataUrl: string) {
  delete (window as { BarcodeDetector?: unknown }).BarcodeDetector;
  navigator.mediaDevices.getUserMedia = async () => {
    const canvas = Object.assign(document.createElement("canvas"), { width: 480, height: 480 });
    const context = canvas.getContext("2d")!;
    const image = new Image();
    image.src = qrDataUrl;
    await image.decode();
    setInterval(() => {
      context.fillStyle = "#fff";
      context.fillRect(0, 0, 480, 480);
      context.drawImage(image, 60, 60, 360, 360);
    }, 40);
    return canvas.captureStream(25);
  };
}

test("a phone without a native QR reader (an iPhone) decodes the real QR image of a ticket", async ({
  page,
}) => {
  test.setTimeout(90_000);
  const [code] = await buyTickets(page, 1);
  await page.addInitScript(cameraFilming, await QRCode.toDataURL(code, { margin: 2, width: 300 }));
  await signIn(page, SCANNER, "/beheer/scannen");
  await page.getByRole("link", { name: "Nieuwjaarsconcert", exact: true }).click();
  await waitForHydration(page, "#scanner-code-form");
  await page.getByRole("button", { name: "Camera starten" }).click();
  const result = page.getByRole("status", { name: "Resultaat van de laatste scan" });
  await expect(result).toContainText("Geldig – welkom! Volwassene", { timeout: 15_000 });
  await expect(page.getByRole("region", { name: "Laatste scans" }).getByRole("listitem")).toHaveCount(1);
});
