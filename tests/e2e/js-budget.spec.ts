// The JavaScript budget of issue 16, measured where it matters: what a current browser downloads on
// a first visit of each public page (empty cache, until the network is quiet, nothing touched),
// gzipped as a server would send it: at most 150 kB of the page's own code. Link prefetches (the
// routes a page's links lead to, fetched while the browser is idle) are not the page's own: the
// table shows them beside it. Forms that most visitors only read load their code when first used
// (components/ui/defer-until-used.tsx, the tickets button), and a form every visitor of a page
// rendered per request gets loads its check when first used (components/ui/form/first-use-form.tsx);
// the tests below prove that this works. Also: no client chunk of the build carries a browser copy
// of Node's buffer, stream or crypto (a module that needs Node is `server-only`).
// `npm run check:js-budget` runs this file and prints the table.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { type Browser, expect, test } from "@playwright/test";
import { waitForHydration } from "./support/util";

const BUDGET_KB = 150;

/** Public pages: their own JavaScript stays within BUDGET_KB. */
const PUBLIC_PAGES = [
  "/",
  "/diensten",
  "/diensten/afspraak",
  "/openingsuren",
  "/contact",
  "/toegankelijkheid",
  "/privacy",
  "/afspraken",
  "/afspraken/afval-en-milieu",
  "/zalen",
  "/zalen/feestzaal-de-meersen",
  "/tickets",
  "/tickets/de-zingende-zagers",
  "/uitlenen",
  "/uitlenen/nadarhekken",
  "/activiteiten",
  "/activiteiten/speelpleinwerking-sjakosj-zomer-2027",
  "/loket",
  "/loket/premie-regenwaterput",
  "/melden",
  // A form with a server action for every visitor, on a page rendered per request: the kit's
  // fields come along, their check (react-hook-form, the zod resolver, the schema) on first use.
  "/aanmelden",
  "/wachtrij/gemeentehuis-ruiselede",
];

/** Strings only the browser builds of Node's modules carry. */
const NODE_POLYFILLS: [name: string, marker: RegExp][] = [
  ["buffer", /Buffer\.poolSize|ieee754/],
  ["stream", /ReadableState|readable-stream/],
  ["crypto", /createDiffieHellman|browserify-sign|createECDH/],
];

type FirstVisit = { kb: number; scripts: string[] };

async function firstVisit(browser: Browser, address: string, prefetch: boolean): Promise<FirstVisit> {
  const context = await browser.newContext();
  const page = await context.newPage();
  // Next's router marks its prefetches with this header; refused, they bring no route's code along.
  if (!prefetch)
    await page.route("**/*", (route) =>
      route.request().headers()["next-router-prefetch"] ? route.abort() : route.continue(),
    );
  const bodies: Promise<{ url: string; gzip: number }>[] = [];
  page.on("response", (response) => {
    if (response.request().resourceType() !== "script") return;
    bodies.push(
      response
        .body()
        .then((body) => ({ url: response.url(), gzip: gzipSync(body).length }))
        .catch(() => ({ url: response.url(), gzip: 0 })),
    );
  });
  await page.goto(address, { waitUntil: "networkidle" });
  const scripts = await Promise.all(bodies);
  await context.close();
  return { kb: scripts.reduce((sum, s) => sum + s.gzip, 0) / 1024, scripts: scripts.map((s) => s.url) };
}

test.describe("the JavaScript budget", () => {
  // 44 first visits, each until the network is quiet: about 2 minutes alone, more beside other runs.
  test.setTimeout(300_000);

  test(`a first visit of a public page downloads at most ${BUDGET_KB} kB of its own JavaScript (gzip)`, async ({
    browser,
  }) => {
    const rows: string[] = [];
    const over: string[] = [];
    for (const address of PUBLIC_PAGES) {
      const { kb, scripts } = await firstVisit(browser, address, false);
      const withPrefetch = await firstVisit(browser, address, true);
      expect(scripts.length, `${address} loads no script at all: is the page there?`).toBeGreaterThan(0);
      rows.push(
        `${kb.toFixed(1).padStart(7)} kB ${String(scripts.length).padStart(3)}   ${withPrefetch.kb.toFixed(1).padStart(7)} kB  ${address}`,
      );
      if (kb > BUDGET_KB) over.push(`${address}: ${kb.toFixed(1)} kB (budget ${BUDGET_KB} kB)`);
    }
    console.log(
      `JavaScript bij een eerste bezoek (gzip), budget ${BUDGET_KB} kB eigen code:\n   eigen  scripts   met prefetch\n${rows.join("\n")}`,
    );
    expect(over).toEqual([]);
  });

  test("no client chunk of the build carries a browser copy of Node's buffer, stream or crypto", () => {
    const dir = path.join(".next", "static", "chunks");
    const chunks = readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".js"));
    expect(chunks.length).toBeGreaterThan(10);
    const found = chunks.flatMap((file) => {
      const text = readFileSync(path.join(dir, file), "utf8");
      return NODE_POLYFILLS.filter(([, marker]) => marker.test(text)).map(([name]) => `${file}: ${name}`);
    });
    expect(found).toEqual([]);
  });
});

