// Two instances of the portal on one database, behind a round-robin proxy: the production topology
// (ARCHITECTURE.md, "Several instances"). The e2e server is instance A; a second one, B, is started
// here from the same build with the same environment. What must hold: a session made on A works on
// B, a race of buyers spread over both never sells a seat twice, a change made on A shows on B's
// cached page at once, and each recurring job runs once per tick however many instances listen.
import { expect, test } from "@playwright/test";
import pg from "pg";
import { appointmentMessages } from "@/lib/appointments/messages";
import { hiddenFieldsOfFormWith, multipart, raw } from "./support/raw-http";
import { startRoundRobinProxy, type RoundRobinProxy } from "./support/round-robin-proxy";
import { startSecondInstance, type Instance } from "./support/second-instance";
import { signIn } from "./support/sign-in";
import { brusselsDateKey, card, longDutchDate, uniqueName, uniqueSuffix } from "./support/util";

test.describe.configure({ mode: "serial" });

let b: Instance;
let proxy: RoundRobinProxy;
let bStartedAt: Date;
const a = `http://localhost:${process.env.E2E_PORT ?? 3100}`;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  b = await startSecondInstance();
  bStartedAt = new Date();
  proxy = await startRoundRobinProxy([a, b.origin]);
});

test.afterAll(async () => {
  await proxy?.close();
  await b?.stop();
});

async function query<T extends pg.QueryResultRow>(sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

/** A performance on sale now with `seats` seats and one tariff, written straight into the database. */
async function performanceWithSeats(seats: number) {
  const slug = `twee-instanties-${uniqueSuffix()}`;
  const [pool] = await query<{ id: string }>(
    `INSERT INTO "CapacityPool" (id, key, label, capacity) VALUES ($1, $2, 'Testzaal', $3) RETURNING id`,
    [`pool-${slug}`, `performance:${slug}`, seats],
  );
  const [performance] = await query<{ id: string }>(
    `INSERT INTO "Performance" (id, slug, title, description, "venueName", "venueAddress", "startsAt",
       "salesStartAt", "salesEndAt", published, "holdMinutes", "poolId", "updatedAt")
     VALUES ($1, $1, 'Twee instanties', 'Voor de test met twee instanties', 'Testzaal', 'Markt 1, 8750 Wingene',
       now() + interval '30 days', now() - interval '1 day', now() + interval '29 days', true, 60, $2, now())
     RETURNING id`,
    [slug, pool.id],
  );
  const [type] = await query<{ id: string }>(
    `INSERT INTO "TicketType" (id, "performanceId", code, label, "priceCents")
     VALUES ($1, $2, 'VOLWASSENE', 'Volwassene', 1200) RETURNING id`,
    [`type-${slug}`, performance.id],
  );
  return { performanceId: performance.id, poolId: pool.id, typeId: type.id };
}

test("a session made on instance A is honoured by instance B and through the proxy", async ({ page }) => {
  await signIn(page, "marie.claeys@example.be");
  for (const origin of [b.origin, proxy.origin, proxy.origin]) {
    await page.goto(`${origin}/mijn`);
    await expect(page).toHaveURL(`${origin}/mijn`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Welkom, Marie Claeys");
  }
});

test("buyers racing for the last five seats through the proxy to both instances get exactly five", async () => {
  const show = await performanceWithSeats(5);
  const servedBefore = [...proxy.served];
  // Twenty buyers at once, each from an address of its own (the per-address limit counts the real
  // client, which the proxy names), alternating between A and B.
  const answers = await Promise.all(
    Array.from({ length: 20 }, (_, i) =>
      raw(`${proxy.origin}/api/tickets/hold`, {
        method: "POST",
        localAddress: `127.0.1.${i + 10}`,
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          performanceId: show.performanceId,
          buyerName: `Koper ${i}`,
          buyerEmail: `koper-${i}-${uniqueSuffix()}@example.be`,
          quantities: { [show.typeId]: 1 },
        }),
      }),
    ),
  );
  expect(proxy.served.map((n, i) => n - servedBefore[i])).toEqual([10, 10]);
  const statuses = answers.map((r) => r.status);
  expect(statuses.filter((s) => s === 201)).toHaveLength(5);
  for (const refused of answers.filter((r) => r.status !== 201)) {
    expect(refused.status, refused.body).toBe(409);
    expect(JSON.parse(refused.body).error).toMatch(/[a-z]/);
  }
  const [pool] = await query<{ taken: number }>(`SELECT taken FROM "CapacityPool" WHERE id = $1`, [
    show.poolId,
  ]);
  expect(pool.taken).toBe(5);
  // One hold of one seat per winning buyer, each the hold of an order.
  const [holds] = await query<{ holds: number; orders: number }>(
    `SELECT count(*)::int AS holds, count(o.id)::int AS orders
     FROM "CapacityHold" h LEFT JOIN "Order" o ON o."holdReference" = h.reference
     WHERE h."poolId" = $1 AND h.quantity = 1`,
    [show.poolId],
  );
  expect(holds).toEqual({ holds: 5, orders: 5 });
  console.log(
    `[twee instanties] tickets: 20 kopers voor 5 plaatsen, ${statuses.filter((x) => x === 201).length} × 201`,
  );
});

