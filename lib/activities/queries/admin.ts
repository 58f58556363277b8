// Staff reads for managing activities (activities:manage): one activity with its tariffs and
// sessions (places taken per session from the capacity engine, registrations counted), one
// session, and the opening moments. The edit forms' starting values are strings as typed.
import "server-only";
import { availability } from "@/lib/capacity";
import { brusselsParts, formatDateTime, formatTime } from "@/lib/be/time";
import { db } from "@/lib/db";
import type { FormValues } from "@/lib/forms/form-data";
import { dateKeyOf as key } from "@/lib/be/date-key";

const euro = (cents: number | null | undefined) =>
  cents === null || cents === undefined
    ? ""
    : `${Math.floor(cents / 100)},${String(cents % 100).padStart(2, "0")}`;
const text = (n: number | null) => (n === null ? "" : String(n));

export async function activityForEdit(activityId: string) {
  const activity = await db.activity.findUnique({
    where: { id: activityId },
    include: {
      tariffs: true,
      sessions: {
        orderBy: { startDate: "asc" },
        include: { _count: { select: { registrations: true } } },
      },
    },
  });
  if (!activity) return null;
  const free = await availability(
    db,
    activity.sessions.map((s) => s.poolId),
  );
  const sessions = activity.sessions.map((s) => {
    const pool = free.get(s.poolId);
    return {
      ...s,
      taken: pool ? pool.capacity - pool.available : 0,
      registrations: s._count.registrations,
    };
  });
  const tariff = (code: string) => activity.tariffs.find((t) => t.code === code);
  const values: FormValues = {
    title: activity.title,
    slug: activity.slug,
    kind: activity.kind,
    summary: activity.summary,
    description: activity.description,
    organiser: activity.organiser,
    whatToBring: activity.whatToBring ?? "",
    village: activity.village,
    openingId: activity.openingId,
    cancelDays: String(activity.cancelDays),
    cancelFee: euro(activity.cancelFeeCents),
    siblingDiscountPercent: String(activity.siblingDiscountPercent),
    published: activity.published ? "on" : "",
    residentDay: euro(tariff("RESIDENT")?.dayCents),
    residentWeek: euro(tariff("RESIDENT")?.weekCents),
    nonResidentDay: euro(tariff("NON_RESIDENT")?.dayCents),
    nonResidentWeek: euro(tariff("NON_RESIDENT")?.weekCents),
  };
  return { activity, sessions, values };
}

export async function sessionForEdit(activityId: string, sessionId: string) {
  const s = await db.activitySession.findFirst({
    where: { id: sessionId, activityId },
    include: { activity: { select: { title: true } } },
  });
  if (!s) return null;
  const values: FormValues = {
    label: s.label,
    start: key(s.startDate),
    end: key(s.endDate),
    days: String(s.days),
    place: s.place,
    minAge: text(s.minAge),
    maxAge: text(s.maxAge),
    minSchoolYear: text(s.minSchoolYear),
    maxSchoolYear: text(s.maxSchoolYear),
    capacity: String(s.capacity),
  };
  return { session: s, values };
}

export async function activityTitle(activityId: string) {
  return db.activity.findUnique({ where: { id: activityId }, select: { id: true, title: true } });
}

/** Every opening moment, latest first, with how many activities use it (bounded: a few a year). */
export async function staffOpenings() {
  return db.registrationOpening.findMany({
    orderBy: { opensAt: "desc" },
    take: 200,
    include: { _count: { select: { activities: true } } },
  });
}

/** The opening moments an activity can choose, as options. */
export async function openingOptions() {
  const rows = await staffOpenings();
  return rows.map((o) => ({ value: o.id, label: `${o.label} (${formatDateTime(o.opensAt)})` }));
}

/** An opening with its form values; `started` (its moment past or parents admitted) fixes its hour. */
export async function openingForEdit(openingId: string, now = new Date()) {
  const o = await db.registrationOpening.findUnique({ where: { id: openingId } });
  if (!o) return null;
  const values: FormValues = {
    label: o.label,
    opensOn: brusselsParts(o.opensAt).dateKey,
    opensAt: formatTime(o.opensAt),
    closesOn: brusselsParts(o.closesAt).dateKey,
    closesAt: formatTime(o.closesAt),
    waitingRoomMinutes: String(o.waitingRoomMinutes),
    admitBatch: String(o.admitBatch),
  };
  return { opening: o, values, started: o.admitted > 0 || o.opensAt <= now };
}

/** The fiscal maximum per day of every year that has one, the newest first. */
export function staffDayCaps() {
  return db.childcareDayCap.findMany({ orderBy: { year: "desc" } });
}
