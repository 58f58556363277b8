// Buying tickets online: choose, hold, pay through Stripe Checkout (the payment sandbox, as in the
// demo), get QR tickets on the order page and by e-mail.
import { expect, type Page, test } from "@playwright/test";
import { PDFDocument } from "pdf-lib";
import { firstLink, waitForMessage } from "./support/mailbox";

test("a visitor buys two tickets with Bancontact and gets two QR tickets on the page and by e-mail", async ({
  page,
  baseURL,
}) => {
  const email = `koper-${Date.now()}@example.be`;
  const since = new Date(Date.now() - 1000);
  await page.goto("/tickets");
  await page.getByRole("link", { name: "De Zingende Zagers" }).click();
  // Seats left are an island read per request: after a client-side navigation it shows "…" until
  // the count arrives, so wait for a number before reading it.
  const seatsCell = page.locator("dt:has-text('Vrije plaatsen') + dd");
  await expect(seatsCell).toHaveText(/^\d+$/);
  const seatsBefore = Number(await seatsCell.textContent());
  await page.getByRole("button", { name: "Tickets kiezen" }).click();
  await page.getByLabel(/^Volwassene/).fill("1");
  await page.getByLabel(/^60-plusser/).fill("1");
  await page.getByLabel("Naam").fill("Karel Koper");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByRole("button", { name: "Reserveren en betalen" }).click();

  await expect(page.getByRole("heading", { level: 1, name: /^Bestelling W\d{2}-\d{6}$/ })).toBeVisible();
  await expect(page.getByText("€ 30,00")).toBeVisible();
  await expect(page.getByText("Je plaatsen zijn voor je vastgehouden")).toBeVisible();

  // The e2e server runs the demo's practice checkout (PAYMENT_SANDBOX=1): said before and on it.
  await expect(page.getByTestId("demo-payment")).toContainText("oefenkassa");
  await page.getByRole("button", { name: "Betalen met Bancontact of kaart" }).click();
  await expect(page.getByRole("heading", { name: "Testbetaling" })).toBeVisible();
  expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
  expect(new URL(page.url()).pathname).toMatch(/^\/demo-betaling\/cs_test_/);
  await expect(page.getByTestId("demo-payment")).toContainText("geen echt geld");
  await page.getByRole("button", { name: "Betalen met Bancontact" }).click();

  // Bancontact confirms asynchronously; the order page refreshes itself until it is paid.
  await expect(page.getByRole("heading", { name: "Je tickets" })).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole("img", { name: /QR-code van ticket \d van 2/ })).toHaveCount(2);
  await expect(page.getByText("Volwassene", { exact: true })).toBeVisible();
  await expect(page.getByText("60-plusser", { exact: true })).toBeVisible();

  const mail = await waitForMessage(email, /Je tickets/, since);
  expect(mail.text).toContain("€\u00a030,00"); // formatEuro uses a non-breaking space
  const fromMail = await page.context().newPage();
  await fromMail.goto(firstLink(mail.text));
  await expect(fromMail.getByRole("img", { name: /QR-code van ticket/ })).toHaveCount(2);

  await page.goto("/tickets/de-zingende-zagers");
  await expect(page.locator("dt:has-text('Vrije plaatsen') + dd")).toHaveText(String(seatsBefore - 2));
});

