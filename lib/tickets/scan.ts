// Scanning tickets at the door. Several phones scan at one entrance, so admitting is one
// conditional UPDATE: PostgreSQL serialises racing scans on the ticket row and re-checks
// "not admitted yet" for the second one, so a ticket gets in exactly once, whichever phone wins.
import "server-only";
import type { ScanResult } from "@/generated/prisma/enums";
import { brusselsParts, formatDate, formatDateTime, formatTime } from "@/lib/be/time";
import { db } from "@/lib/db";
import type { Db, Tx } from "@/lib/db/client";
import { transaction } from "@/lib/db/tx";
import { AppError } from "@/lib/errors";
import { SCAN_RESULT_LABELS } from "./labels";
import type { ScanResponse } from "./scan-schema";
import { ticketMessages } from "./messages";

export type ScanInput = { code: string; performanceId: string; device: string; staffId: string | null };

export type ScanOutcome = {
  result: ScanResult;
  /** The code as looked up, after taking it out of a URL or surrounding text. */
  code: string;
  ticket?: { typeLabel: string; performanceTitle: string; performanceStartsAt: Date };
  admittedAt?: Date;
  admittedBy?: string;
};

export type AdmissionCounts = { admitted: number; total: number };

const CODE_SHAPE = /^[A-Za-z0-9_-]{27}$/; // see newTicketCode in ./issue.ts

/**
 * The ticket code in what was scanned or typed: the code itself, "Code: …" copied from the ticket
 * page, or a URL whose last path segment is the code (should the QR ever hold a link).
 */
