// An activity's organisers (a scoped link, no staff role) and messages to the parents of a session:
// staff add an organiser by e-mail; only that organiser sees the medical notes of the activity's
// children, each such view audited; another organiser, a resident and staff get nothing; removal
// and the retention period end the access; a message reaches each parent once, is stored and
// audited, and bad input or another person stores nothing.
import { randomUUID } from "node:crypto";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { municipality } from "@/prisma/seed/data";
import { activity, opening, parent, session } from "./activities-fixtures";
import { actorWith, formData } from "../support/server-action-call";

process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";
const current = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/actor", () => ({ getActor: async () => current.actor }));
vi.mock("next/cache", async (original) => ({
  ...(await original<typeof import("next/cache")>()),
  revalidatePath: () => undefined,
}));

const { addOrganiserAction, removeOrganiserAction, messageParentsAction, messageParentsAsOrganiserAction } =
  await import("@/lib/activities/organiser-actions");
const { organiserSession, myOrganisedActivities } = await import("@/lib/activities/queries/organiser");
const { removeExpiredOrganisers, removeExpiredMessages } = await import("@/lib/activities/retention");
const { default: OrganiserSessionPage } = await import("@/app/mijn/organisator/[sessionId]/page");

const actorFor = (userId: string, staff: boolean) => actorWith(userId, staff ? ["LEISURE"] : []);

const post = formData;

let arrival = 5_000_000n;
async function register(
  sessionId: string,
  who: Awaited<ReturnType<typeof parent>>,
  child: number,
  status: "CONFIRMED" | "HELD" | "WAITING" | "CANCELLED" = "CONFIRMED",
) {
  const s = await db.activitySession.findUniqueOrThrow({ where: { id: sessionId } });
  const member = who.members[child]!;
  return db.activityRegistration.create({
    data: {
      sessionId,
      userId: who.user.id,
      memberId: member.id,
      childKey: member.childKey!,
      childName: member.firstName,
      startDate: s.startDate,
      endDate: s.endDate,
      status,
      arrival: arrival++,
      tariffCode: "RESIDENT",
      tariffLabel: "Inwoner",
      priceCents: 4000,
    },
  });
}

const user = (name: string) =>
  db.user.create({ data: { email: `${name}-${randomUUID()}@example.be`, name } });

/** An activity with one session (5-9 July 2027), a parent with two children in it and one child with notes. */
async function camp() {
  const o = await opening(new Date("2027-03-01T08:00:00Z"));
  const a = await activity(o.id);
  const s = await session(a.id, 10);
  const p = await parent([
    { firstName: "Mila", birthDate: "2018-05-01" },
    { firstName: "Noah", birthDate: "2019-06-01" },
  ]);
  await db.householdMember.update({
    where: { id: p.members[0]!.id },
    data: { medicalNotes: "Allergie: noten" },
  });
  await register(s.id, p, 0);
  await register(s.id, p, 1, "HELD");
  return { activity: a, session: s, parent: p };
}

const audits = (action: string, subjectId: string) => db.auditLog.findMany({ where: { action, subjectId } });

let staffId: string;
beforeAll(async () => {
  await db.municipality.upsert({ where: { id: 1 }, update: {}, create: { id: 1, ...municipality } });
  staffId = (await user("Medewerker")).id;
});
beforeEach(() => {
  current.actor = null;
});

async function addByStaff(activityId: string, sessionId: string, email: string) {
  current.actor = actorFor(staffId, true);
  const result = await addOrganiserAction(null, post({ activityId, sessionId, email }));
  current.actor = null;
  return result;
}

