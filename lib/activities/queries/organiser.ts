// What an activity's organisers see (a scoped relation, no staff role): the sessions of the
// activities they organise and, per session, the children with a place and their parents'
// details. Medical notes only when asked for; every read that returns them writes an audit entry
// (activity.medical-notes-viewed), in the same function, so no page can show them unaudited.
// A session of an activity the user does not organise is "not found" (null), also for staff.
import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";

/** Whether the user organises any activity (Mijn Wingene links to the organiser pages then). */
export async function organisesAnything(userId: string) {
  return (await db.activityOrganiser.count({ where: { userId } })) > 0;
}

/** The activities the user organises, with their sessions in date order. */
export async function myOrganisedActivities(userId: string) {
  const links = await db.activityOrganiser.findMany({
    where: { userId },
    include: {
      activity: {
        select: {
          id: true,
          title: true,
          village: true,
          sessions: {
            orderBy: { startDate: "asc" },
            select: { id: true, label: true, startDate: true, endDate: true, place: true },
          },
        },
      },
    },
    orderBy: { activity: { title: "asc" } },
  });
  return links.map((l) => l.activity);
}

/** The messages sent to the parents of a session, newest first, with who sent them. */
export async function sessionMessages(sessionId: string) {
  return db.activityMessage.findMany({
    where: { sessionId },
    orderBy: { sentAt: "desc" },
    take: 50,
    include: { sender: { select: { name: true } } },
  });
}

/** The organisers of an activity (the staff page of its sessions). */
export async function activityOrganisers(activityId: string) {
  return db.activityOrganiser.findMany({
    where: { activityId },
    orderBy: { createdAt: "asc" },
    include: { user: { select: { id: true, name: true, email: true } } },
  });
}

/**
 * A session as its organiser sees it, or null when it does not exist or the user does not organise
 * its activity. With `medical`, the children's medical notes are in it and the view is audited
 * (actor: the organiser, subject: the session, details: how many children were shown).
 */
export async function organiserSession(sessionId: string, userId: string, medical: boolean) {
  const session = await db.activitySession.findUnique({
    where: { id: sessionId },
    include: { activity: { select: { id: true, title: true } } },
  });
  if (!session) return null;
  const link = await db.activityOrganiser.findUnique({
    where: { activityId_userId: { activityId: session.activityId, userId } },
  });
  if (!link) return null;
  const placed = await db.activityRegistration.findMany({
    where: { sessionId, status: { in: ["HELD", "CONFIRMED"] } },
    orderBy: [{ childName: "asc" }, { id: "asc" }],
    select: {
      id: true,
      childName: true,
      user: { select: { name: true, email: true, phone: true } },
      member: {
        select: {
          birthDate: true,
          schoolYear: true,
          dietNotes: true,
          pickupBy: true,
          photoConsent: true,
          medicalNotes: medical,
        },
      },
    },
  });
  if (medical)
    await recordAudit(db, {
      actorId: userId,
      action: "activity.medical-notes-viewed",
      subjectType: "ActivitySession",
      subjectId: session.id,
      details: { children: placed.length },
    });
  return { session, placed, medical };
}
