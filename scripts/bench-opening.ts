// `npm run bench:opening`: the opening moment against the production build, served by the portal's
// own server. N parents (default 1,000; --parents=N or BENCH_PARENTS) with 1-3 children in their
// basket take a place in the waiting room in the last minute before the opening (one server action
// each), poll the small JSON route until they are admitted (the opening's batch at the opening,
// the next ones as the ones before them are served), then send their basket in one request (the
// register server action), whose answer says per child a place or the waiting list; a parent with
// places opens the order page 2-8 s later, as its "Betalen" button does. Meanwhile a bare route
// (/api/bench/ping) is requested on 10 connections, in the same run.
// Prints: places filled vs capacity (must be equal, never more), errors (must be 0), the time from
// the opening until the last parent got an answer, p95 of the register request, and the bare
// route's p95 during the opening. Exit code 1 when filled ≠ capacity or a parent got an error.
import { DATABASE, startDatabase } from "./bench/database";
import { sampleActivity } from "./bench/pg-activity";
import { fmt } from "./bench/format";
import { createOpening, createParents, type Parent } from "./bench/opening-setup";
import { createRun } from "./bench/resources";
import { nextPollMs } from "@/lib/activities/rules";
import { seed } from "@/prisma/seed";
import { startServer } from "./bench/server";
import { builtActions, callAction } from "../tests/e2e/support/server-actions";
import type { RegisterAnswer } from "@/lib/activities/register-answer";

const arg = (name: string, fallback: number) =>
  Number(
    process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1] ??
      process.env[`BENCH_${name.toUpperCase()}`] ??
      fallback,
  );
const PARENTS = arg("parents", 1000);
const SESSIONS = arg("sessions", 4);
const CAPACITY = arg("capacity", 100);
// Parents arrive in the last minute before the opening, as the issue has it (--lead=S for others).
const LEAD_SECONDS = arg("lead", 60);
// Parents admitted and not yet served at once (the opening's admitBatch, a staff setting; without
// --batch the schema's default).
const BATCH = process.argv.some((a) => a.startsWith("--batch=")) ? arg("batch", 0) : undefined;
// Server processes (SERVER_PROCESSES, server/cluster.ts): 1 as a default install, 2 for this machine's cores.
const PROCESSES = arg("processes", 1);
// How long a parent with places reads the answer before opening the order page (ms, uniform).
const READ_ANSWER_MS = [2000, 8000] as const;

const run = createRun();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const p95 = (xs: number[]) =>
  xs.length ? [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)]! : NaN;

async function parentFlow(...args: Parameters<typeof parentFlowOnce>) {
  try {
    return await parentFlowOnce(...args);
  } catch (error) {
    return { error: `netwerk: ${(error as Error).message}` };
  }
}

