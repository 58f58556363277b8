// The hall bookings and loans linked to an event dossier, and the organiser's own ones that could
// be: active, not linked elsewhere, and within a week of the event's first day. Read after the
// dossier itself was found in the reader's scope (organiser or staff of the team).
import "server-only";
import { addBrusselsDays, brusselsInstant, brusselsParts } from "@/lib/be/time";
import { db } from "@/lib/db";
import type { Db } from "@/lib/db/client";
import type { DossierLink } from "../dossier";

const hallSelect = {
  id: true,
  startsAt: true,
  endsAt: true,
  status: true,
  paidAt: true,
  hall: { select: { name: true } },
} as const;

const loanSelect = {
  id: true,
  status: true,
  pickupDate: true,
  returnDate: true,
  lines: { select: { quantity: true, item: { select: { unitSingular: true, unitPlural: true } } } },
} as const;

/** Linked to a submitted dossier (`eventCaseId`) or, from the wizard, to the draft (`eventDraftId`). */
async function linkedTo(target: DossierLink, client: Db) {
  const [halls, loans] = await Promise.all([
    client.hallBooking.findMany({
      where: target,
      orderBy: { startsAt: "asc" },
      select: hallSelect,
    }),
    client.loan.findMany({
      where: target,
      orderBy: { pickupDate: "asc" },
      select: loanSelect,
    }),
  ]);
  return { halls, loans };
}

export const linkedWithDossier = (caseId: string, client: Db = db) =>
  linkedTo({ eventCaseId: caseId }, client);
export const linkedWithDraft = (draftId: string, client: Db = db) =>
  linkedTo({ eventDraftId: draftId }, client);

export type LinkedBookings = Awaited<ReturnType<typeof linkedWithDossier>>;

/** The user's own active, unlinked bookings and loans within 7 days either side of `day`. */
export async function linkCandidates(userId: string, day: Date, client: Db = db): Promise<LinkedBookings> {
  const key = brusselsParts(day).dateKey;
  const from = addBrusselsDays(key, -7);
  const to = addBrusselsDays(key, 7);
  const [halls, loans] = await Promise.all([
    client.hallBooking.findMany({
      where: {
        userId,
        eventCaseId: null,
        status: { in: ["REQUESTED", "APPROVED"] },
        startsAt: { gte: brusselsInstant(from, 0), lt: brusselsInstant(to, 24 * 60) },
      },
      orderBy: { startsAt: "asc" },
      select: hallSelect,
    }),
    client.loan.findMany({
      where: {
        userId,
        eventCaseId: null,
        status: { not: "CANCELLED" },
        pickupDate: { lte: new Date(`${to}T00:00:00Z`) },
        returnDate: { gte: new Date(`${from}T00:00:00Z`) },
      },
      orderBy: { pickupDate: "asc" },
      select: loanSelect,
    }),
  ]);
  return { halls, loans };
}

/**
 * Just requested for the dossier from the hall or lending flow: the user's own booking or loan, linked
 * to this dossier, and its order when there is one to look at or pay.
 */
export async function requestedForDossier(
  userId: string,
  target: DossierLink,
  request: { kind: "hall" | "loan"; id: string },
  client: Db = db,
) {
  const where = { id: request.id, userId, ...target };
  const found =
    request.kind === "hall"
      ? await client.hallBooking.findFirst({ where, select: { orderId: true } })
      : await client.loan.findFirst({ where, select: { orderId: true } });
  if (!found) return null;
  const order = found.orderId
    ? await client.order.findUnique({
        where: { id: found.orderId },
        select: { accessToken: true, number: true, status: true },
      })
    : null;
  return { kind: request.kind, order };
}
