// The real draw, once per activity, in ONE transaction. It starts with a conditional update that
// claims the activity (a lottery, the window closed, not drawn yet) and stores a fresh seed (128
// random bits) with the moment: of two presses one claims it, the other gets "al uitgevoerd". The
// update waits for entries being written (they hold the row FOR SHARE) and the entries are read
// after it, so none is missed. Then the sessions' pools are locked and their free places read, the
// pure allocation decides, and the existing register path writes it: per parent, the placed
// children's places are taken with the payment core's order (createOrder → takeHolds, priced like
// a basket, held ActivitySettings.offerHours to pay) with their registrations beside it
// (register-sql.ts); then each unplaced unit, in draw order, goes on the waiting list of its
// children's first choices, so the arrival numbers follow the draw. A mail per parent after commit.
import "server-only";
import { randomBytes } from "node:crypto";
import { Prisma } from "@/generated/prisma/client";
import { recordAudit } from "@/lib/audit/record";
import { lockPools } from "@/lib/capacity";
import { db as appDb } from "@/lib/db";
import type { Db, Tx } from "@/lib/db/client";
import { transaction } from "@/lib/db/tx";
import { AppError } from "@/lib/errors";
import { deliverQueued, queueMail } from "@/lib/mail/outbox";
import { createOrder } from "@/lib/payments";
import { ACTIVITY_ITEM } from "../fulfil";
import { allocate, type Placement } from "../lottery";
import { lotteryResultMail } from "../mails";
import { activityMessages as m } from "../messages";
import { dateKey, keyOf } from "./load";
import {
  freePerSession,
  type LoadedEntry,
  lotteryActivity,
  lotteryEntries,
  lotteryUnits,
} from "./lottery-load";
import { priceBasket, pricingOf } from "./price";
import { registrationRefusals } from "./register";
import { registrationStatement, registrationWrites, type RegistrationRow } from "./register-sql";

type Activity = Awaited<ReturnType<typeof lotteryActivity>>;
type Child = LoadedEntry["children"][number] & {
  member: NonNullable<LoadedEntry["children"][number]["member"]>;
};

/** Claims the draw: one conditional update; the reason in Dutch when it is not this press's. */
async function claim(tx: Tx, activityId: string, staffId: string, now: Date) {
  const seed = randomBytes(16).toString("hex");
  const { count } = await tx.activity.updateMany({
    where: { id: activityId, allocationMode: "LOTTERY", lotteryDrawnAt: null, lotteryClosesAt: { lte: now } },
    data: { lotterySeed: seed, lotteryDrawnAt: now, lotteryDrawnById: staffId },
  });
  if (count === 1) return seed;
  const a = await lotteryActivity(tx, activityId);
  if (a.allocationMode !== "LOTTERY") throw new AppError("INVALID_INPUT", m.notLottery);
  if (a.lotteryDrawnAt) throw new AppError("CONFLICT", m.lotteryAlreadyDrawn);
  throw new AppError("INVALID_INPUT", m.lotteryNotClosed(a.lotteryClosesAt ?? now));
}

function row(
  activity: Activity,
  c: Child,
  sessionId: string,
  placed: boolean,
  priced?: { code: string; label: string; cents: number },
): RegistrationRow {
  const s = activity.sessions.find((x) => x.id === sessionId)!;
  return {
    sessionId,
    memberId: c.member.id,
    childKey: keyOf(c.member),
    childName: `${c.member.firstName} ${c.member.lastName}`,
    startDate: dateKey(s.startDate),
    endDate: dateKey(s.endDate),
    placed,
    tariffCode: priced?.code ?? "",
    tariffLabel: priced?.label ?? "",
    priceCents: priced?.cents ?? 0,
  };
}

