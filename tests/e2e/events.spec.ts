// The event notification end to end in Chromium, on a 375 px phone: an association officer files
// a fuif with amplified music and a tent (a refused step keeps its values; the risk category and
// the late warning show as soon as they are known; axe and no sideways scroll on every step),
// staff of the team Evenementen ask the fire service's advice, the fire service's advisor sees only
// the parts asked (and downloads the site plan of the "bijlagen" page asked) and answers, staff
// approve with conditions, and the permit PDF arrives by mail and in Mijn Wingene, its text read
// back; another resident gets 404 for it.
import { expect, type Page, test } from "@playwright/test";
import { pdfPages } from "../support/pdf-text";
import { expectNoAxeViolations } from "./support/axe";
import { waitForMessage } from "./support/mailbox";
import { signIn } from "./support/sign-in";

const ORGANISER = "jasper.lannoo@example.be";
const STAFF = "evenementen@wingene.be";
const FIRE = "preventie@brandweerzonemidwest.be";

const pdf = (name: string) => ({
  name,
  mimeType: "application/pdf",
  buffer: Buffer.from(`%PDF-1.7\n% ${name}\n`),
});
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
const save = (page: Page) => page.getByRole("button", { name: "Opslaan en verder" }).click();
const yesNo = (page: Page, question: string, answer: "Ja" | "Nee") =>
  page.getByRole("group", { name: question }).getByLabel(answer, { exact: true }).check();

async function step(page: Page, heading: string) {
  await expect(page.getByRole("heading", { level: 2, name: heading })).toBeVisible();
  await expectNoAxeViolations(page);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `${page.url()} is ${width}px breed`).toBeLessThanOrEqual(375);
}

