// No page scrolls sideways on a 320 px or a 375 px phone (the accessibility statement promises 320):
// every public page, Mijn Wingene of a resident (with the report the demo data gives her), and the
// main back-office pages as the administrator, details followed from their lists where the demo data
// has one (bookings, loans and applications only exist after a test made them). Each test visits its
// whole list and names every page that is too wide, with the element that sticks out furthest, so
// one run shows all that needs fixing.
import { type Browser, expect, type Page, test } from "@playwright/test";
import { SessionFactory } from "./support/sessions";

// Dozens of pages per test, each rendered per request on a shared machine.
test.setTimeout(300_000);

/** A path, or a list page plus the patterns of the links to follow from it, one page after another. */
type Visit = string | { from: string; link: RegExp; then?: RegExp };

const publicPages: Visit[] = [
  "/",
  "/diensten",
  "/diensten/afspraak",
  "/openingsuren",
  "/contact",
  "/toegankelijkheid",
  "/privacy",
  "/afspraken",
  { from: "/afspraken", link: /^\/afspraken\/[^/?#]+$/ },
  "/zalen",
  "/zalen/feestzaal-de-meersen",
  "/zalen/vergaderzaal-de-linde?datum=2027-03-15",
  "/tickets",
  "/tickets/de-zingende-zagers",
  "/tickets/comedy-in-ruiselede",
  "/uitlenen",
  "/uitlenen/nadarhekken",
  "/activiteiten",
  "/activiteiten/speelpleinwerking-sjakosj-zomer-2027",
  "/loket",
  "/loket/premie-regenwaterput",
  "/loket/evenement-melden",
  "/melden",
  "/melden/stap?soort=MELDING",
  "/wachtrij/gemeentehuis-ruiselede",
  "/aanmelden",
  "/aanmelden/controleer-je-mail",
  "/deze-pagina-bestaat-echt-niet",
];

const residentPages: Visit[] = [
  "/mijn",
  "/mijn/profiel",
  "/mijn/gezin",
  "/mijn/verenigingen",
  "/mijn/privacy",
  "/mijn/afspraken",
  "/mijn/meldingen",
  { from: "/mijn/meldingen", link: /^\/mijn\/meldingen\/[^/?#]+$/ },
  "/mijn/zalen",
  "/mijn/uitleningen",
  "/mijn/aanvragen",
  "/mijn/activiteiten",
  "/mijn/activiteiten/mandje",
  "/mijn/organisator",
  { from: "/mijn/organisator", link: /^\/mijn\/organisator\/[^/?#]+$/ },
];

const staffPages: Visit[] = [
  "/beheer",
  "/beheer/meldpunt",
  { from: "/beheer/meldpunt", link: /^\/beheer\/meldpunt\/[a-z0-9]{20,}$/ },
  "/beheer/meldpunt/categorieen",
  "/beheer/meldpunt/nieuw",
  "/beheer/onthaal",
  "/beheer/onthaal/wachtrij",
  "/beheer/onthaal/week",
  "/beheer/onthaal/boeken",
  "/beheer/onthaal/balies",
  "/beheer/onthaal/diensten",
  "/beheer/openingsuren",
  "/beheer/huisstijl",
  "/beheer/facturen",
  "/beheer/facturen/instellingen",
  "/beheer/inwoners?q=Peeters",
  { from: "/beheer/inwoners?q=Peeters", link: /^\/beheer\/inwoners\/[^/?#]+$/ },
  "/beheer/audit",
  "/beheer/medewerkers",
  { from: "/beheer/medewerkers", link: /^\/beheer\/medewerkers\/[^/?#]+$/ },
  "/beheer/zalen",
  "/beheer/zalen/balie",
  "/beheer/zalen/dagdelen",
  "/beheer/zalen/zaal/feestzaal-de-meersen",
  "/beheer/zalen/instellingen/feestzaal-de-meersen",
  "/beheer/zalen/zaal/nieuw",
  "/beheer/uitleendienst",
  "/beheer/uitleendienst/materiaal",
  { from: "/beheer/uitleendienst/materiaal", link: /^\/beheer\/uitleendienst\/materiaal\/[^/?#]+$/ },
  "/beheer/uitleendienst/balie?q=Peeters",
  "/beheer/uitleendienst/uren",
  "/beheer/uitleendienst/instellingen",
  "/beheer/aanvragen",
  "/beheer/formulieren",
  { from: "/beheer/formulieren", link: /^\/beheer\/formulieren\/[^/?#]+$/ },
  {
    from: "/beheer/formulieren",
    link: /^\/beheer\/formulieren\/[^/?#]+$/,
    then: /^\/beheer\/formulieren\/[^/?#]+\/veld\/[^/?#]+$/,
  },
  {
    from: "/beheer/formulieren",
    link: /^\/beheer\/formulieren\/[^/?#]+$/,
    then: /^\/beheer\/formulieren\/[^/?#]+\/voorbeeld\/[^/?#]+$/,
  },
  "/beheer/vrije-tijd",
  { from: "/beheer/vrije-tijd", link: /^\/beheer\/vrije-tijd\/(?!activiteiten|nieuw)[^/?#]+$/ },
  {
    from: "/beheer/vrije-tijd",
    link: /^\/beheer\/vrije-tijd\/(?!activiteiten|nieuw)[^/?#]+$/,
    then: /^\/beheer\/vrije-tijd\/[^/?#]+\/bewerken$/,
  },
  "/beheer/vrije-tijd/nieuw",
  "/beheer/vrije-tijd/activiteiten",
  "/beheer/vrije-tijd/activiteiten/balie?q=Peeters",
  "/beheer/scannen",
];

/** Managing activities: a test of its own, so the main staff sweep keeps its time budget. */
const activityAdminPages: Visit[] = [
  "/beheer/vrije-tijd/activiteiten/nieuw",
  "/beheer/vrije-tijd/activiteiten/momenten",
  "/beheer/vrije-tijd/activiteiten/momenten/opening-zomer-2027",
  "/beheer/vrije-tijd/activiteiten/fiscaal-maximum",
  "/beheer/vrije-tijd/activiteiten/kansentarief",
  {
    from: "/beheer/vrije-tijd/activiteiten",
    link: /^\/beheer\/vrije-tijd\/activiteiten\/bewerken\/[^/?#]+$/,
    then: /^\/beheer\/vrije-tijd\/activiteiten\/bewerken\/[^/?#]+\/periodes\/(?!nieuw)[^/?#]+$/,
  },
];
/** The widest element's description, so a failure says where to look. */
async function widestElement(page: Page, width: number): Promise<string> {
  return page.evaluate((width) => {
    let worst: { right: number; name: string } | null = null;
    for (const el of Array.from(document.body.querySelectorAll("*"))) {
      const right = el.getBoundingClientRect().right;
      if (right > width && (!worst || right > worst.right)) {
        const cls = typeof el.className === "string" ? el.className.split(" ").slice(0, 3).join(".") : "";
        const text = (el.textContent ?? "").trim().slice(0, 30);
        worst = { right, name: `<${el.tagName.toLowerCase()} ${cls}> "${text}" tot ${Math.round(right)}px` };
      }
    }
    return worst?.name ?? "?";
  }, width);
}

/** The address reached by following, from `from`, the first link in main matching each pattern. */
async function followLinks(page: Page, from: string, links: RegExp[]): Promise<string | { missing: string }> {
  let at = from;
  for (const link of links) {
    await page.goto(at);
    const hrefs = await page
      .locator("main a[href]")
      .evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    const found = hrefs.find((h): h is string => !!h && link.test(h));
    if (!found) return { missing: `${at}: geen link naar ${link}` };
    at = found;
  }
  return at;
}

async function tooWide(page: Page, visits: Visit[], width: number): Promise<string[]> {
  const failures: string[] = [];
  for (const visit of visits) {
    let path: string;
    if (typeof visit === "string") path = visit;
    else {
      const found = await followLinks(page, visit.from, visit.then ? [visit.link, visit.then] : [visit.link]);
      if (typeof found !== "string") {
        failures.push(found.missing);
        continue;
      }
      path = found;
    }
    const response = await page.goto(path);
    expect(response?.status(), path).toBeLessThan(500);
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    if (scrollWidth > width) failures.push(`${path}: ${scrollWidth}px, ${await widestElement(page, width)}`);
  }
  return failures;
}

async function signedInPage(browser: Browser, email: string, width: number) {
  const sessions = new SessionFactory();
  await sessions.connect();
  const session = await sessions.open(await sessions.userIdOf(email));
  const context = await browser.newContext({ viewport: { width, height: 640 }, isMobile: true });
  const [name, value] = session.cookie.split("=") as [string, string];
  const { hostname } = new URL(test.info().project.use.baseURL!);
  await context.addCookies([{ name, value, domain: hostname, path: "/" }]);
  return { page: await context.newPage(), done: () => Promise.all([context.close(), sessions.close()]) };
}

for (const width of [320, 375]) {
  test.describe(`${width} px breed`, () => {
    test.use({ viewport: { width, height: 640 }, isMobile: true, hasTouch: true });

    test(`elke publieke pagina past op ${width} px zonder zijwaarts scrollen`, async ({ page }) => {
      expect(await tooWide(page, publicPages, width), "te brede pagina's").toEqual([]);
    });

    test(`Mijn Wingene van een inwoner past op ${width} px zonder zijwaarts scrollen`, async ({
      browser,
    }) => {
      const { page, done } = await signedInPage(browser, "marie.claeys@example.be", width);
      try {
        // Signed in for real: an anonymous visit would pass by showing the sign-in page instead.
        await page.goto("/mijn");
        await expect(page.getByRole("heading", { level: 1 })).toHaveText("Welkom, Marie Claeys");
        expect(await tooWide(page, residentPages, width), "te brede pagina's").toEqual([]);
      } finally {
        await done();
      }
    });

    test(`de hoofdpagina's van het beheer passen op ${width} px zonder zijwaarts scrollen`, async ({
      browser,
    }) => {
      const { page, done } = await signedInPage(browser, "beheerder@wingene.be", width);
      try {
        await page.goto("/beheer");
        await expect(page.getByRole("heading", { level: 1 })).toHaveText("Beheer");
        expect(await tooWide(page, staffPages, width), "te brede pagina's").toEqual([]);
      } finally {
        await done();
      }
    });

    test(`het beheer van activiteiten past op ${width} px zonder zijwaarts scrollen`, async ({ browser }) => {
      const { page, done } = await signedInPage(browser, "vrijetijd@wingene.be", width);
      try {
        await page.goto("/beheer/vrije-tijd/activiteiten");
        await expect(page.getByRole("heading", { level: 1 })).toHaveText("Activiteiten en kampen");
        expect(await tooWide(page, activityAdminPages, width), "te brede pagina's").toEqual([]);
      } finally {
        await done();
      }
    });
  });
}

// The pager only shows past one page, which the demo resident never reaches: a resident with 60
// reports sees it on Mijn meldingen, on both pages, at 320 px.
test.describe("de pager van Mijn Wingene", () => {
  test.use({ viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true });

  test("past op 320 px, telt alles en bladert naar de tweede pagina", async ({ browser }) => {
    const sessions = new SessionFactory();
    await sessions.connect();
    const suffix = Date.now().toString(36);
    const userId = await sessions.createResident("Veel Meldingen", `veel-meldingen-${suffix}@example.be`);
    await sessions.query(
      `INSERT INTO "Report" (id, number, kind, "categoryId", "departmentId", description, "reporterId", "createdAt", "updatedAt")
       SELECT 'pager-' || $2 || '-' || gs, 'PAGER-' || $2 || '-' || gs, 'ISSUE', c.id, c."departmentId",
              'Melding ' || gs, $1, now() - gs * interval '1 day', now()
       FROM generate_series(1, 60) gs,
            LATERAL (SELECT id, "departmentId" FROM "ReportCategory" WHERE "departmentId" IS NOT NULL ORDER BY id LIMIT 1) c`,
      [userId, suffix],
    );
    await sessions.close();
    const { page, done } = await signedInPage(browser, `veel-meldingen-${suffix}@example.be`, 320);
    try {
      await page.goto("/mijn/meldingen");
      const pager = page.getByRole("navigation", { name: "Paginering" });
      await expect(pager).toContainText("1–50 van 60 meldingen");
      expect(await tooWide(page, ["/mijn/meldingen"], 320), "te brede pagina's").toEqual([]);
      await pager.getByRole("link", { name: "Volgende pagina" }).click();
      await expect(page).toHaveURL(/\/mijn\/meldingen\?pagina=2$/);
      await expect(page.getByRole("navigation", { name: "Paginering" })).toContainText(
        "51–60 van 60 meldingen",
      );
      expect(await tooWide(page, ["/mijn/meldingen?pagina=2"], 320), "te brede pagina's").toEqual([]);
    } finally {
      await done();
    }
  });
});

// The control: the sweep does see a page that is too wide, and names it with what sticks out. The
// heading is widened by a style sheet (React leaves the head's extra nodes alone, not main's).
test.describe("de controle van de sweep", () => {
  test.use({ viewport: { width: 320, height: 640 }, isMobile: true, bypassCSP: true });

  test("een te brede pagina wordt genoemd, met het element dat uitsteekt", async ({ page }) => {
    await page.addInitScript(() => {
      document.addEventListener("DOMContentLoaded", () => {
        const style = document.createElement("style");
        style.textContent = "h1 { min-width: 600px; }";
        document.head.append(style);
      });
    });
    const failures = await tooWide(page, ["/contact"], 320);
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatch(/^\/contact: \d+px, <h1 [^>]*> "Contact" tot \d+px$/);
  });
});