export async function drawLottery(
  activityId: string,
  staffId: string,
  { db = appDb, now = new Date() }: { db?: Db; now?: Date } = {},
) {
  const settings = await db.activitySettings.findUnique({ where: { id: 1 } });
  const payBefore = new Date(now.getTime() + (settings?.offerHours ?? 48) * 3_600_000);
  const result = await transaction(
    db,
    async (tx) => {
      const seed = await claim(tx, activityId, staffId, now);
      const activity = await lotteryActivity(tx, activityId);
      const entries = await lotteryEntries(tx, activity);
      const free = await lockPools(
        tx,
        activity.sessions.map((s) => s.poolId),
        now,
      );
      const allocation = allocate(seed, freePerSession(activity.sessions, free), lotteryUnits(entries));
      const byChild = new Map(allocation.placements.map((p) => [p.childId, p]));
      const mails: string[] = [];
      const sessionLabel = (id: string) => activity.sessions.find((s) => s.id === id)?.label ?? "";
      const base = (e: LoadedEntry) => ({
        openingId: activity.openingId,
        userId: e.userId,
        staffId,
        basketLineIds: [],
        now,
      });

      const orders = new Map<string, string>();
      for (const e of entries) {
        const placed = (e.children as Child[]).filter((c) => byChild.get(c.id)?.sessionId);
        if (placed.length === 0) continue;
        const lines = placed.map((c) => ({
          c,
          memberId: c.member.id,
          sessionId: byChild.get(c.id)!.sessionId!,
        }));
        const { verified, social } = await pricingOf(
          tx,
          e.userId,
          lines.map((l) => l.memberId),
        );
        const priced = priceBasket(
          lines.map((l) => {
            const { days, startDate } = activity.sessions.find((s) => s.id === l.sessionId)!;
            return { ...l, session: { days, startDate, activity } };
          }),
          verified,
          social,
        );
        const rows = priced.map((p) =>
          row(activity, p.line.c, p.line.sessionId, true, {
            code: p.tariff.code,
            label: p.label,
            cents: p.price.unitCents,
          }),
        );
        const order = await createOrder(
          tx,
          {
            buyer: { userId: e.userId, name: e.user.name ?? "Ouder", email: e.user.email },
            soldById: staffId,
            lines: priced.map((p) => ({
              itemType: ACTIVITY_ITEM,
              itemId: p.line.sessionId,
              description: `${p.line.c.member.firstName}: ${activity.title}, ${sessionLabel(p.line.sessionId)}`,
              quantity: 1,
              unitCents: p.price.unitCents,
              tariffCode: p.tariff.code,
              tariffLabel: p.label,
            })),
            holds: priced.map((p) => ({
              poolId: activity.sessions.find((s) => s.id === p.line.sessionId)!.poolId,
              quantity: 1,
            })),
            expiresAt: payBefore,
          },
          now,
          registrationWrites({ ...base(e), rows }, Prisma.sql`(SELECT id FROM ord)`),
        );
        orders.set(e.userId, order.accessToken);
      }

      // The waiting lists, unit by unit in draw order: the arrival numbers follow the draw.
      const entryOfChild = new Map(
        entries.flatMap((e) => e.children.map((c) => [c.id, { e, c: c as Child }])),
      );
      const unplacedOf = new Map<string, Placement[]>();
      for (const p of allocation.placements)
        if (!p.sessionId && p.waitingFor) unplacedOf.set(p.unitId, [...(unplacedOf.get(p.unitId) ?? []), p]);
      for (const unitId of allocation.order) {
        // A unit of friends spans households: each parent's children are written as theirs.
        const perEntry = new Map<LoadedEntry, Placement[]>();
        for (const p of unplacedOf.get(unitId) ?? []) {
          const { e } = entryOfChild.get(p.childId)!;
          perEntry.set(e, [...(perEntry.get(e) ?? []), p]);
        }
        for (const [e, mine] of perEntry) {
          const rows = mine.map((p) => row(activity, entryOfChild.get(p.childId)!.c, p.waitingFor!, false));
          await tx.$executeRaw(registrationStatement({ ...base(e), rows }));
        }
      }

      await recordPlacements(tx, allocation.placements);
      for (const e of entries) {
        const of = (c: { id: string }) => byChild.get(c.id);
        const name = (c: Child) => c.member.firstName;
        const mail = lotteryResultMail({
          parentName: e.user.name,
          email: e.user.email,
          activity: activity.title,
          placed: (e.children as Child[])
            .filter((c) => of(c)?.sessionId)
            .map((c) => ({ childName: name(c), session: sessionLabel(of(c)!.sessionId!) })),
          waiting: (e.children as Child[])
            .filter((c) => of(c)?.waitingFor)
            .map((c) => ({ childName: name(c), session: sessionLabel(of(c)!.waitingFor!) })),
          orderToken: orders.get(e.userId) ?? null,
          payBefore: orders.has(e.userId) ? payBefore : null,
        });
        if (mail) mails.push(await queueMail(tx, mail));
      }
      const placedCount = allocation.placements.filter((p) => p.sessionId).length;
      await recordAudit(tx, {
        actorId: staffId,
        action: "activity.lottery-drawn",
        subjectType: "Activity",
        subjectId: activityId,
        details: { seed, placed: placedCount, waiting: allocation.placements.length - placedCount },
      });
      return { seed, drawnAt: now, allocation, mails };
    },
    { refusals: registrationRefusals },
  );
  await deliverQueued(db, result.mails);
  return { seed: result.seed, drawnAt: result.drawnAt, allocation: result.allocation };
}

/** Each child's place in the draw and the session it got, in one statement. */
async function recordPlacements(tx: Tx, placements: readonly Placement[]) {
  if (placements.length === 0) return;
  const rows = placements.map((p) => ({ id: p.childId, position: p.position, session: p.sessionId }));
  await tx.$executeRaw`
    UPDATE "LotteryEntryChild" c SET "drawPosition" = x.position, "placedSessionId" = x.session
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS x(id text, position int, session text)
    WHERE c.id = x.id`;
}