async function fileFuif(page: Page): Promise<{ number: string; caseUrl: string }> {
  const start = inDays(20);
  await page.setViewportSize({ width: 375, height: 800 });
  await signIn(page, ORGANISER);
  await page.goto("/loket/evenement-melden");
  await page.getByRole("link", { name: "Aanvraag starten" }).click();

  await step(page, "Organisator");
  await expect(page.getByText(/Stap 1 van 15/)).toBeVisible();
  // Last year's fuif of the association can be copied (everything but the dates).
  await expect(page.getByText(/Kopieer Kluisfuif/)).toBeVisible();
  await page.getByLabel("Jeugdhuis De Kluis").check();
  await save(page);

  await step(page, "Het evenement");
  await page.getByLabel("Naam van het evenement").fill("Zomerfuif De Kluis");
  await page.getByLabel("Soort evenement").selectOption({ label: "Fuif of party" });
  await page
    .getByLabel("Korte beschrijving")
    .fill("Openluchtfuif met twee dj's op de parking van de sporthal.");
  await page.getByLabel("Eerste dag").fill(start);
  await page.getByLabel("Laatste dag").fill(inDays(19));
  await page.getByLabel("Uren").fill("van 21 tot 3 uur");
  await page.getByLabel("Opbouw vanaf").fill(start);
  await page.getByLabel("Afbraak klaar op").fill(inDays(21));
  await save(page);
  // Refused: the message on the field, every value kept.
  await expect(page.getByText('"Laatste dag" kan niet vóór "Eerste dag" liggen.').first()).toBeVisible();
  await expect(page.getByLabel("Naam van het evenement")).toHaveValue("Zomerfuif De Kluis");
  await page.getByLabel("Laatste dag").fill(start);
  await save(page);

  await step(page, "Locatie");
  await page.getByLabel("Op het openbaar domein (straat, plein, weide)").check();
  await page.getByLabel("Straten of plein").fill("Parking sporthal, Oude Bruggestraat");
  await save(page);

  await step(page, "Publiek");
  // Known as soon as type and place are: an open-air fuif is a large event, 60 days ahead: late.
  await expect(page.getByText("Groot evenement").first()).toBeVisible();
  await expect(
    page.getByText(/Je dient dit laat in: de gemeente vraagt dit 60 dagen vooraf/).first(),
  ).toBeVisible();
  await page.getByLabel("Verwacht aantal bezoekers tegelijk").fill("350");
  await page.getByLabel("Iedereen (publiek evenement)").check();
  await yesNo(page, "Vraag je inkom?", "Ja");
  await save(page);

  await step(page, "Muziek en geluid");
  await yesNo(page, "Is er muziek?", "Ja");
  await yesNo(page, "Is de muziek versterkt (boxen, dj, band)?", "Ja");
  await page.getByLabel(/Categorie 2: tot 95 dB\(A\)/).check();
  await page.getByLabel("Muziek tot").fill("03:00");
  await save(page);

  await step(page, "Drank en eten");
  await yesNo(page, "Schenk je drank?", "Ja");
  await yesNo(page, "Schenk je sterke drank (meer dan 1,2 % gedistilleerd)?", "Nee");
  await yesNo(page, "Zijn er eetstanden of foodtrucks?", "Nee");
  await save(page);

  await step(page, "Tenten en constructies");
  await page.getByLabel("Tent of feesttent").check();
  await page.getByLabel("Afmetingen van de tent").fill("10 op 20 meter");
  await yesNo(page, "Heeft de tent een geldig keuringsattest?", "Ja");
  await save(page);

  await step(page, "Mobiliteit");
  await yesNo(page, "Moet er een straat worden afgesloten?", "Nee");
  await yesNo(page, "Is er een parkeerverbod nodig?", "Nee");
  await save(page);

  await step(page, "Veiligheid");
  await yesNo(page, "Is er een EHBO-post?", "Ja");
  await page.getByLabel("Aantal stewards of nadarbewakers").fill("6");
  await page.getByLabel("Aantal brandblussers").fill("3");
  await save(page);

  await step(page, "Afval en sanitair");
  await page.getByLabel("Hoe ruim je het afval op?").fill("Eigen ploeg, glas en PMD apart.");
  await page.getByLabel("Aantal toiletten").fill("4");
  await save(page);

  await step(page, "Materiaal van de gemeente");
  await page.getByLabel("Gewenst materiaal").fill("30 nadarhekken");
  await save(page);

  await step(page, "Publiciteit");
  await page.getByLabel("Affiches").check();
  await save(page);

  await step(page, "Bijlagen");
  await page.getByLabel("Inplantingsplan").setInputFiles(pdf("inplantingsplan.pdf"));
  await page.getByLabel(/Verzekeringsattest/).setInputFiles(pdf("verzekering.pdf"));
  await save(page);

  await step(page, "Toestemming");
  await page.getByLabel(/Ik verklaar dat deze gegevens juist zijn/).check();
  await save(page);

  await step(page, "Controleer je antwoorden");
  await expect(page.getByText("Zomerfuif De Kluis", { exact: true })).toBeVisible();
  await expect(page.getByText(/14 van 14 klaar/)).toBeVisible();
  await page.getByRole("button", { name: "Aanvraag versturen" }).click();
  await expect(
    page.getByText(/We ontvingen je aanvraag\. Je referentienummer is EL-\d{4}-\d{6}/),
  ).toBeVisible();
  const intro = await page.getByText(/^Referentie EL-/).textContent();
  return { number: /EL-\d{4}-\d{6}/.exec(intro ?? "")![0], caseUrl: page.url().split("?")[0]! };
}

