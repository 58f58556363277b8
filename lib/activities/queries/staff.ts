// Staff reads (activities:manage): every activity with its sessions and places taken, and the
// participants of a session. No medical notes here: they are for an activity's organisers only
// (queries/organiser.ts).
import "server-only";
import { db } from "@/lib/db";
import { pageFromSearch, paged } from "@/lib/paging";
import { getProfile, findResidents } from "@/lib/residents/queries";
import { sessionDays } from "../attendance-rules";
import { myBaskets, myChildren, myPlaceInLine } from "./mine";

/**
 * Every activity of every season by title, one page (lib/paging, index Activity(title)), with its
 * sessions, places taken and the length of each waiting list (counted for this page's sessions only).
 */
export async function staffActivities(page = 1) {
  const { rows: activities, ...paging } = await paged(
    page,
    () => db.activity.count(),
    (window) =>
      db.activity.findMany({
        orderBy: [{ title: "asc" }, { id: "asc" }],
        include: { opening: true, sessions: { orderBy: { startDate: "asc" } } },
        ...window,
      }),
  );
  const sessionIds = activities.flatMap((a) => a.sessions.map((s) => s.id));
  const pools = await db.capacityPool.findMany({
    where: { id: { in: activities.flatMap((a) => a.sessions.map((s) => s.poolId)) } },
    select: { id: true, taken: true, capacity: true },
  });
  const waiting = await db.activityRegistration.groupBy({
    by: ["sessionId"],
    where: { sessionId: { in: sessionIds }, status: { in: ["WAITING", "OFFERED"] } },
    _count: true,
  });
  const poolById = new Map(pools.map((p) => [p.id, p]));
  const waitingBySession = new Map(waiting.map((w) => [w.sessionId, w._count]));
  return {
    ...paging,
    rows: activities.map((a) => ({
      ...a,
      sessions: a.sessions.map((s) => ({
        ...s,
        taken: poolById.get(s.poolId)?.taken ?? 0,
        waiting: waitingBySession.get(s.id) ?? 0,
      })),
    })),
  };
}

const participantInclude = {
  user: { select: { name: true, email: true, phone: true } },
  member: {
    select: { birthDate: true, schoolYear: true, dietNotes: true, pickupBy: true, photoConsent: true },
  },
  attendance: { select: { day: true } },
} as const;

/** Every registration of a session that counts, places first (the CSV export: the whole list). */
export async function sessionWithParticipants(sessionId: string) {
  const session = await db.activitySession.findUnique({
    where: { id: sessionId },
    include: { activity: { select: { title: true } } },
  });
  if (!session) return null;
  const registrations = await db.activityRegistration.findMany({
    where: { sessionId, status: { in: ["HELD", "CONFIRMED", "WAITING", "OFFERED"] } },
    orderBy: [{ status: "asc" }, { arrival: "asc" }],
    include: participantInclude,
  });
  return { session, registrations, days: sessionDays(session) };
}

/**
 * The staff page of a session: the children with a place (HELD, CONFIRMED) unpaged, as they are at
 * most the session's capacity (its pool refuses more) and the attendance form needs them all; the
 * waiting list (WAITING, OFFERED) grows past any capacity, so it is paged in order of arrival
 * (lib/paging, `?wachtlijst=`), on the index ActivityRegistration(sessionId, status, arrival).
 */
export async function sessionPage(sessionId: string, waitingPage: number) {
  const session = await db.activitySession.findUnique({
    where: { id: sessionId },
    include: { activity: { select: { title: true } } },
  });
  if (!session) return null;
  const waitingWhere = { sessionId, status: { in: ["WAITING" as const, "OFFERED" as const] } };
  const [placed, waiting] = await Promise.all([
    db.activityRegistration.findMany({
      where: { sessionId, status: { in: ["HELD", "CONFIRMED"] } },
      orderBy: [{ status: "asc" }, { arrival: "asc" }],
      include: participantInclude,
    }),
    paged(
      waitingPage,
      () => db.activityRegistration.count({ where: waitingWhere }),
      (window) =>
        db.activityRegistration.findMany({
          where: waitingWhere,
          orderBy: [{ status: "asc" }, { arrival: "asc" }, { id: "asc" }],
          include: participantInclude,
          ...window,
        }),
    ),
  ]);
  return { session, placed, waiting, days: sessionDays(session) };
}

/** The leisure desk: the resident being served (or the search), their children, basket and line. */
export async function deskParent(query: { inwoner?: string; q?: string; pagina?: string }) {
  const [resident, found] = await Promise.all([
    query.inwoner ? getProfile(query.inwoner) : null,
    !query.inwoner && query.q ? findResidents(query.q.slice(0, 100), pageFromSearch(query.pagina)) : null,
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