test.describe("code loaded on first use", () => {
  test("the contact form's code loads when the visitor starts on it; what they typed stays, and the browser then checks it", async ({
    page,
  }) => {
    const scripts: string[] = [];
    page.on("request", (r) => r.resourceType() === "script" && scripts.push(r.url()));
    const posts: string[] = [];
    page.on("request", (r) => r.method() === "POST" && posts.push(r.url()));
    await page.goto("/contact", { waitUntil: "networkidle" });
    const beforeUse = scripts.length;

    const form = page.getByRole("form", { name: "Contactformulier" });
    await form.getByLabel("Naam", { exact: true }).fill("Vroege Typer");
    await expect.poll(() => scripts.length).toBeGreaterThan(beforeUse);
    // The code is fetched; the form is live once React has taken over the server's HTML. A click
    // before that posts the form natively (the path without JavaScript), which is not what this
    // test is about; on a busy machine that moment can come well after the network is quiet.
    await waitForHydration(page, "form[aria-label='Contactformulier']");
    await expect(form.getByLabel("Naam", { exact: true })).toHaveValue("Vroege Typer");

    await form.getByRole("button", { name: "Bericht versturen" }).click();
    await expect(form.getByLabel("E-mailadres")).toBeFocused();
    await expect(form.getByLabel("E-mailadres")).toHaveAccessibleDescription(
      "Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.be.",
    );
    expect(posts, "the browser refused the form itself, without asking the server").toEqual([]);
  });

  test("a performance's reservation form loads behind 'Tickets kiezen' and puts focus on the first quantity", async ({
    page,
  }) => {
    const scripts: string[] = [];
    page.on("request", (r) => r.resourceType() === "script" && scripts.push(r.url()));
    await page.goto("/tickets/de-zingende-zagers", { waitUntil: "networkidle" });
    await expect(page.getByText(/^Volwassene: €/)).toBeVisible();
    await expect(page.getByLabel(/^Volwassene/)).toHaveCount(0);
    const beforeUse = scripts.length;

    await page.getByRole("button", { name: "Tickets kiezen" }).click();
    await expect(page.getByLabel(/^Volwassene/)).toBeFocused();
    expect(scripts.length).toBeGreaterThan(beforeUse);
  });

  test("the sign-in form's check loads when the visitor starts on it, the browser then refuses a wrong address without a post, and clears the error once it is put right", async ({
    page,
  }) => {
    const scripts: string[] = [];
    page.on("request", (r) => r.resourceType() === "script" && scripts.push(r.url()));
    const posts: string[] = [];
    page.on("request", (r) => r.method() === "POST" && posts.push(r.url()));
    await page.goto("/aanmelden", { waitUntil: "networkidle" });
    await waitForHydration(page, "form[aria-label='Aanmelden met e-mail']");
    const beforeUse = scripts.length;

    const form = page.getByRole("form", { name: "Aanmelden met e-mail" });
    await form.getByLabel("E-mailadres").fill("geen-adres");
    await expect.poll(() => scripts.length).toBeGreaterThan(beforeUse);
    await form.getByRole("button", { name: "Stuur mij een aanmeldlink" }).click();
    await expect(form.getByLabel("E-mailadres")).toBeFocused();
    await expect(form.getByLabel("E-mailadres")).toHaveAccessibleDescription(
      /Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld\.be\./,
    );
    expect(posts, "the browser refused the form itself, without asking the server").toEqual([]);

    // react-hook-form checks again on every change once the form was submitted.
    await form.getByLabel("E-mailadres").fill("inwoner@voorbeeld.be");
    await expect(form.getByLabel("E-mailadres")).toHaveAccessibleDescription(
      "We sturen je een link waarmee je je meteen aanmeldt. Geen wachtwoord nodig.",
    );
    await expect(form.getByRole("alert")).toHaveCount(0);
    expect(posts).toEqual([]);
  });
});
