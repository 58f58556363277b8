// The authorization matrix (tests/authorization/matrix.ts) against the production build: every
// server action and route handler Next built has a row, every row still exists, and every cell
// (action or route × actor) answers as the table says. Actions are called with a field formAction
// refuses (PROBE), so an allowed actor gets "check the fields" and nothing is written.
import { expect, test } from "@playwright/test";
import {
  ACTIONS,
  ACTORS,
  type ActionOutcome,
  type ActorName,
  ROUTES,
  expectedForAction,
  expectedForRoute,
} from "../authorization/matrix";
import { raw } from "./support/raw-http";
import { type BuiltAction, builtActions, builtRoutes, callAction } from "./support/server-actions";
import { SessionFactory } from "./support/sessions";
import { uniqueSuffix } from "./support/util";

const ACTOR_NAMES = Object.keys(ACTORS) as ActorName[];

/**
 * What every cell posts: one field with a NUL. The guard runs first (sign-in or 403); past it,
 * formAction refuses the control character before any schema or command, so an allowed cell
 * writes nothing, also for a form that an empty post would satisfy (the closing holidays: no
 * rule ticked is a valid answer that would clear them all).
 */
const PROBE: [string, string][] = [["matrix", "\u0000"]];

/** Runs `work` over `items`, `width` at a time: parallel enough to be quick, gentle on the server. */
async function pool<T>(items: T[], width: number, work: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  await Promise.all(
    Array.from({ length: width }, async () => {
      for (let item = queue.shift(); item !== undefined; item = queue.shift()) await work(item);
    }),
  );
}

function outcomeOf(answer: Awaited<ReturnType<typeof callAction>>): ActionOutcome | string {
  if (answer.redirect?.startsWith("/aanmelden")) return "sign-in";
  if (answer.status === 403) return "forbidden";
  if (answer.status === 200) return "allowed";
  return `HTTP ${answer.status}`;
}

test.describe("authorization matrix", () => {
  test.describe.configure({ mode: "serial" });
  const sessions = new SessionFactory();
  const userIds = new Map<ActorName, string>();
  const cookies = new Map<ActorName, string | undefined>();
  let actions: BuiltAction[] = [];

  /** A fresh session for every actor but the anonymous one. */
  async function openSessions() {
    for (const [name, userId] of userIds)
      cookies.set(name, (await sessions.open(userId, ACTORS[name]?.actingFor)).cookie);
  }

  test.beforeAll(async () => {
    await sessions.connect();
    actions = builtActions();
    for (const name of ACTOR_NAMES) {
      const actor = ACTORS[name];
      if (!actor) continue;
      const email = actor.email ?? `matrix-${name.toLowerCase()}-${uniqueSuffix()}@example.be`;
      userIds.set(
        name,
        actor.email ? await sessions.userIdOf(email) : await sessions.createResident(`Matrix ${name}`, email),
      );
    }
    await openSessions();
  });
  test.afterAll(async () => sessions.close());

  test("every server action of the build has exactly one row, and every row an action", () => {
    const keys = actions.map((a) => a.key);
    expect(new Set(keys).size, "twee acties met dezelfde sleutel").toBe(keys.length);
    expect(
      keys.filter((k) => !(k in ACTIONS)),
      "acties zonder rij in tests/authorization/matrix.ts",
    ).toEqual([]);
    expect(
      Object.keys(ACTIONS).filter((k) => !keys.includes(k)),
      "rijen voor acties die niet (meer) bestaan",
    ).toEqual([]);
  });

  test("every route handler of the build has a row, and every row a route", () => {
    const routes = builtRoutes();
    expect(
      routes.filter((r) => !(r in ROUTES)),
      "routes zonder rij in tests/authorization/matrix.ts",
    ).toEqual([]);
    expect(Object.keys(ROUTES).filter((r) => !routes.includes(r))).toEqual([]);
  });

  test("every action answers every actor as the matrix says", async () => {
    test.setTimeout(600_000);
    const cells = ACTOR_NAMES.flatMap((actor) => actions.map((action) => ({ actor, action })));
    // Cells that end the session run after all others.
    const last = cells.filter((c) => ACTIONS[c.action.key]?.endsSession);
    const first = cells.filter((c) => !ACTIONS[c.action.key]?.endsSession);
    const wrong: string[] = [];
    const run = async ({ actor, action }: (typeof cells)[number]) => {
      const row = ACTIONS[action.key];
      if (!row) return; // reported by the test above
      const expected = expectedForAction(row.who, ACTORS[actor]);
      const answer = await callAction(action, PROBE, cookies.get(actor));
      const got = outcomeOf(answer);
      if (got !== expected) wrong.push(`${action.key} × ${actor}: verwacht ${expected}, kreeg ${got}`);
      else if (got === "allowed" && !row.endsSession && answer.result?.ok !== false)
        wrong.push(`${action.key} × ${actor}: de opdracht liep (${JSON.stringify(answer.result)})`);
    };
    await pool(first, 4, run);
    await pool(last, 4, run);
    console.log(
      `[matrix] ${cells.length} cellen voor ${actions.length} acties × ${ACTOR_NAMES.length} actoren`,
    );
    expect(wrong).toEqual([]);
  });

  test("every route handler answers every actor as the matrix says", async () => {
    test.setTimeout(300_000);
    await openSessions(); // the action cells above signed everyone out
    const cells = Object.values(ROUTES).flatMap((row) =>
      Object.entries(row.methods).flatMap(([method, rule]) =>
        ACTOR_NAMES.map((actor) => ({ path: row.path, method: method as "GET" | "POST", rule, actor })),
      ),
    );
    const wrong: string[] = [];
    let executed = 0;
    await pool(cells, 4, async ({ path, method, rule, actor }) => {
      const expected = expectedForRoute(rule, ACTORS[actor]);
      if (expected === null) return;
      executed++;
      const cookie = cookies.get(actor);
      const answer = await raw(path, {
        method,
        headers: {
          ...(cookie ? { cookie } : {}),
          ...(method === "POST" ? { "content-type": "application/json" } : {}),
        },
        body: method === "POST" ? "{}" : undefined,
      });
      if (answer.status !== expected)
        wrong.push(`${method} ${path} × ${actor}: verwacht ${expected}, kreeg ${answer.status}`);
    });
    console.log(`[matrix] ${executed} routecellen`);
    expect(wrong).toEqual([]);
  });

  test("an action posted from another site is refused with 403, not a server error", async () => {
    const action = actions.find((a) => a.key === "lib/residents/actions.ts#saveOwnProfile")!;
    const answer = await callAction(action, [["name", "Overgenomen"]], cookies.get("residentA"), {
      origin: "https://evil.example",
    });
    expect(answer.status).toBe(403);
  });
});
