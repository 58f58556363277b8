// Staff of the leisure desk create an activity with its tariffs and a session on a 320 px phone
// without JavaScript, and it appears in the public catalogue at once with its price and places.
import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { SessionFactory } from "./support/sessions";

test("staff create an activity with a session without JavaScript and it appears on /activiteiten", async ({
  browser,
  baseURL,
}) => {
  const sessions = new SessionFactory();
  await sessions.connect();
  const { cookie } = await sessions.open(await sessions.userIdOf("vrijetijd@wingene.be"));
  const [name, value] = cookie.split("=") as [string, string];
  const staff = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 800 } });
  await staff.addCookies([{ name, value, domain: new URL(baseURL!).hostname, path: "/" }]);
  const title = `Circuskamp ${randomBytes(3).toString("hex")}`;
  try {
    const page = await staff.newPage();
    await page.goto("/beheer/vrije-tijd/activiteiten");
    await page.getByRole("link", { name: "Nieuwe activiteit" }).click();
    const form = page.getByRole("form", { name: "Nieuwe activiteit" });
    await form.getByLabel("Titel").fill(title);
    await form.getByLabel("Soort").selectOption({ label: "Kamp" });
    await form.getByLabel("Deelgemeente").fill("Zwevezele");
    await form.getByLabel("Korte samenvatting").fill("Jongleren en acrobatie.");
    await form.getByLabel("Beschrijving").fill("Een week circus in de sporthal.");
    await form.getByLabel("Organisator").fill("Jeugddienst Wingene");
    await form.getByLabel("Inschrijvingsmoment").selectOption("opening-zomer-2027");
    await form.getByLabel("Inwoner, dagprijs (in euro)", { exact: true }).fill("12,50");
    await form.getByLabel("Niet-inwoner, dagprijs (in euro)", { exact: true }).fill("17,50");
    await form.getByLabel("Gepubliceerd in het aanbod").check();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, `de pagina is ${width}px breed op 320px`).toBeLessThanOrEqual(320);
    await form.getByRole("button", { name: "Activiteit aanmaken" }).click();

    await expect(page.getByText("De activiteit is aangemaakt. Voeg nu de periodes toe.")).toBeVisible();
    await page.getByRole("link", { name: "Periode toevoegen" }).click();
    const session = page.getByRole("form", { name: "Nieuwe periode" });
    await session.getByLabel("Naam").fill("Week 3");
    await session.getByLabel("Eerste dag").fill("2027-07-19");
    await session.getByLabel("Laatste dag").fill("2027-07-23");
    await session.getByLabel("Activiteitsdagen").fill("5");
    await session.getByLabel("Plaats", { exact: true }).fill("Sporthal De Leeuw");
    await session.getByLabel("Minimumleeftijd").fill("6");
    await session.getByLabel("Maximumleeftijd").fill("12");
    await session.getByLabel("Aantal plaatsen").fill("20");
    await session.getByRole("button", { name: "Periode toevoegen" }).click();
    await expect(page.getByText("De periode is bewaard.")).toBeVisible();

    await page.goto("/activiteiten");
    await page.getByRole("link", { name: title }).click();
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(page.getByText("Week 3").first()).toBeVisible();
    await expect(page.getByText(/12,50/).first()).toBeVisible();
  } finally {
    await staff.close();
    await sessions.close();
  }
});