describe("an activity's organisers", () => {
  it("are added by staff by e-mail (audited); an unknown e-mail gets a Dutch message and stores nothing", async () => {
    const c = await camp();
    const monitor = await user("Monitor");
    const unknown = await addByStaff(c.activity.id, c.session.id, "niemand-hier@example.be");
    expect(unknown).toMatchObject({
      ok: false,
      fieldErrors: { email: [expect.stringContaining("geen account")] },
    });
    expect(await db.activityOrganiser.count({ where: { activityId: c.activity.id } })).toBe(0);

    const added = await addByStaff(c.activity.id, c.session.id, monitor.email!.toUpperCase());
    expect(added).toEqual({ ok: true, data: { name: "Monitor" } });
    expect(
      await db.activityOrganiser.count({ where: { activityId: c.activity.id, userId: monitor.id } }),
    ).toBe(1);
    expect(await audits("activity.organiser-added", c.activity.id)).toHaveLength(1);

    const twice = await addByStaff(c.activity.id, c.session.id, monitor.email!);
    expect(twice).toMatchObject({
      ok: false,
      fieldErrors: { email: [expect.stringContaining("al begeleider")] },
    });
  });

  it("cannot be added by a resident without the activities permission", async () => {
    const c = await camp();
    const resident = await user("Inwoner");
    current.actor = actorFor(resident.id, false);
    const attempt = addOrganiserAction(
      null,
      post({ activityId: c.activity.id, sessionId: c.session.id, email: resident.email! }),
    );
    await expect(attempt).rejects.toMatchObject({ digest: expect.stringContaining("403") });
    expect(await db.activityOrganiser.count({ where: { activityId: c.activity.id } })).toBe(0);
  });

  it("see the placed children with medical notes only when asked, and each such view is audited with the count", async () => {
    const c = await camp();
    const monitor = await user("Monitor");
    await addByStaff(c.activity.id, c.session.id, monitor.email!);

    const plain = await organiserSession(c.session.id, monitor.id, false);
    expect(plain?.placed.map((r) => r.childName).sort()).toEqual(["Mila", "Noah"]);
    expect(plain?.placed.every((r) => r.member && !("medicalNotes" in r.member))).toBe(true);
    expect(await audits("activity.medical-notes-viewed", c.session.id)).toHaveLength(0);

    const withNotes = await organiserSession(c.session.id, monitor.id, true);
    expect(withNotes?.placed.find((r) => r.childName === "Mila")?.member?.medicalNotes).toBe(
      "Allergie: noten",
    );
    await organiserSession(c.session.id, monitor.id, true);
    const views = await audits("activity.medical-notes-viewed", c.session.id);
    expect(views).toHaveLength(2);
    expect(views[0]).toMatchObject({
      actorId: monitor.id,
      subjectType: "ActivitySession",
      details: { children: 2 },
    });
    expect((await myOrganisedActivities(monitor.id)).map((a) => a.id)).toEqual([c.activity.id]);
  });

  it("give nothing to an organiser of another activity, a plain resident or staff without the link", async () => {
    const c = await camp();
    const other = await camp();
    const otherMonitor = await user("Andere monitor");
    await addByStaff(other.activity.id, other.session.id, otherMonitor.email!);
    const resident = await user("Inwoner");
    for (const userId of [otherMonitor.id, resident.id, staffId])
      expect(await organiserSession(c.session.id, userId, true)).toBeNull();
    expect(await audits("activity.medical-notes-viewed", c.session.id)).toHaveLength(0);
  });

  it("answer 404 on the organiser's session page for staff without the link, and render it for the organiser", async () => {
    const c = await camp();
    const monitor = await user("Monitor");
    await addByStaff(c.activity.id, c.session.id, monitor.email!);
    const visit = () =>
      OrganiserSessionPage({
        params: Promise.resolve({ sessionId: c.session.id }),
        searchParams: Promise.resolve({ medisch: "1" }),
      });
    current.actor = actorFor(staffId, true);
    await expect(visit()).rejects.toMatchObject({ digest: expect.stringContaining("404") });
    expect(await audits("activity.medical-notes-viewed", c.session.id)).toHaveLength(0);
    current.actor = actorFor(monitor.id, false);
    await expect(visit()).resolves.toBeTruthy();
    expect(await audits("activity.medical-notes-viewed", c.session.id)).toHaveLength(1);
  });

  it("lose the access when staff remove them (audited)", async () => {
    const c = await camp();
    const monitor = await user("Monitor");
    await addByStaff(c.activity.id, c.session.id, monitor.email!);
    current.actor = actorFor(staffId, true);
    const removed = await removeOrganiserAction(
      null,
      post({ activityId: c.activity.id, sessionId: c.session.id, userId: monitor.id }),
    );
    expect(removed).toEqual({ ok: true, data: null });
    expect(await organiserSession(c.session.id, monitor.id, true)).toBeNull();
    expect(await audits("activity.organiser-removed", c.activity.id)).toHaveLength(1);
  });

  it("are removed by retention medicalNotesDays after the activity's last session, not before", async () => {
    const c = await camp();
    const monitor = await user("Monitor");
    await addByStaff(c.activity.id, c.session.id, monitor.email!);
    const days = (await db.activitySettings.findUnique({ where: { id: 1 } }))?.medicalNotesDays ?? 30;
    const lastDay = new Date("2027-07-09T12:00:00Z").getTime();
    await removeExpiredOrganisers(db, new Date(lastDay + (days - 1) * 86_400_000));
    expect(await db.activityOrganiser.count({ where: { activityId: c.activity.id } })).toBe(1);
    await removeExpiredOrganisers(db, new Date(lastDay + (days + 1) * 86_400_000));
    expect(await db.activityOrganiser.count({ where: { activityId: c.activity.id } })).toBe(0);
  });
});