/** The latest moment offered in the week after next for a passport at Wingene (no other test books it). */
async function lateMomentForPassport(): Promise<string> {
  const base = `${a}/afspraken/reispas/gemeentehuis-wingene`;
  let page = (await raw(base)).body;
  for (let week = 0; week < 2; week++) {
    const next = /href="([^"]*week=[^"]*)"[^>]*>Volgende week/.exec(page)?.[1];
    expect(next, "een link naar de volgende week").toBeTruthy();
    page = (await raw(new URL(next!.replace(/&amp;/g, "&"), base).toString())).body;
  }
  const moments = [...page.matchAll(/tijd=(\d{4}-\d{2}-\d{2}T[\d%A:.]+Z)/g)]
    .map((m) => decodeURIComponent(m[1]))
    .sort();
  expect(moments.length, "vrije momenten in die week").toBeGreaterThan(0);
  return moments[moments.length - 1];
}

test("guests racing for one appointment moment on both instances never share a desk", async () => {
  const startsAt = await lateMomentForPassport();
  const day = startsAt.slice(0, 10);
  const form = (await raw(`${a}/afspraken/reispas/gemeentehuis-wingene?dag=${day}&tijd=${startsAt}`)).body;
  const hidden = hiddenFieldsOfFormWith(form, "startsAt");
  const siteId = hidden.find(([name]) => name === "siteId")![1];
  // Twelve guests post the booking form without JavaScript at once, alternately to A and B.
  const answers = await Promise.all(
    Array.from({ length: 12 }, (_, i) => {
      const origin = i % 2 === 0 ? a : b.origin;
      const { body, contentType } = multipart([
        ...hidden,
        ["name", `Gast ${i}`],
        ["email", `gast-${i}-${uniqueSuffix()}@example.be`],
        ["phone", "0470 12 34 56"],
      ]);
      return raw(`${origin}/afspraken/reispas/gemeentehuis-wingene?dag=${day}&tijd=${startsAt}`, {
        method: "POST",
        localAddress: `127.0.2.${i + 10}`,
        headers: { origin, "content-type": contentType },
        body,
      });
    }),
  );
  const booked = await query<{ deskId: string }>(
    `SELECT "deskId" FROM "Appointment" WHERE "siteId" = $1 AND "startsAt" = $2 AND email LIKE 'gast-%'`,
    [siteId, startsAt],
  );
  // Every desk at most once; at least one guest got the moment, and not all twelve.
  expect(new Set(booked.map((r) => r.deskId)).size).toBe(booked.length);
  expect(booked.length).toBeGreaterThan(0);
  expect(booked.length).toBeLessThan(12);
  const refused = answers.filter((r) => r.body.includes(appointmentMessages.slotTaken));
  expect(refused.length + booked.length).toBe(12);
  console.log(
    `[twee instanties] afspraken: 12 gasten voor één moment, ${booked.length} geboekt op even veel loketten`,
  );
});