export function normalizeTicketCode(raw: string): string {
  const text = raw.trim();
  const shaped = text.split(/[\s/?#&=]+/).find((part) => CODE_SHAPE.test(part));
  if (shaped) return shaped;
  const path = /^https?:\/\//i.test(text) && URL.canParse(text) ? new URL(text).pathname : text;
  return (
    path
      .split(/[\s/]+/)
      .filter(Boolean)
      .at(-1) ?? ""
  );
}

type Admitted = {
  id: string;
  admittedAt: Date;
  admittedBy: string;
  typeLabel: string;
  performanceTitle: string;
  performanceStartsAt: Date;
};

async function admit(tx: Tx, code: string, performanceId: string, device: string) {
  const [row] = await tx.$queryRaw<Admitted[]>`
    WITH admitted AS (
      UPDATE "Ticket" SET "admittedAt" = now(), "admittedBy" = ${device}
      WHERE code = ${code} AND "performanceId" = ${performanceId}
        AND status = 'VALID' AND "admittedAt" IS NULL
      RETURNING id, "ticketTypeId", "performanceId", "admittedAt", "admittedBy"
    )
    SELECT a.id, a."admittedAt", a."admittedBy", tt.label AS "typeLabel",
           p.title AS "performanceTitle", p."startsAt" AS "performanceStartsAt"
    FROM admitted a
    JOIN "TicketType" tt ON tt.id = a."ticketTypeId"
    JOIN "Performance" p ON p.id = a."performanceId"`;
  return row;
}

type Verdict = { ticketId: string | null; outcome: ScanOutcome };

/** Admits the ticket, or says why not. The lookup runs after the UPDATE, so it sees a racing admission. */
async function judge(tx: Tx, code: string, performanceId: string, device: string): Promise<Verdict> {
  if (!code) return { ticketId: null, outcome: { result: "UNKNOWN", code } };
  const admitted = await admit(tx, code, performanceId, device);
  if (admitted) {
    const { id, admittedAt, admittedBy, ...ticket } = admitted;
    return { ticketId: id, outcome: { result: "ADMITTED", code, ticket, admittedAt, admittedBy } };
  }
  const found = await tx.ticket.findUnique({
    where: { code },
    select: {
      id: true,
      status: true,
      performanceId: true,
      admittedAt: true,
      admittedBy: true,
      ticketType: { select: { label: true } },
      performance: { select: { title: true, startsAt: true } },
    },
  });
  if (!found) return { ticketId: null, outcome: { result: "UNKNOWN", code } };
  const ticket = {
    typeLabel: found.ticketType.label,
    performanceTitle: found.performance.title,
    performanceStartsAt: found.performance.startsAt,
  };
  // A cancelled ticket is refused anywhere, so that answer comes first; then the wrong hall.
  if (found.status === "CANCELLED")
    return { ticketId: found.id, outcome: { result: "CANCELLED", code, ticket } };
  if (found.performanceId !== performanceId)
    return { ticketId: found.id, outcome: { result: "WRONG_PERFORMANCE", code, ticket } };
  if (!found.admittedAt || !found.admittedBy) {
    // Nothing ever un-admits a ticket, so a valid, unused ticket here means the UPDATE is wrong.
    throw new Error(`Ticket ${found.id} werd niet toegelaten en is toch niet gebruikt.`);
  }
  return {
    ticketId: found.id,
    outcome: {
      result: "ALREADY_USED",
      code,
      ticket,
      admittedAt: found.admittedAt,
      admittedBy: found.admittedBy,
    },
  };
}

/**
 * Scans one code for one performance: admits a valid, unused ticket (once, also under racing
 * devices) or says why not. Every scan is logged in TicketScan in the same transaction.
 * `client` exists for tests that race scans over separate connections.
 */
export async function scanTicket(input: ScanInput, client: Db = db): Promise<ScanOutcome> {
  const code = normalizeTicketCode(input.code);
  const device = input.device.trim();
  return transaction(client, async (tx) => {
    const performance = await tx.performance.findUnique({
      where: { id: input.performanceId },
      select: { id: true },
    });
    if (!performance) throw new AppError("NOT_FOUND", ticketMessages.performanceNotFound);
    const { ticketId, outcome } = await judge(tx, code, input.performanceId, device);
    await tx.ticketScan.create({
      data: {
        code: code || input.code.trim(),
        ticketId,
        device,
        result: outcome.result,
        scannedById: input.staffId,
      },
    });
    return outcome;
  });
}

/** The Dutch words for the door: a headline to show huge and the full sentence. */
export function describeScan(outcome: ScanOutcome, now = new Date()): { headline: string; message: string } {
  const headline = SCAN_RESULT_LABELS[outcome.result];
  const t = outcome.ticket;
  switch (outcome.result) {
    case "ADMITTED":
      return { headline, message: `Geldig – welkom! ${t?.typeLabel ?? ""}`.trim() };
    case "ALREADY_USED": {
      const at = outcome.admittedAt;
      const when = !at
        ? ""
        : brusselsParts(at).dateKey === brusselsParts(now).dateKey
          ? ` om ${formatTime(at)}`
          : ` op ${formatDate(at)} om ${formatTime(at)}`;
      return { headline, message: `Al gebruikt${when} door toestel '${outcome.admittedBy ?? "?"}'` };
    }
    case "WRONG_PERFORMANCE":
      return {
        headline,
        message: t
          ? `Ticket voor een andere voorstelling: ${t.performanceTitle} (${formatDateTime(t.performanceStartsAt)})`
          : "Ticket voor een andere voorstelling",
      };
    case "CANCELLED":
      return { headline, message: "Geannuleerd ticket" };
    case "UNKNOWN":
      return { headline, message: "Onbekend ticket" };
  }
}

/** Admitted and valid tickets per performance; cancelled tickets do not count. */
export async function admissionCounts(
  performanceIds: string[],
  client: Db = db,
): Promise<Map<string, AdmissionCounts>> {
  const rows = await client.ticket.groupBy({
    by: ["performanceId"],
    where: { performanceId: { in: performanceIds }, status: "VALID" },
    _count: { _all: true, admittedAt: true },
  });
  const counts = new Map(performanceIds.map((id) => [id, { admitted: 0, total: 0 }]));
  for (const r of rows) counts.set(r.performanceId, { admitted: r._count.admittedAt, total: r._count._all });
  return counts;
}

/** Scan, then answer in the shape the API and the typed-code form share. */
export async function scanAndReport(input: ScanInput, client: Db = db): Promise<ScanResponse> {
  const at = new Date();
  const outcome = await scanTicket(input, client);
  const counts = await admissionCounts([input.performanceId], client);
  const t = outcome.ticket;
  return {
    result: outcome.result,
    ...describeScan(outcome, at),
    code: outcome.code,
    device: input.device.trim(),
    at: at.toISOString(),
    ...(t && { ticket: { ...t, performanceStartsAt: t.performanceStartsAt.toISOString() } }),
    ...(outcome.admittedAt && { admittedAt: outcome.admittedAt.toISOString() }),
    ...(outcome.admittedBy && { admittedBy: outcome.admittedBy }),
    counts: counts.get(input.performanceId) ?? { admitted: 0, total: 0 },
  };
}
