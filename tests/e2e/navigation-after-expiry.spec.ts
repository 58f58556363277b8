// A client-side navigation to a page whose cached data was just expired (by a staff change, on any
// instance) must render that page, not the error page. With `partialPrefetching` on, Next 16.4
// served a prefetch with rows still pending while the 'use cache' entry refilled, and the browser
// crashed on it (React #412, "Connection closed"; vercel/next.js#97337), so the setting is off.
import { expect, test } from "@playwright/test";
import pg from "pg";

/** Expires a cache tag the way a staff change on another instance does: in the shared tag table. */
async function expireTag(tag: string) {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const now = Date.now();
    await client.query(
      `INSERT INTO "NextCacheTag" ("tag", "staleAt", "expiredAt") VALUES ($1, $2, $2)
       ON CONFLICT ("tag") DO UPDATE SET "staleAt" = $2, "expiredAt" = $2, "version" = nextval(pg_get_serial_sequence('"NextCacheTag"', 'version'))`,
      [tag, now],
    );
  } finally {
    await client.end();
  }
}

test("a visitor who clicks through to a performance just after its data changed sees the performance", async ({
  page,
}) => {
  const crashes: string[] = [];
  page.on("pageerror", (error) => crashes.push(error.message));
  page.on(
    "console",
    (m) => m.type() === "error" && /#412|Connection closed/.test(m.text()) && crashes.push(m.text()),
  );
  await expireTag("performances");
  // Instances read the shared tag table at most this often.
  await page.waitForTimeout(1_500);
  await page.goto("/tickets");
  await page.getByRole("link", { name: "Comedy in Ruiselede" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Comedy in Ruiselede" })).toBeVisible();
  await expect(page.locator("dt:has-text('Vrije plaatsen') + dd")).toHaveText(/^\d+$/);
  expect(crashes).toEqual([]);
});