async function parentFlowOnce(
  parent: Parent,
  actions: { join: { id: string; page: string }; register: { id: string; page: string } },
  openingId: string,
  opensAt: number,
  port: number,
) {
  // Arrive at a random moment in the last LEAD_SECONDS before the opening (the last 2 s excepted).
  const arrival = opensAt - LEAD_SECONDS * 1000 + Math.random() * (LEAD_SECONDS * 1000 - 2000);
  await sleep(Math.max(0, arrival - Date.now()));
  const joined = await callAction(actions.join, [["openingId", openingId]], parent.cookie);
  if (!joined.redirect?.includes("/wachtzaal/"))
    return { error: `join ${joined.status} ${joined.result?.message ?? ""}` };
  const joinedAt = Date.now();
  let polls = 0;
  for (;;) {
    const answer = await fetch(`http://127.0.0.1:${port}/api/activiteiten/wachtzaal/${openingId}`, {
      headers: { cookie: parent.cookie },
    });
    polls++;
    if (!answer.ok) return { error: `poll ${answer.status}` };
    const status = (await answer.json()) as { state: string; secondsToAdmission?: number };
    if (status.state === "admitted") break;
    // As the page does (rules.ts nextPollMs), but never past the moment of admission.
    const wait = nextPollMs(status.secondsToAdmission);
    const due = (status.secondsToAdmission ?? 0) * 1000;
    await sleep(due > 0 ? Math.min(wait, due) : wait);
  }
  const started = Date.now();
  const sent = await callAction(actions.register, [["openingId", openingId]], parent.cookie);
  const ms = Date.now() - started;
  const answer = sent.result as { ok: boolean; data?: RegisterAnswer } | null;
  if (!answer?.ok || !answer.data)
    return { error: `register ${sent.status} ${sent.result?.message ?? sent.body.slice(0, 120)}` };
  const answeredAt = Date.now();
  // A parent with places reads the answer and opens the order page with its "Betalen" button.
  let orderPageMs: number | undefined;
  if (answer.data.order) {
    await sleep(READ_ANSWER_MS[0] + Math.random() * (READ_ANSWER_MS[1] - READ_ANSWER_MS[0]));
    const opened = Date.now();
    const page = await fetch(`http://127.0.0.1:${port}/bestelling/${answer.data.order.accessToken}`, {
      headers: { cookie: parent.cookie },
    });
    await page.arrayBuffer();
    if (!page.ok) return { error: `bestelpagina ${page.status}` };
    orderPageMs = Date.now() - opened;
  }
  return { ms, answeredAt, polls, orderPageMs, doneAt: Date.now(), joinedAt };
}

async function bareRoute(port: number, until: () => boolean) {
  const samples: number[] = [];
  await Promise.all(
    Array.from({ length: 10 }, async () => {
      while (!until()) {
        const t = Date.now();
        const ok = await fetch(`http://127.0.0.1:${port}/api/bench/ping`).then(
          (r) => r.arrayBuffer().then(() => r.ok),
          () => false,
        );
        samples.push(ok ? Date.now() - t : Number.POSITIVE_INFINITY);
        await sleep(100);
      }
    }),
  );
  return samples;
}

