// Publishing approved public events in UiTdatabank, as an outbox: the decision's transaction writes
// an EventPublication row (queuePublication), and sending happens after commit, right away
// (publishQueued) or by the job "uitdatabank-outbox" with a growing wait between tries. A failure
// never touches the decision: it stays on the row for staff ("Publicatie in UiTdatabank mislukt")
// until a later try succeeds or staff retry after the last one.
import "server-only";
import type { Db, Tx } from "@/lib/db/client";
import { type UitdatabankConfig, uitdatabankConfig } from "@/lib/env";
import type { Answers } from "@/lib/form-engine";
import { logError } from "@/lib/log";
import { createUitEvent, placeUrl } from "./client";
import { eventJsonLd, mayPublish } from "./json-ld";

export const MAX_PUBLISH_ATTEMPTS = 6;
const LEASE_MS = 5 * 60_000;

/** Minutes to wait after the n-th failed try: 1, 2, 4, 8, 16. */
export const backoffMinutes = (attempts: number) => 2 ** Math.max(0, attempts - 1);

/** In the approving decision's transaction: queues the event when it may and publishing is on. */
export async function queuePublication(
  tx: Tx,
  c: { id: string; answers: unknown },
  config: UitdatabankConfig | null,
  now: Date,
): Promise<boolean> {
  if (!config || !mayPublish(c.answers as Answers)) return false;
  await tx.eventPublication.createMany({
    data: [{ caseId: c.id, nextAttemptAt: now }],
    skipDuplicates: true,
  });
  return true;
}

async function bodyOf(db: Db, caseId: string, config: UitdatabankConfig) {
  const c = await db.case.findUniqueOrThrow({ where: { id: caseId }, select: { answers: true } });
  const answers = c.answers as Answers;
  const type = typeof answers.eventType === "string" ? answers.eventType : "andere";
  const term =
    (await db.uitdatabankEventType.findUnique({ where: { eventType: type } })) ??
    (await db.uitdatabankEventType.findUnique({ where: { eventType: "andere" } }));
  if (!term) throw new Error(`geen UiTdatabank-type voor "${type}"`);
  const body = eventJsonLd({ answers, termId: term.termId, placeUrl: placeUrl(config) });
  if (!body) throw new Error("naam of data van het evenement ontbreken");
  return body;
}

/** One try for one dossier; true when it is published now. Never throws. */
export async function publishEvent(db: Db, caseId: string, config: UitdatabankConfig, now = new Date()) {
  // The conditional update is the lock: of racing senders exactly one claims the row.
  const claimed = await db.eventPublication.updateMany({
    where: {
      caseId,
      status: "PENDING",
      nextAttemptAt: { lte: now },
      OR: [{ lockedUntil: null }, { lockedUntil: { lt: now } }],
    },
    data: { attempts: { increment: 1 }, lockedUntil: new Date(now.getTime() + LEASE_MS) },
  });
  if (claimed.count === 0) return false;
  const row = await db.eventPublication.findUniqueOrThrow({ where: { caseId } });
  try {
    const id = await createUitEvent(config, await bodyOf(db, caseId, config));
    await db.eventPublication.update({
      where: { caseId },
      data: {
        status: "PUBLISHED",
        externalId: id,
        publicUrl: `${config.publicBase.replace(/\/$/, "")}/${id}`,
        publishedAt: new Date(),
        lastError: null,
        lockedUntil: null,
      },
    });
    return true;
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).slice(0, 300);
    logError("uitdatabank", `publicatie van ${caseId} mislukt`, error);
    await db.eventPublication.update({
      where: { caseId },
      data: {
        status: row.attempts >= MAX_PUBLISH_ATTEMPTS ? "FAILED" : "PENDING",
        nextAttemptAt: new Date(now.getTime() + backoffMinutes(row.attempts) * 60_000),
        lastError: reason,
        lockedUntil: null,
      },
    });
    return false;
  }
}

/** The job: every publication that is due; returns how many were published. Off without config. */
export async function publishPendingEvents(
  db: Db,
  config: UitdatabankConfig | null = uitdatabankConfig(),
  now = new Date(),
) {
  if (!config) return 0;
  const due = await db.eventPublication.findMany({
    where: { status: "PENDING", nextAttemptAt: { lte: now } },
    orderBy: { nextAttemptAt: "asc" },
    take: 20,
    select: { caseId: true },
  });
  let published = 0;
  for (const { caseId } of due) if (await publishEvent(db, caseId, config, now)) published++;
  return published;
}