test("een vereniging meldt een fuif; brandweer adviseert; het college keurt goed met voorwaarden", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const { number, caseUrl } = await fileFuif(page);

  const staff = await (await browser.newContext()).newPage();
  await signIn(staff, STAFF);
  await staff.goto("/beheer/aanvragen?team=evenementen");
  await staff.getByRole("link", { name: number }).filter({ visible: true }).click();
  await expect(staff.getByRole("heading", { level: 1 })).toContainText(number);
  await expect(staff.getByText("Groot evenement").first()).toBeVisible();
  await expectNoAxeViolations(staff);
  await staff.getByLabel("Adviesdienst").selectOption({ label: "Brandweerzone Midwest" });
  await staff.getByLabel("Muziek en geluid").check();
  await staff.getByLabel("Tenten en constructies").check();
  await staff.getByLabel("Bijlagen", { exact: true }).check();
  await staff.getByLabel("Vraag aan de adviseur").fill("Is de tent met 350 bezoekers veilig opgesteld?");
  await staff.getByRole("button", { name: "Advies vragen" }).click();
  await expect(staff.getByText("Status: In advies").first()).toBeVisible();

  const fire = await (await browser.newContext()).newPage();
  await fire.setViewportSize({ width: 375, height: 800 });
  await signIn(fire, FIRE);
  await fire.goto("/mijn/advies");
  await fire.getByRole("link", { name: number }).filter({ visible: true }).click();
  await expect(fire.getByText("10 op 20 meter")).toBeVisible();
  // Only the parts asked: not the event's name, not the organiser.
  await expect(fire.getByText("Zomerfuif De Kluis")).toHaveCount(0);
  await expect(fire.getByText("Jeugdhuis De Kluis")).toHaveCount(0);
  // The site plan of the "bijlagen" page asked, through the same download route as staff use.
  const sitePlan = fire.getByRole("link", { name: "Bijlage: inplantingsplan.pdf" });
  const planFile = await fire.request.get((await sitePlan.getAttribute("href"))!);
  expect([planFile.status(), planFile.headers()["content-type"]]).toEqual([200, "application/pdf"]);
  expect((await planFile.body()).subarray(0, 5).toString()).toBe("%PDF-");
  await expectNoAxeViolations(fire);
  await fire.getByLabel("Gunstig onder voorwaarden").check();
  await fire
    .getByLabel("Toelichting en voorwaarden")
    .fill("Twee nooduitgangen van 1,8 m breed, vrij te houden.");
  await fire.getByRole("button", { name: "Advies versturen" }).click();
  // Given once: the form makes way for the advice as given.
  await expect(fire.getByText(/^Gunstig onder voorwaarden \(/)).toBeVisible();
  await expect(fire.getByRole("button", { name: "Advies versturen" })).toHaveCount(0);

  await staff.reload();
  await expect(staff.getByText(/Brandweerzone Midwest: Gunstig onder voorwaarden/)).toBeVisible();
  const since = new Date(Date.now() - 1000);
  await staff.getByLabel("Goedgekeurd met voorwaarden").check();
  await staff
    .getByLabel("Voorwaarden of reden")
    .fill("Muziek stil om 3 uur.\nTwee nooduitgangen van 1,8 m breed, vrij te houden.");
  await staff.getByRole("button", { name: "Beslissing bewaren" }).click();
  await expect(staff.getByText("Status: Goedgekeurd met voorwaarden").first()).toBeVisible();

  // The permit arrives as a PDF attachment; its text is read back.
  const mail = await waitForMessage(ORGANISER, new RegExp(`Beslissing over je evenement ${number}`), since);
  const [attachment] = (mail as unknown as { attachments: { filename: string; content: string }[] })
    .attachments;
  expect(attachment!.filename).toBe(`toelating-${number}.pdf`);
  const text = (await pdfPages(Buffer.from(attachment!.content, "base64"))).join(" ");
  expect(text).toContain("Zomerfuif De Kluis");
  expect(text).toContain("Jeugdhuis De Kluis");
  expect(text).toContain("Muziek stil om 3 uur.");

  // And in Mijn Wingene, for the organiser only.
  await page.goto(caseUrl);
  await expect(page.getByText("Goedgekeurd met voorwaarden").first()).toBeVisible();
  const href = await page.getByRole("link", { name: "Download de vergunning (pdf)" }).getAttribute("href");
  const download = await page.request.get(href!);
  expect(download.headers()["content-type"]).toBe("application/pdf");
  expect((await pdfPages(await download.body())).join(" ")).toContain("Twee nooduitgangen");
  const other = await (await browser.newContext()).newPage();
  await signIn(other, "marie.claeys@example.be");
  expect((await other.request.get(href!)).status()).toBe(404);
});