describe("a message to the parents of a session", () => {
  const message = (sessionId: string, extra: Record<string, string> = {}) =>
    post({ sessionId, subject: "Regenjas meebrengen", body: "Morgen regent het.\n\nTot dan!", ...extra });

  it("from staff reaches each parent once (two children), is stored and audited", async () => {
    const c = await camp();
    const second = await parent([{ firstName: "Lou", birthDate: "2018-02-01" }]);
    await register(c.session.id, second, 0);
    const waiting = await parent([{ firstName: "Jef", birthDate: "2018-03-01" }]);
    await register(c.session.id, waiting, 0, "WAITING");
    current.actor = actorFor(staffId, true);
    const result = await messageParentsAction(null, message(c.session.id));
    expect(result).toEqual({ ok: true, data: { sent: 2 } });
    const mails = await db.mailMessage.findMany({
      where: {
        subject: "Testkamp: Regenjas meebrengen",
        to: { in: [c.parent.user.email!, second.user.email!, waiting.user.email!] },
      },
    });
    expect(mails.map((m) => m.to).sort()).toEqual([c.parent.user.email!, second.user.email!].sort());
    expect(mails[0]!.text).toContain("Morgen regent het.");
    const stored = await db.activityMessage.findMany({ where: { sessionId: c.session.id } });
    expect(stored).toMatchObject([{ senderId: staffId, subject: "Regenjas meebrengen", recipientCount: 2 }]);
    expect(await audits("activity.parents-messaged", c.session.id)).toMatchObject([
      { actorId: staffId, details: { recipients: 2 } },
    ]);
  });

  it("from an organiser can include the waiting list; another person's post is not found and stores nothing", async () => {
    const c = await camp();
    const waiting = await parent([{ firstName: "Jef", birthDate: "2018-03-01" }]);
    await register(c.session.id, waiting, 0, "WAITING");
    const monitor = await user("Monitor");
    await addByStaff(c.activity.id, c.session.id, monitor.email!);
    const resident = await user("Inwoner");

    current.actor = actorFor(resident.id, false);
    const refused = await messageParentsAsOrganiserAction(null, message(c.session.id));
    expect(refused).toMatchObject({ ok: false, message: expect.stringContaining("bestaat niet") });
    current.actor = actorFor(staffId, true);
    expect(await messageParentsAsOrganiserAction(null, message(c.session.id))).toMatchObject({ ok: false });
    expect(await db.activityMessage.count({ where: { sessionId: c.session.id } })).toBe(0);

    current.actor = actorFor(monitor.id, false);
    const sent = await messageParentsAsOrganiserAction(null, message(c.session.id, { includeWaiting: "on" }));
    expect(sent).toEqual({ ok: true, data: { sent: 2 } });
    expect(await db.mailMessage.count({ where: { to: waiting.user.email! } })).toBe(1);
  });

  it("with an empty subject or too long a body gets Dutch field messages and stores nothing", async () => {
    const c = await camp();
    current.actor = actorFor(staffId, true);
    const result = await messageParentsAction(
      null,
      post({ sessionId: c.session.id, subject: " ", body: "x".repeat(5001) }),
    );
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { subject: ["Vul een onderwerp in."], body: [expect.stringContaining("maximaal 5000")] },
    });
    expect(await db.activityMessage.count({ where: { sessionId: c.session.id } })).toBe(0);
    expect(await db.mailMessage.count({ where: { to: c.parent.user.email! } })).toBe(0);
  });

  it("is refused to a resident by the staff action (403)", async () => {
    const c = await camp();
    current.actor = actorFor(c.parent.user.id, false);
    await expect(messageParentsAction(null, message(c.session.id))).rejects.toMatchObject({
      digest: expect.stringContaining("403"),
    });
    expect(await db.activityMessage.count({ where: { sessionId: c.session.id } })).toBe(0);
  });

  it("is limited per sender: the sixth within an hour is refused and not stored", async () => {
    const c = await camp();
    const sender = await user("Drukke medewerker");
    current.actor = actorFor(sender.id, true);
    for (let i = 0; i < 5; i++)
      expect(await messageParentsAction(null, message(c.session.id))).toMatchObject({ ok: true });
    const sixth = await messageParentsAction(null, message(c.session.id));
    expect(sixth).toMatchObject({ ok: false, message: expect.stringContaining("binnen een uur") });
    expect(await db.activityMessage.count({ where: { sessionId: c.session.id } })).toBe(5);
  });

  it("is removed by retention messageDays after it was sent", async () => {
    const c = await camp();
    current.actor = actorFor(staffId, true);
    await messageParentsAction(null, message(c.session.id));
    const days = (await db.activitySettings.findUnique({ where: { id: 1 } }))?.messageDays ?? 90;
    await removeExpiredMessages(db, new Date(Date.now() + (days - 1) * 86_400_000));
    expect(await db.activityMessage.count({ where: { sessionId: c.session.id } })).toBe(1);
    await removeExpiredMessages(db, new Date(Date.now() + (days + 1) * 86_400_000));
    expect(await db.activityMessage.count({ where: { sessionId: c.session.id } })).toBe(0);
  });
});
