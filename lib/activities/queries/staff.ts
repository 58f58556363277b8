// Staff reads (activities:manage): every activity with its sessions and places taken, and the
// participants of a session. No medical notes here: they are for an activity's organisers only,
// a role of the next step.
import "server-only";
import { db } from "@/lib/db";
import { getProfile, searchResidents } from "@/lib/residents/queries";
import { sessionDays } from "../attendance-rules";
import { myBaskets, myChildren, myPlaceInLine } from "./mine";

export async function staffActivities() {
  const activities = await db.activity.findMany({
    orderBy: { title: "asc" },
    include: { opening: true, sessions: { orderBy: { startDate: "asc" } } },
  });
  const pools = await db.capacityPool.findMany({
    where: { id: { in: activities.flatMap((a) => a.sessions.map((s) => s.poolId)) } },
    select: { id: true, taken: true, capacity: true },
  });
  const waiting = await db.activityRegistration.groupBy({
    by: ["sessionId"],
    where: { status: { in: ["WAITING", "OFFERED"] } },
    _count: true,
  });
  const poolById = new Map(pools.map((p) => [p.id, p]));
  const waitingBySession = new Map(waiting.map((w) => [w.sessionId, w._count]));
  return activities.map((a) => ({
    ...a,
    sessions: a.sessions.map((s) => ({
      ...s,
      taken: poolById.get(s.poolId)?.taken ?? 0,
      waiting: waitingBySession.get(s.id) ?? 0,
    })),
  }));
}

export async function sessionWithParticipants(sessionId: string) {
  const session = await db.activitySession.findUnique({
    where: { id: sessionId },
    include: { activity: { select: { title: true } } },
  });
  if (!session) return null;
  const registrations = await db.activityRegistration.findMany({
    where: { sessionId, status: { in: ["HELD", "CONFIRMED", "WAITING", "OFFERED"] } },
    orderBy: [{ status: "asc" }, { arrival: "asc" }],
    include: {
      user: { select: { name: true, email: true, phone: true } },
      member: {
        select: { birthDate: true, schoolYear: true, dietNotes: true, pickupBy: true, photoConsent: true },
      },
      attendance: { select: { day: true } },
    },
  });
  return { session, registrations, days: sessionDays(session) };
}

/** The leisure desk: the resident being served (or the search), their children, basket and line. */
export async function deskParent(query: { inwoner?: string; q?: string }) {
  const [resident, found] = await Promise.all([
    query.inwoner ? getProfile(query.inwoner) : null,
    !query.inwoner && query.q ? searchResidents(query.q.slice(0, 100)) : [],
  ]);
  if (!resident) return { resident: null, found, children: [], baskets: [], places: new Map() };
  const [children, baskets] = await Promise.all([myChildren(resident.id), myBaskets(resident.id)]);
  const places = new Map(
    await Promise.all(
      baskets.map(async (b) => [b.opening.id, await myPlaceInLine(b.opening.id, resident.id)] as const),
    ),
  );
  return { resident, found, children, baskets, places };
}