async function main() {
  const db = await startDatabase(run);
  // The demo data: every page (a build's prerender, the pages actions redirect to) needs the
  // municipality, and the sessions of the bench sit beside the seeded ones.
  await seed(db.prisma);
  const server = await startServer(run, db.url, { SERVER_PROCESSES: String(PROCESSES) });
  process.env.E2E_PORT = String(server.port);
  const all = builtActions();
  const find = (key: string) => all.find((a) => a.key === key)!;
  const actions = {
    join: find("lib/activities/actions.ts#joinMyWaitingRoom"),
    register: find("lib/activities/actions.ts#registerMyBasket"),
  };
  const opensAt = Date.now() + (LEAD_SECONDS + 15) * 1000;
  const { openingId, sessions } = await createOpening(
    db.prisma,
    SESSIONS,
    CAPACITY,
    new Date(opensAt),
    BATCH,
  );
  const parents = await createParents(
    db.prisma,
    PARENTS,
    sessions.map((s) => s.id),
  );
  const lines = parents.reduce((n, p) => n + p.children, 0);
  console.log(
    `[bench] ${PARENTS} ouders, ${lines} kinderen, ${SESSIONS} periodes × ${CAPACITY} plaatsen, per groep ${BATCH ?? "standaard"} binnen, ${PROCESSES} serverproces(sen); opening over ${fmt((opensAt - Date.now()) / 1000, 1)} s`,
  );
  let done = false;
  const ping = bareRoute(server.port, () => done);
  const activity = await sampleActivity(db.url, DATABASE);
  const results = await Promise.all(
    parents.map((p) => parentFlow(p, actions, openingId, opensAt, server.port)),
  );
  done = true;
  const pingSamples = await ping;
  const pg = await activity.stop();
  type Served = {
    ms: number;
    answeredAt: number;
    polls: number;
    orderPageMs?: number;
    doneAt: number;
    joinedAt: number;
  };
  const ok = results.filter((r): r is Served => "ms" in r);
  const errors = results.filter((r): r is { error: string } => "error" in r);
  const pools = await db.prisma.capacityPool.findMany({
    where: { id: { in: sessions.map((s) => s.poolId) } },
  });
  const filled = pools.reduce((n, p) => n + p.taken, 0);
  const held = await db.prisma.activityRegistration.count({
    where: { status: "HELD", sessionId: { in: sessions.map((s) => s.id) } },
  });
  const waiting = await db.prisma.activityRegistration.count({ where: { status: "WAITING" } });
  const capacity = SESSIONS * CAPACITY;
  const last = Math.max(...ok.map((r) => r.answeredAt));
  console.log(
    `\nPlaatsen bezet:          ${filled} van ${capacity} (registraties met plaats: ${held}, op de wachtlijst: ${waiting})`,
  );
  console.log(
    `Fouten:                  ${errors.length}${errors.length ? ` (${[...new Set(errors.map((e) => e.error))].slice(0, 3).join("; ")})` : ""}`,
  );
  console.log(`Laatste ouder antwoord:  ${fmt((last - opensAt) / 1000, 1)} s na de opening`);
  const lastJoin = (Math.max(...ok.map((r) => r.joinedAt)) - opensAt) / 1000;
  console.log(
    `Laatste in de wachtzaal: ${fmt(Math.abs(lastJoin), 1)} s ${lastJoin < 0 ? "vóór" : "na"} de opening`,
  );
  // Answers per 10 s after the opening: where the line is slow, and whether it ends in a tail.
  const perTen = new Map<number, number>();
  for (const r of ok) {
    const bucket = Math.max(0, Math.floor((r.answeredAt - opensAt) / 10_000));
    perTen.set(bucket, (perTen.get(bucket) ?? 0) + 1);
  }
  const buckets = Array.from({ length: Math.max(...perTen.keys()) + 1 }, (_, i) => perTen.get(i) ?? 0);
  console.log(`Antwoorden per 10 s:     ${buckets.join(" ")}`);
  const registerMs = ok.map((r) => r.ms).sort((a, b) => a - b);
  console.log(
    `Inschrijven (1 request): p95 ${p95(registerMs)} ms, mediaan ${registerMs[Math.floor(registerMs.length / 2)]} ms over ${ok.length} ouders`,
  );
  const orderPages = ok.flatMap((r) => (r.orderPageMs === undefined ? [] : [r.orderPageMs]));
  console.log(
    `Bestelpagina (Betalen):  p95 ${p95(orderPages)} ms over ${orderPages.length} ouders met plaatsen; de laatste ${fmt((Math.max(...ok.map((r) => r.doneAt)) - opensAt) / 1000, 1)} s na de opening`,
  );
  console.log(`Kale route (zelfde run): p95 ${p95(pingSamples)} ms over ${pingSamples.length} requests`);
  console.log(
    `Peilingen per ouder:     gemiddeld ${fmt(ok.reduce((n, r) => n + r.polls, 0) / Math.max(1, ok.length), 1)}`,
  );
  console.log(
    `Databaseverbindingen:    gemiddeld ${fmt(pg.running, 1)} bezig, ${fmt(pg.lockWait, 1)} wachtend op een slot, ${fmt(pg.idleInTransaction, 1)} open transactie zonder werk, ${fmt(pg.idle, 1)} vrij`,
  );
  if (errors.length) {
    // What the server said about them: pool or lock timeouts, statement timeouts, crashes.
    const said = run.serverLog
      .join("")
      .split("\n")
      .filter((l) => /error|timeout|timed out/i.test(l));
    console.log(
      `Serverlog (${said.length} regels met een fout, de laatste 10):\n${said.slice(-10).join("\n")}`,
    );
  }
  process.exitCode = filled === capacity && held === capacity && errors.length === 0 ? 0 : 1;
}

main()
  .catch((error) => {
    console.error("[bench] mislukt:", error);
    if (run.serverLog.length) console.error(run.serverLog.slice(-20).join(""));
    process.exitCode = 1;
  })
  .finally(() => run.cleanup());
