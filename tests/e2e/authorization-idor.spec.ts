// What a resident owns is refused to another resident: by id (the page of A's object with
// B's session answers 404, while A gets it), and by replaying A's action with B's session (B sends
// exactly what A's form sends: refused, and the object is unchanged). A's own call is made too, so
// a refusal cannot come from a payload that would not have worked for anyone.
import { expect, test } from "@playwright/test";
import { raw } from "./support/raw-http";
import { type BuiltAction, builtActions, callAction } from "./support/server-actions";
import { SessionFactory, type TestSession } from "./support/sessions";
import { uniqueSuffix } from "./support/util";

const sessions = new SessionFactory();
let actions: BuiltAction[] = [];
let residentB: TestSession;

const action = (key: string) => {
  const found = actions.find((a) => a.key === key);
  if (!found) throw new Error(`Geen actie ${key} in de build`);
  return found;
};

async function newResident(label: string): Promise<TestSession> {
  const id = await sessions.createResident(`IDOR ${label}`, `idor-${label}-${uniqueSuffix()}@example.be`);
  return sessions.open(id);
}

/** A seeded object of `table` that has an owner in `ownerColumn`, with a session of that owner. */
async function ownedObject(table: string, ownerColumn: string, extra = "TRUE") {
  const { rows } = await sessions.query<{ id: string; owner: string }>(
    `SELECT id, "${ownerColumn}" AS owner FROM "${table}" WHERE "${ownerColumn}" IS NOT NULL AND ${extra} ORDER BY id LIMIT 1`,
  );
  if (!rows[0]) throw new Error(`De demogegevens hebben geen ${table} met een eigenaar`);
  return { id: rows[0].id, owner: await sessions.open(rows[0].owner) };
}

const get = async (path: string, session: TestSession) =>
  (await raw(path, { headers: { cookie: session.cookie } })).status;

