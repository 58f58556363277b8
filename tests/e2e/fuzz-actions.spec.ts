// Hostile values, with a fixed seed so a failure replays, into every server action a resident or an
// anonymous visitor may call (from the authorization matrix) and into the route handlers that read
// a body or an address part: wrong types (several values where one is expected), huge strings,
// unicode and NUL, negative and huge numbers, impossible dates, missing and extra fields, script
// payloads. Expected: never a 5xx, never the generic error (bad input gets a Dutch message), and
// nothing written for the fuzzing resident when an action refused.
// Staff actions are left to a tier with its own database: a hostile value that happens to be valid
// there changes municipal settings (opening hours, day parts) that the other e2e tests rely on.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import fc from "fast-check";
import { ACTIONS, ROUTES } from "../authorization/matrix";
import { raw } from "./support/raw-http";
import { builtActions, callAction } from "./support/server-actions";
import { SessionFactory } from "./support/sessions";
import { uniqueSuffix } from "./support/util";

const SEED = 20261130;
const CASES_PER_ACTION = 8;
const GENERIC = "Er ging iets mis aan onze kant";

/** Every field name the schemas know, read from their source: hostile values go where forms read. */
function fieldNames(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
      const file = path.join(dir, e.name);
      if (e.isDirectory()) return walk(file);
      return /schema/.test(file) && file.endsWith(".ts") ? [file] : [];
    });
  const skip = new Set([
    "error",
    "message",
    "max",
    "min",
    "path",
    "code",
    "tooShort",
    "outOfRange",
    "fallback",
  ]);
  const names = walk("lib").flatMap((f) =>
    [...readFileSync(f, "utf8").matchAll(/^\s{2,}(\w+): /gm)].map((m) => m[1]),
  );
  return [...new Set(names.filter((n) => !skip.has(n)))].sort();
}

const hostileText = fc.oneof(
  fc.constantFrom(
    "",
    " ",
    "\u0000",
    "naam\u0000",
    "<script>alert(1)</script>",
    "\"'><img src=x onerror=alert(1)>",
    "-1",
    "2147483648",
    "-99999999999999999999",
    "1e308",
    "NaN",
    "9999-12-31",
    "2027-02-30",
    "24:61",
    "__proto__",
    "😀🇧🇪 Zwevezele — ñ ü",
    `${"a".repeat(300)}@example.be`,
  ),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.integer({ min: -(2 ** 53), max: 2 ** 53 }).map(String),
  fc.constantFrom(10_000, 1_000_000).map((n) => "x".repeat(n)),
);

const hostileForm = (names: string[]) =>
  fc.array(
    fc.tuple(
      fc.oneof(
        fc.constantFrom(...names),
        fc.constantFrom(...names).map((n) => `${n}.0.quantity`),
        fc.constantFrom("quantities.x", "extra", "__proto__.polluted"),
      ),
      hostileText,
    ),
    { maxLength: 10 },
  );

test("hostile values into resident and public actions and routes: no 5xx, no generic error, nothing written when refused", async () => {
  test.setTimeout(600_000);
  const sessions = new SessionFactory();
  await sessions.connect();
  try {
    const resident = await sessions.createResident("Fuzz Inwoner", `fuzz-${uniqueSuffix()}@example.be`);
    const cookie = (await sessions.open(resident)).cookie;
    const written = async () =>
      (
        await sessions.query<{ n: string }>(
          `SELECT (SELECT count(*) FROM "AuditLog" WHERE "actorId" = $1)
                + (SELECT count(*) FROM "HouseholdMember" WHERE "userId" = $1)
                + (SELECT count(*) FROM "HallBooking" WHERE "userId" = $1)
                + (SELECT count(*) FROM "Appointment" WHERE "userId" = $1)
                + (SELECT count(*) FROM "Report" WHERE "reporterId" = $1) AS n`,
          [resident],
        )
      ).rows[0].n;

    const actions = builtActions().filter((a) => {
      const row = ACTIONS[a.key];
      return row && row.who.kind !== "staff" && !row.endsSession;
    });
    const problems: string[] = [];
    const tally = { requests: 0, serverErrors: 0, genericErrors: 0, partialWrites: 0 };
    const note = (kind: keyof typeof tally, text: string) => {
      tally[kind]++;
      problems.push(text);
    };
    const cases = fc.sample(hostileForm(fieldNames()), {
      seed: SEED,
      numRuns: actions.length * CASES_PER_ACTION,
    });
    for (const [i, action] of actions.entries()) {
      // Signed-in actions as the fuzzing resident; public ones both ways.
      const who = ACTIONS[action.key].who.kind === "public" && i % 2 === 0 ? undefined : cookie;
      for (const fields of cases.slice(i * CASES_PER_ACTION, (i + 1) * CASES_PER_ACTION)) {
        const before = await written();
        const answer = await callAction(action, fields, who);
        tally.requests++;
        const label = `${action.key} met ${JSON.stringify(fields).slice(0, 200)}`;
        if (answer.status >= 500) note("serverErrors", `HTTP ${answer.status}: ${label}`);
        else if (answer.result?.message?.includes(GENERIC)) note("genericErrors", `algemene fout: ${label}`);
        else if (answer.result?.ok === false && (await written()) !== before)
          note("partialWrites", `geweigerd maar toch geschreven: ${label}`);
      }
    }

    const bodies = fc.sample(
      fc.oneof(
        fc.json(),
        fc
          .jsonValue()
          .map((v) => JSON.stringify({ performanceId: v, buyerName: v, buyerEmail: v, quantities: v })),
        hostileText,
      ),
      { seed: SEED, numRuns: 40 },
    );
    for (const body of bodies) {
      const answer = await raw("/api/tickets/hold", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body,
      });
      tally.requests++;
      if (answer.status >= 500)
        note("serverErrors", `HTTP ${answer.status}: POST /api/tickets/hold ${body.slice(0, 200)}`);
    }
    const segments = fc.sample(
      hostileText.filter((s) => s.length < 2000),
      { seed: SEED, numRuns: 15 },
    );
    const dynamic = Object.keys(ROUTES).filter((r) => r.includes("[") && !r.includes("..."));
    for (const segment of segments) {
      for (const route of dynamic) {
        const address = route.replace(/\[[^\]]+\]/g, encodeURIComponent(segment));
        const answer = await raw(address, { headers: { cookie } });
        tally.requests++;
        if (answer.status >= 500) note("serverErrors", `HTTP ${answer.status}: GET ${address.slice(0, 200)}`);
      }
    }
    console.log(`[fuzz] ${JSON.stringify(tally)}`);
    expect(problems).toEqual([]);
  } finally {
    await sessions.close();
  }
});