test("a buyer who chooses a bank transfer gets a valid structured communication, on the page and by mail", async ({
  page,
}) => {
  const email = `tine-${Date.now()}@example.be`;
  const since = new Date(Date.now() - 1000);
  await page.goto("/tickets/comedy-in-ruiselede");
  await page.getByRole("button", { name: "Tickets kiezen" }).click();
  await page.getByLabel(/^Volwassene/).fill("2");
  await page.getByLabel("Naam").fill("Tine Transfer");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByRole("button", { name: "Reserveren en betalen" }).click();
  await page.getByRole("button", { name: "Betalen met overschrijving" }).click();
  const ogm = page.locator("dt:has-text('Mededeling') + dd");
  await expect(ogm).toHaveText(/^\+\+\+\d{3}\/\d{4}\/\d{5}\+\+\+$/);
  const digits = (await ogm.textContent())!.replace(/\D/g, "");
  const base = BigInt(digits.slice(0, 10));
  const check = Number(base % 97n) || 97;
  expect(Number(digits.slice(10))).toBe(check);
  await expect(page.getByText("BE71 0961 2345 6769")).toBeVisible();
  await expect(page.getByText("Je tickets komen zodra we je betaling ontvangen.")).toBeVisible();

  const mail = await waitForMessage(email, /^Betalen met overschrijving - bestelling W\d{2}-\d{6}$/, since);
  expect(mail.text).toContain("BE71 0961 2345 6769");
  expect(mail.text).toContain((await ogm.textContent())!);
  expect(mail.text).toMatch(/Uiterlijk: \w+ \d{1,2} \w+ \d{4} om \d{2}:\d{2}/);
  expect(mail.text).toContain("Beste Tine Transfer,");
  expect(firstLink(mail.text)).toContain(new URL(page.url()).pathname);

  // The order page fits a 320 px phone: its lines are cards there, nothing scrolls sideways.
  await page.setViewportSize({ width: 320, height: 640 });
  await page.reload();
  await expect(page.getByRole("list", { name: "Wat je bestelde" })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

test("asking for more tickets than the tariff allows explains it in Dutch and holds nothing", async ({
  page,
}) => {
  await page.goto("/tickets/de-zingende-zagers");
  await page.getByRole("button", { name: "Tickets kiezen" }).click();
  await page.getByLabel(/^Volwassene/).fill("11");
  await page.getByLabel("Naam").fill("Te Veel");
  await page.getByLabel("E-mailadres").fill("teveel@example.be");
  await page.getByRole("button", { name: "Reserveren en betalen" }).click();
  await expect(
    page.getByRole("alert").getByRole("link", { name: "Kies een aantal van 0 tot 10." }),
  ).toBeVisible();
  await expect(page.getByLabel(/^Volwassene/)).toHaveAccessibleDescription("Kies een aantal van 0 tot 10.");
  await expect(page).toHaveURL(/\/tickets\/de-zingende-zagers$/);
});

test("paid tickets download as a PDF with one page per ticket; unpaid orders have none", async ({
  page,
  request,
}) => {
  const email = `gerda-${Date.now()}@example.be`;
  const since = new Date(Date.now() - 1000);
  await page.goto("/tickets/nieuwjaarsconcert-harmonie");
  await page.getByRole("button", { name: "Tickets kiezen" }).click();
  await page.getByLabel(/^Kind/).fill("2");
  await page.getByLabel("Naam").fill("Gratis Gerda");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByRole("button", { name: "Reserveren en betalen" }).click();
  // Children are free for this concert: no payment step, a confirmation from the mail instead.
  await confirmFromMail(page, email, since);
  await expect(page.getByRole("heading", { name: "Je tickets" })).toBeVisible();
  const pdfHref = await page.getByRole("link", { name: "Download de tickets als PDF" }).getAttribute("href");
  const pdf = await request.get(pdfHref!);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  const document = await PDFDocument.load(await pdf.body());
  expect(document.getPageCount()).toBe(2);
  expect(document.getTitle()).toMatch(/^Tickets bestelling W\d{2}-\d{6}$/);
  expect((await request.get("/bestelling/bestaat-niet-maar-lang-genoeg-token/tickets.pdf")).status()).toBe(
    404,
  );
});

test("free tickets ordered without signing in count only after the link in the mail is clicked", async ({
  page,
}) => {
  const email = `gratis-${Date.now()}@example.be`;
  const since = new Date(Date.now() - 1000);
  await page.goto("/tickets/nieuwjaarsconcert-harmonie");
  await page.getByRole("button", { name: "Tickets kiezen" }).click();
  await page.getByLabel(/^Kind \(-12\)/).fill("2");
  await page.getByLabel("Naam").fill("Greet Gratis");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByRole("button", { name: "Reserveren en betalen" }).click();

  // Held, not yet tickets: the order page says where the link went, and offers no payment.
  await expect(page.getByTestId("awaits-confirmation")).toContainText(email);
  await expect(page.getByRole("heading", { name: "Je tickets" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Betalen met overschrijving" })).toHaveCount(0);

  await confirmFromMail(page, email, since);
  await expect(page.getByRole("heading", { name: "Je tickets" })).toBeVisible();
  await expect(page.getByRole("img", { name: /QR-code van ticket \d van 2/ })).toHaveCount(2);
});

/** Opens the confirmation mail of a free order and confirms it; opening the link alone does not. */
async function confirmFromMail(page: Page, email: string, since: Date) {
  const mail = await waitForMessage(email, /^Bevestig je bestelling W\d{2}-\d{6}$/, since);
  await page.goto(firstLink(mail.text));
  await expect(page.getByRole("heading", { level: 1, name: /bevestigen$/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Je tickets" })).toHaveCount(0);
  await page.getByRole("button", { name: "Ja, bevestig mijn bestelling" }).click();
}