test.describe("a resident's objects are refused to another resident", () => {
  test.describe.configure({ mode: "serial" });
  test.beforeAll(async () => {
    await sessions.connect();
    actions = builtActions();
    residentB = await newResident("b");
  });
  test.afterAll(async () => sessions.close());

  test("by id: A's report answers B with 404 on Mijn meldingen, while A opens it", async () => {
    const report = await ownedObject("Report", "reporterId");
    const path = `/mijn/meldingen/${report.id}`;
    expect(await get(path, report.owner), "voor de melder").toBe(200);
    expect(await get(path, residentB), "voor een andere inwoner").toBe(404);
  });

  test("by replay: B sending A's removal of a household member removes nothing; A's own removal works", async () => {
    const residentA = await newResident("a");
    const added = await callAction(
      action("lib/residents/actions.ts#addOwnHouseholdMember"),
      [
        ["firstName", "Mila"],
        ["lastName", "Idor"],
        ["birthDate", "2015-04-02"],
      ],
      residentA.cookie,
    );
    expect(added.result?.ok, JSON.stringify(added.result)).toBe(true);
    const member = await sessions.query<{ id: string }>(
      `SELECT id FROM "HouseholdMember" WHERE "userId" = $1`,
      [residentA.userId],
    );
    const id = member.rows[0].id;
    const remove = action("lib/residents/actions.ts#removeOwnHouseholdMember");
    const replay = await callAction(remove, [["id", id]], residentB.cookie);
    expect(replay.status).toBe(200);
    // The command deletes "where id and owner", so B's replay finds nothing to remove.
    expect((await sessions.query(`SELECT 1 FROM "HouseholdMember" WHERE id = $1`, [id])).rowCount).toBe(1);
    const own = await callAction(remove, [["id", id]], residentA.cookie);
    expect(own.result?.ok).toBe(true);
    expect((await sessions.query(`SELECT 1 FROM "HouseholdMember" WHERE id = $1`, [id])).rowCount).toBe(0);
  });

  test("by replay: B putting A's child in B's activity basket stores nothing; A's own call works", async () => {
    const residentA = await newResident("ouder");
    const added = await callAction(
      action("lib/residents/actions.ts#addOwnHouseholdMember"),
      [
        ["firstName", "Jasper"],
        ["lastName", "Idor"],
        ["birthDate", "2017-04-02"],
      ],
      residentA.cookie,
    );
    expect(added.result?.ok, JSON.stringify(added.result)).toBe(true);
    const { rows } = await sessions.query<{ id: string }>(
      `SELECT id FROM "HouseholdMember" WHERE "userId" = $1`,
      [residentA.userId],
    );
    const fields: [string, string][] = [
      ["sessionId", "speelpleinwerking-sjakosj-zomer-2027-2027-07-12-week-2"],
      ["memberId", rows[0]!.id],
    ];
    const add = action("lib/activities/actions.ts#addMyBasketLine");
    const replay = await callAction(add, fields, residentB.cookie);
    expect(replay.result?.ok).toBe(false);
    const lines = `SELECT 1 FROM "ActivityBasketLine" WHERE "memberId" = $1`;
    expect((await sessions.query(lines, [rows[0]!.id])).rowCount).toBe(0);
    const own = await callAction(add, fields, residentA.cookie);
    expect(own.result?.ok, JSON.stringify(own.result)).toBe(true);
    expect((await sessions.query(lines, [rows[0]!.id])).rowCount).toBe(1);
  });

  test("by replay: B entering A's child in a lottery stores nothing, B withdrawing A's entry removes nothing", async () => {
    // An activity of this test's own in lottery mode, its window open (the seeded one may be drawn by
    // activities-lottery.spec.ts in the same run).
    const suffix = uniqueSuffix();
    const [activityId, sessionId] = [`idor-loting-${suffix}`, `idor-loting-${suffix}-week`];
    await sessions.query(
      `INSERT INTO "Activity" (id, slug, title, kind, summary, description, organiser, village, "openingId",
         published, "allocationMode", "lotteryOpensAt", "lotteryClosesAt")
       VALUES ($1, $1, 'IDOR-kamp', 'CAMP', 'Test', 'Test', 'Jeugddienst', 'Wingene', 'opening-zomer-2027',
         true, 'LOTTERY', now() - interval '1 day', now() + interval '1 day')`,
      [activityId],
    );
    await sessions.query(
      `WITH pool AS (INSERT INTO "CapacityPool" (id, key, label, capacity) VALUES ($2, 'session:' || $1, 'IDOR', 5) RETURNING id)
       INSERT INTO "ActivitySession" (id, "activityId", label, "startDate", "endDate", days, place, capacity, "poolId")
       SELECT $1, $3, 'Week 1', '2027-07-05', '2027-07-09', 5, 'Wingene', 5, id FROM pool`,
      [sessionId, `pool-${suffix}`, activityId],
    );
    const residentA = await newResident("loting");
    const memberId = `idor-kind-${suffix}`;
    await sessions.query(
      `INSERT INTO "HouseholdMember" (id, "userId", "firstName", "lastName", "birthDate", "childKey")
       VALUES ($1, $2, 'Jonas', 'Idor', '2017-04-02', $1)`,
      [memberId, residentA.userId],
    );
    const fields: [string, string][] = [
      ["activityId", activityId],
      [`children.${memberId}.first`, sessionId],
    ];
    const entries = `SELECT 1 FROM "LotteryEntryChild" WHERE "memberId" = $1`;
    try {
      const enter = action("lib/activities/actions.ts#saveMyLotteryEntry");
      expect((await callAction(enter, fields, residentB.cookie)).result?.ok).toBe(false);
      expect((await sessions.query(entries, [memberId])).rowCount).toBe(0);
      const own = await callAction(enter, fields, residentA.cookie);
      expect(own.result?.ok, JSON.stringify(own.result)).toBe(true);
      expect((await sessions.query(entries, [memberId])).rowCount).toBe(1);
      const withdraw = action("lib/activities/actions.ts#withdrawMyLotteryEntry");
      expect((await callAction(withdraw, [["activityId", activityId]], residentB.cookie)).result?.ok).toBe(
        false,
      );
      expect((await sessions.query(entries, [memberId])).rowCount).toBe(1);
    } finally {
      // Out of the catalogue again for the other tests of the run.
      await sessions.query(`UPDATE "Activity" SET published = false WHERE id = $1`, [activityId]);
    }
  });
});