test("a closure added on instance A shows at once on instance B's cached opening hours page", async ({
  page,
  browser,
}) => {
  const reason = `Twee instanties ${uniqueName()}`;
  const day = brusselsDateKey(43);
  const visitorContext = await browser.newContext();
  try {
    const visitor = await visitorContext.newPage();
    const wingeneOnB = visitor.getByRole("region", { name: "Gemeentehuis Wingene" });
    // B has served (and cached) the page before the change.
    await visitor.goto(`${b.origin}/openingsuren`);
    await visitor.goto(`${b.origin}/openingsuren`);
    await expect(wingeneOnB).toBeVisible();
    await expect(wingeneOnB).not.toContainText(reason);

    await signIn(page, "beheerder@wingene.be", "/beheer/openingsuren");
    const form = page.getByRole("form", { name: "Sluiting toevoegen" });
    await form.getByLabel("Gemeentehuis").selectOption({ label: "Gemeentehuis Wingene" });
    await form.getByLabel("Van").fill(day);
    await form.getByLabel("Tot en met").fill(day);
    await form.getByLabel("Reden").fill(reason);
    await form.getByRole("button", { name: "Sluiting toevoegen" }).click();
    await expect(form.getByRole("status")).toHaveText("De sluiting is toegevoegd.");

    await visitor.reload();
    await expect(wingeneOnB.getByRole("listitem").filter({ hasText: reason })).toHaveText(
      `${longDutchDate(day)}: ${reason}`,
    );
    // Through the proxy, from either instance.
    for (let i = 0; i < 2; i++) {
      await visitor.goto(`${proxy.origin}/openingsuren`);
      await expect(visitor.getByRole("region", { name: "Gemeentehuis Wingene" })).toContainText(reason);
    }

    // Removed on A, gone from B.
    const item = card(page, "Komende sluitingen").getByRole("listitem").filter({ hasText: reason });
    await item.locator("summary").click();
    await item.getByRole("button", { name: "Sluiting verwijderen" }).click();
    await expect(card(page, "Komende sluitingen")).not.toContainText(reason);
    await visitor.goto(`${b.origin}/openingsuren`);
    await expect(wingeneOnB).toBeVisible();
    await expect(wingeneOnB).not.toContainText(reason);
  } finally {
    await visitorContext.close();
  }
});

test("each minutely job ran once per minute while both instances were listening", async () => {
  test.setTimeout(150_000);
  // pg-boss on both instances watches the same schedules; wait until both have seen a full minute.
  const from = new Date(Math.ceil((bStartedAt.getTime() + 1) / 60_000) * 60_000);
  const until = new Date(from.getTime() + 60_000);
  const wait = until.getTime() + 20_000 - Date.now();
  if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  // pg-boss turns a tick into a job of the queue by name (the schedules of both instances agree on
  // one per minute in the database); a tick seen twice would show as two jobs in that minute.
  const rows = await query<{ name: string; runs: number; completed: number }>(
    `SELECT name, count(*)::int AS runs, count(*) FILTER (WHERE state = 'completed')::int AS completed
     FROM pgboss.job
     WHERE name = ANY($1) AND created_on >= $2 AND created_on < $3
     GROUP BY name ORDER BY name`,
    [["mail-outbox", "capacity-expiry", "order-expiry"], from, until],
  );
  expect(rows.map((r) => [r.name, r.runs, r.completed])).toEqual([
    ["capacity-expiry", 1, 1],
    ["mail-outbox", 1, 1],
    ["order-expiry", 1, 1],
  ]);
});
