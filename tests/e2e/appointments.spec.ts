// Appointments end to end: a resident books online and moves the appointment through the link in
// the confirmation mail (with its .ics), the call centre books for a caller, and a walk-in queue
// ticket is called and shows up on the call screen and the resident's phone. Axe on every page.
// Writes as Lies Vandenberghe (resident), Pieter Maes (callcenter) and Sofie Vermeulen (onthaal).
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { firstLink, waitForMessage, type MailboxMessage } from "./support/mailbox";
import { signIn } from "./support/sign-in";
import { pdfPages } from "@/tests/support/pdf-text";
import { uniqueName, waitForHydration } from "./support/util";

type WithAttachments = MailboxMessage & { attachments?: { filename: string; content: string }[] };

const icsOf = (mail: MailboxMessage) => {
  const ics = (mail as WithAttachments).attachments?.find((a) => a.filename.endsWith(".ics"));
  if (!ics) throw new Error("Geen .ics in de e-mail");
  return ics.content;
};

test("a resident books, gets the .ics and the personal link, and moves the appointment", async ({ page }) => {
  // Two sessions, two mails and an axe check on every page: more than the default 30 seconds.
  test.slow();
  const email = "lies.vdberghe@example.be";
  await signIn(page, email, "/afspraken");
  const since = new Date(Date.now() - 1000);
  await page.goto("/afspraken");
  await expect(page.getByRole("heading", { level: 1, name: "Afspraak maken" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Rijbewijs aanvragen of vernieuwen" }).click();
  await expect(page.getByText(/Breng mee:/)).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Gemeentehuis Ruiselede" }).click();

  // The second day with free slots, so the lead time cannot take the chosen slot away meanwhile.
  const days = page.getByRole("navigation", { name: "Dagen met vrije momenten" }).getByRole("link");
  if ((await days.count()) < 2) await page.getByRole("link", { name: "Volgende week" }).click();
  await days.nth(1).click();
  await expect(days.nth(1)).toHaveAttribute("aria-current", "date");
  await expectNoAxeViolations(page);
  const times = page.getByRole("navigation", { name: /^Vrije momenten op/ }).getByRole("link");
  const chosen = (await times.nth(2).innerText()).trim();
  await times.nth(2).click();

  // A short check before confirming: the chosen moment, not the day's list again.
  await waitForHydration(page, "form[aria-label='Afspraak bevestigen']");
  const form = page.getByRole("form", { name: "Afspraak bevestigen" });
  // The picker's page stays hidden in the document after the client-side navigation (Cache
  // Components keeps it for going back): only the visible confirmation is this page's.
  await expect(page.getByText(new RegExp(`om ${chosen} tot`)).filter({ visible: true })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Dagen met vrije momenten" })).toHaveCount(0);
  await expect(form.getByLabel("Naam")).toHaveValue("Lies Vandenberghe");
  // Confirming without a name is refused next to the field.
  await form.getByLabel("Naam").fill("");
  await form.getByRole("button", { name: "Afspraak bevestigen" }).click();
  await expect(form.getByLabel("Naam")).toHaveAccessibleDescription("Vul je naam in.");
  await expectNoAxeViolations(page);
  await form.getByLabel("Naam").fill("Lies Vandenberghe");
  await form.getByRole("button", { name: "Afspraak bevestigen" }).click();

  await expect(page.getByText("Je afspraak is geboekt.")).toBeVisible();
  await expect(page.getByText(new RegExp(`om ${chosen} tot`)).filter({ visible: true })).toBeVisible();
  await expectNoAxeViolations(page);

  const mail = await waitForMessage(email, /^Afspraak bevestigd: Rijbewijs/, since);
  const ics = icsOf(mail);
  expect(ics).toContain("BEGIN:VCALENDAR");
  expect(ics).toContain("SUMMARY:Afspraak: Rijbewijs aanvragen of vernieuwen");
  expect(ics).toContain("SEQUENCE:0");
  const link = firstLink(mail.text.slice(mail.text.indexOf("persoonlijke link")));
  expect(link).toMatch(/\/afspraak\/[A-Za-z0-9_-]{32}$/);

  // Through the link, without the session: move to another time.
  const anonymous = await page.context().browser()!.newContext();
  try {
    const guest = await anonymous.newPage();
    await guest.goto(link);
    await expect(guest.getByRole("heading", { level: 1, name: /Rijbewijs/ })).toBeVisible();
    const other = guest
      .getByRole("navigation", { name: /^Vrije momenten op/ })
      .getByRole("link")
      .last();
    const newTime = (await other.innerText()).trim();
    await other.click();
    await waitForHydration(guest, "form[aria-label='Afspraak verplaatsen']");
    const move = guest.getByRole("form", { name: "Afspraak verplaatsen" });
    const movedSince = new Date(Date.now() - 1000);
    await move.getByRole("button", { name: "Naar dit tijdstip verplaatsen" }).click();
    await expect(guest.getByText("Je afspraak is verplaatst.")).toBeVisible();
    await expect(guest.getByText(new RegExp(`om ${newTime} tot`))).toBeVisible();
    await expectNoAxeViolations(guest);
    const moved = await waitForMessage(email, /^Afspraak verplaatst/, movedSince);
    expect(icsOf(moved)).toContain("SEQUENCE:1");

    // A tampered link says so in Dutch and shows nothing of the appointment.
    await guest.goto(`${link.slice(0, -2)}xx`);
    await expect(guest.getByRole("heading", { level: 1, name: "Deze link werkt niet" })).toBeVisible();
    await expectNoAxeViolations(guest);
  } finally {
    await anonymous.close();
  }

  // From Mijn afspraken: move again; a new link is mailed and the first one stops working.
  await page.goto("/mijn/afspraken");
  await expect(page.getByRole("cell", { name: /Rijbewijs aanvragen of vernieuwen/ }).first()).toBeVisible();
  await expectNoAxeViolations(page);
  const mine = page.getByRole("row").filter({ hasText: "Rijbewijs aanvragen of vernieuwen" });
  await mine
    .getByRole("link", { name: /verplaatsen$/ })
    .first()
    .click();
  await expect(
    page.getByRole("heading", { level: 1, name: /Afspraak verplaatsen: Rijbewijs/ }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("region", { name: "Eerste vrije momenten" }).getByRole("link").first().click();
  await waitForHydration(page, "form[aria-label='Afspraak verplaatsen']");
  const moveMine = page.getByRole("form", { name: "Afspraak verplaatsen" });
  const mineSince = new Date(Date.now() - 1000);
  await moveMine.getByRole("button", { name: "Naar dit tijdstip verplaatsen" }).click();
  await expect(page.getByText(/Je afspraak is verplaatst\. Je krijgt een bevestiging/)).toBeVisible();
  const rotated = await waitForMessage(email, /^Afspraak verplaatst/, mineSince);
  expect(icsOf(rotated)).toContain("SEQUENCE:2");
  const newLink = firstLink(rotated.text.slice(rotated.text.indexOf("persoonlijke link")));
  expect(newLink).not.toBe(link);
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1, name: "Deze link werkt niet meer" })).toBeVisible();
  await expect(page.getByText(/kreeg een nieuwe persoonlijke link per e-mail/)).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto(newLink);
  await expect(page.getByRole("heading", { level: 1, name: /Rijbewijs/ })).toBeVisible();
});

test("the call centre books for a caller, who gets the confirmation by e-mail", async ({ page }) => {
  test.slow();
  const caller = uniqueName("Beller ");
  const email = `beller-${Date.now()}@example.be`;
  await signIn(page, "callcenter@wingene.be", "/beheer/onthaal");
  await expect(page.getByRole("heading", { level: 1, name: "Onthaal en afspraken" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Afspraak boeken" }).click();
  await page.getByLabel("Dienst").selectOption({ label: "Reispas aanvragen" });
  await page
    .getByRole("form", { name: "Vrije momenten zoeken" })
    .getByLabel("Gemeentehuis")
    .selectOption({ label: "Gemeentehuis Wingene" });
  await page.getByRole("button", { name: "Toon vrije momenten" }).click();
  await expectNoAxeViolations(page);
  await page
    .getByRole("navigation", { name: /^Vrije momenten op/ })
    .getByRole("link")
    .last()
    .click();
  const form = page.getByRole("form", { name: "Afspraak boeken voor de inwoner" });
  await form.getByLabel("Naam").fill(caller);
  await form.getByLabel("Telefoonnummer").fill("050 12 34 56");
  await form.getByLabel(/E-mailadres/).fill(email);
  const since = new Date(Date.now() - 1000);
  await form.getByRole("button", { name: "Afspraak boeken" }).click();

  await expect(page.getByText("De afspraak is geboekt.")).toBeVisible();
  // The paper confirmation prints what, when and for whom.
  const paper = await page.request.get(
    (await page.getByRole("link", { name: "Bevestiging afdrukken (pdf)" }).getAttribute("href"))!,
  );
  expect(paper.headers()["content-type"]).toBe("application/pdf");
  const [paperText] = await pdfPages(await paper.body());
  expect(paperText).toContain("Bevestiging afspraak: Reispas aanvragen");
  expect(paperText).toContain(caller);
  const row = page.getByRole("row").filter({ hasText: caller });
  await expect(row).toContainText("Reispas aanvragen");
  await expect(row).toContainText("Geboekt");
  await expectNoAxeViolations(page);
  const mail = await waitForMessage(email, /^Afspraak bevestigd: Reispas/, since);
  expect(icsOf(mail)).toContain("BEGIN:VEVENT");

  const firstMailLink = firstLink(mail.text.slice(mail.text.indexOf("persoonlijke link")));

  // The week overview shows the caller under the desk; its day header leads to the day view.
  await page.getByRole("link", { name: "Weekoverzicht" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Weekoverzicht afspraken" })).toBeVisible();
  const week = page.getByRole("table", { name: /Afspraken Gemeentehuis Wingene, alle balies/ });
  await expect(week.getByRole("link", { name: new RegExp(caller) })).toBeVisible();
  await expectNoAxeViolations(page);
  const deskName = (
    await week.getByRole("row").filter({ hasText: caller }).getByRole("rowheader").innerText()
  ).trim();
  await page
    .getByRole("form", { name: "Balie kiezen" })
    .getByLabel("Balie")
    .selectOption({ label: deskName });
  await page.getByRole("button", { name: "Toon" }).click();
  const narrowed = page.getByRole("table", {
    name: new RegExp(`Afspraken Gemeentehuis Wingene, ${deskName}`),
  });
  await expect(narrowed.getByRole("rowheader")).toHaveText([deskName]);
  await expect(narrowed.getByRole("link", { name: new RegExp(caller) })).toBeVisible();
  await expectNoAxeViolations(page);
  const dayCell = narrowed.getByRole("cell").filter({ hasText: caller });
  const columnIndex = await dayCell.evaluate((td) => (td as HTMLTableCellElement).cellIndex);
  await narrowed.getByRole("columnheader").nth(columnIndex).getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1, name: "Onthaal en afspraken" })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: caller })).toBeVisible();

  await page.getByRole("row").filter({ hasText: caller }).getByRole("link", { name: caller }).click();
  await expect(page.locator("dd", { hasText: "Pieter Maes" })).toBeVisible();
  await expectNoAxeViolations(page);

  // Staff move it: the caller gets a new link with the new .ics; the first link stops working.
  await page.getByRole("region", { name: "Eerste vrije momenten" }).getByRole("link").first().click();
  await waitForHydration(page, "form[aria-label='Afspraak verplaatsen']");
  const staffMove = page.getByRole("form", { name: "Afspraak verplaatsen" });
  const movedSince = new Date(Date.now() - 1000);
  await staffMove.getByRole("button", { name: "Verplaatsen" }).click();
  await expect(page.getByText(/nieuwe persoonlijke link; de oude link werkt niet meer/)).toBeVisible();
  const moved = await waitForMessage(email, /^Afspraak verplaatst: Reispas/, movedSince);
  expect(icsOf(moved)).toContain("SEQUENCE:1");
  const newLink = firstLink(moved.text.slice(moved.text.indexOf("persoonlijke link")));
  expect(newLink).not.toBe(firstMailLink);
  const anonymous = await page.context().browser()!.newContext();
  try {
    const guest = await anonymous.newPage();
    await guest.goto(firstMailLink);
    await expect(guest.getByRole("heading", { level: 1, name: "Deze link werkt niet meer" })).toBeVisible();
    await guest.goto(newLink);
    await expect(guest.getByRole("heading", { level: 1, name: /Reispas/ })).toBeVisible();
  } finally {
    await anonymous.close();
  }

  // The screens that manage services and desk staffing (read only here).
  await page.goto("/beheer/onthaal/diensten");
  await expect(page.getByRole("form", { name: "Instellingen Reispas aanvragen" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto("/beheer/onthaal/balies");
  await expect(page.getByRole("heading", { level: 3, name: "Themabalie Omgeving" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("a queue ticket taken at the entrance is called and appears on the call screen and the phone", async ({
  page,
  browser,
}) => {
  test.slow();
  const visitor = await browser.newContext({ viewport: { width: 390, height: 800 } });
  const hall = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    const phone = await visitor.newPage();
    await phone.goto("/wachtrij/gemeentehuis-ruiselede");
    await expectNoAxeViolations(phone);
    await phone.getByRole("radio", { name: "Een andere vraag" }).check();
    await phone.getByRole("button", { name: "Neem een volgnummer" }).click();
    const code = (await phone.getByTestId("ticket-code").innerText()).trim();
    expect(code).toMatch(/^D\d{3}$/);
    await expectNoAxeViolations(phone);

    const screen = await hall.newPage();
    await screen.goto("/wachtrij/gemeentehuis-ruiselede/scherm");
    await expect(screen.getByRole("heading", { name: "Gemeentehuis Ruiselede: aan de beurt" })).toBeVisible();
    await expectNoAxeViolations(screen);

    await signIn(page, "onthaal@wingene.be", "/beheer/onthaal/wachtrij");
    await page
      .getByRole("navigation", { name: "Gemeentehuis" })
      .getByRole("link", { name: "Gemeentehuis Ruiselede" })
      .click();
    await expect(page.getByRole("list", { name: "Wachtenden en opgeroepen nummers" })).toContainText(code);
    await expectNoAxeViolations(page);

    // The poster for the entrance carries a QR code that really leads to the page the visitor used.
    const poster = await page.context().newPage();
    await poster.goto(
      (await page.getByRole("link", { name: "Affiche met QR-code afdrukken" }).getAttribute("href"))!,
    );
    await expect(poster.getByRole("heading", { name: "Neem hier een volgnummer" })).toBeVisible();
    await expectNoAxeViolations(poster);
    // The CSP allows scripts from the portal only: the decoder is served as one of its addresses.
    await poster.route("**/__test__/jsqr.js", (route) =>
      route.fulfill({ path: "node_modules/jsqr/dist/jsQR.js", contentType: "text/javascript" }),
    );
    await poster.addScriptTag({ url: "/__test__/jsqr.js" });
    const decoded = await poster.evaluate(async () => {
      const svg = document.querySelector("[role=img] svg")!.outerHTML;
      const image = new Image();
      image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
      await image.decode();
      const canvas = Object.assign(document.createElement("canvas"), { width: 400, height: 400 });
      const context = canvas.getContext("2d")!;
      context.fillStyle = "#fff";
      context.fillRect(0, 0, 400, 400);
      context.drawImage(image, 0, 0, 400, 400);
      const { data } = context.getImageData(0, 0, 400, 400);
      const jsQR = (
        window as unknown as { jsQR: (d: Uint8ClampedArray, w: number, h: number) => { data: string } | null }
      ).jsQR;
      return jsQR(data, 400, 400)?.data ?? null;
    });
    expect(decoded).toMatch(/\/wachtrij\/gemeentehuis-ruiselede$/);
    await poster.close();
    const call = page.getByRole("form", { name: "Volgende oproepen" });
    await waitForHydration(page, "form[aria-label='Volgende oproepen']");
    await call.getByLabel("Mijn balie").selectOption({ label: "Themabalie Burgerzaken" });
    await call.getByLabel("Enkel voor").selectOption({ label: "D: Een andere vraag" });
    await call.getByRole("button", { name: "Roep volgende" }).click();
    await expect(call.getByText(`Opgeroepen: ${code}`)).toBeVisible();

    // Both update live, without a reload.
    await expect(screen.getByTestId("latest-code")).toHaveText(code, { timeout: 10_000 });
    await expect(screen.getByText("naar Themabalie Burgerzaken")).toBeVisible();
    await expect(phone.getByText("Je bent aan de beurt: ga naar Themabalie Burgerzaken.")).toBeVisible({
      timeout: 15_000,
    });
    await expectNoAxeViolations(screen);

    // The desk calls the same ticket again, then marks it as not shown: it leaves the call screen.
    await page.reload();
    const recall = page.getByRole("button", { name: `${code} terugroepen` });
    await expect(recall).toBeVisible();
    await expectNoAxeViolations(page);
    // "Mijn balie" stays the desk chosen before, also after a reload.
    await expect(call.getByLabel("Mijn balie").locator("option:checked")).toHaveText(
      "Themabalie Burgerzaken",
    );
    await waitForHydration(page, "form[aria-label='Volgende oproepen']");
    await recall.click();
    await page.getByRole("button", { name: `${code} niet komen opdagen` }).click();
    await expect(page.getByRole("button", { name: `${code} terugroepen` })).toHaveCount(0);
    await expect(screen.getByText(code)).toHaveCount(0, { timeout: 10_000 });

    // The next call goes to the same desk without choosing it again; "Afgehandeld" frees the desk.
    const issue = page.getByRole("form", { name: "Volgnummer nemen" });
    await issue.getByRole("radio", { name: "Een andere vraag" }).check();
    await issue.getByRole("button", { name: "Volgnummer geven" }).click();
    const next = (await issue.locator("strong.font-mono").innerText()).trim();
    await call.getByLabel("Enkel voor").selectOption({ label: "D: Een andere vraag" });
    await call.getByRole("button", { name: "Roep volgende" }).click();
    await expect(call.getByText(`Opgeroepen: ${next}`)).toBeVisible();
    await expect(screen.getByText("naar Themabalie Burgerzaken")).toBeVisible({ timeout: 10_000 });
    await expect(screen.getByTestId("latest-code")).toHaveText(next, { timeout: 10_000 });
    await expect(call.getByLabel("Mijn balie").locator("option:checked")).toHaveText(
      "Themabalie Burgerzaken",
    );
    await page.getByRole("button", { name: `${next} afgehandeld` }).click();
    await expect(page.getByRole("button", { name: `${next} terugroepen` })).toHaveCount(0);
  } finally {
    await visitor.close();
    await hall.close();
  }
});

test("an unknown queue ticket link says so in Dutch", async ({ page }) => {
  await page.goto("/wachtrij/ticket/onbestaand-nummer-12345678");
  await expect(page.getByRole("heading", { level: 1, name: "Dit volgnummer kennen we niet" })).toBeVisible();
  await expectNoAxeViolations(page);
});
