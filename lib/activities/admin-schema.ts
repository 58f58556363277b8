// The zod schemas of staff's forms to manage activities: an activity with its two tariffs, a
// session (dates, days, place, age or school-year limits, capacity) and an opening moment (Brussels
// date and hour for opening and closing). Every message is Dutch and sits on its field.
import { z } from "zod";
import { brusselsInstant } from "@/lib/be/brussels-clock";
import { slugFromName } from "@/lib/eloket/designer/keys";
import {
  calendarDate,
  checkbox,
  clockTime,
  euroCents,
  oneOf,
  optionalText,
  optionalWholeNumber,
  requiredText,
  wholeNumber,
} from "@/lib/forms/fields";
import { activityAdminMessages as m } from "./admin-messages";

const ref = requiredText("Ontbrekende verwijzing.", { max: 120 });
const optionalRef = optionalText({ max: 120 });

export const ACTIVITY_KINDS = ["PLAYGROUND", "CAMP", "SPORTS", "WORKSHOP", "COURSE"] as const;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DAY_MS = 86_400_000;

const price = euroCents({ max: 100_000, message: m.price });
const optionalPrice = z
  .string()
  .max(30, m.price)
  .optional()
  .transform((v) => (v === undefined || v.trim() === "" ? undefined : v))
  .pipe(price.optional())
  .transform((v) => v ?? null);

/** A title as an address: the one rule the portal uses for such words (lower case, hyphens). */
export const slugFromTitle = slugFromName;

/** An activity with its resident and non-resident tariff; without an id it is a new one. */
export const activitySchema = z
  .object({
    activityId: optionalRef,
    title: requiredText(m.title, { min: 3, max: 120 }),
    slug: optionalText({ max: 80 }).refine((v) => v === undefined || SLUG.test(v), m.slugForm),
    kind: oneOf(ACTIVITY_KINDS, m.kind),
    summary: requiredText(m.summary, { max: 300 }),
    description: requiredText(m.description, { max: 4000 }),
    organiser: requiredText(m.organiser, { max: 120 }),
    whatToBring: optionalText({ max: 500 }).transform((v) => v ?? null),
    village: requiredText(m.village, { max: 80 }),
    openingId: requiredText(m.opening, { max: 120 }),
    cancelDays: wholeNumber({ min: 0, max: 60, message: m.cancelDays }),
    cancelFee: price,
    siblingDiscountPercent: optionalWholeNumber({ min: 0, max: 100, message: m.discount, fallback: 0 }),
    published: checkbox(),
    residentDay: price,
    residentWeek: optionalPrice,
    nonResidentDay: price,
    nonResidentWeek: optionalPrice,
  })
  .transform((v, ctx) => {
    const slug = v.slug ?? slugFromTitle(v.title);
    if (!slug) ctx.addIssue({ code: "custom", path: ["slug"], message: m.slugForm });
    const { residentDay, residentWeek, nonResidentDay, nonResidentWeek, cancelFee, ...activity } = v;
    return {
      ...activity,
      activityId: v.activityId ?? null,
      slug,
      cancelFeeCents: cancelFee,
      tariffs: [
        { code: "RESIDENT", label: "Inwoner", dayCents: residentDay, weekCents: residentWeek },
        { code: "NON_RESIDENT", label: "Niet-inwoner", dayCents: nonResidentDay, weekCents: nonResidentWeek },
      ],
    };
  });
export type ActivityInput = z.output<typeof activitySchema>;

const optionalLimit = (max: number, message: string) =>
  z
    .string()
    .max(10, message)
    .optional()
    .transform((v) => (v === undefined || v.trim() === "" ? undefined : v))
    .pipe(wholeNumber({ min: 0, max, message }).optional())
    .transform((v) => v ?? null);

/** A session of an activity; without a session id it is added. Dates are calendar days. */
export const sessionSchema = z
  .object({
    activityId: ref,
    sessionId: optionalRef,
    label: requiredText(m.sessionLabel, { max: 80 }),
    start: calendarDate(m.start),
    end: calendarDate(m.end),
    days: wholeNumber({ min: 1, max: 366, message: m.days }),
    place: requiredText(m.place, { max: 120 }),
    minAge: optionalLimit(25, m.age),
    maxAge: optionalLimit(25, m.age),
    minSchoolYear: optionalLimit(15, m.schoolYear),
    maxSchoolYear: optionalLimit(15, m.schoolYear),
    capacity: wholeNumber({ min: 1, max: 10_000, message: m.capacity }),
  })
  .transform((v, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    const span = Math.round((Date.parse(v.end) - Date.parse(v.start)) / DAY_MS) + 1;
    if (span < 1) issue("end", m.endBeforeStart);
    else if (v.days > span) issue("days", m.daysOverSpan(span));
    if (v.minAge !== null && v.maxAge !== null && v.minAge > v.maxAge) issue("maxAge", m.ageOrder);
    if (v.minSchoolYear !== null && v.maxSchoolYear !== null && v.minSchoolYear > v.maxSchoolYear)
      issue("maxSchoolYear", m.schoolYearOrder);
    if (v.minSchoolYear === 0) issue("minSchoolYear", m.schoolYear);
    if (v.maxSchoolYear === 0) issue("maxSchoolYear", m.schoolYear);
    return { ...v, sessionId: v.sessionId ?? null };
  });
export type SessionInput = z.output<typeof sessionSchema>;

export const removeSessionSchema = z.object({ activityId: ref, sessionId: ref });

/** A Brussels date and hour as one instant, the message on the date or the hour field. */
function instant(ctx: z.RefinementCtx, day: string, time: string, field: "opens" | "closes") {
  const minutes = clockTime(m.time).safeParse(time);
  if (!minutes.success) {
    ctx.addIssue({ code: "custom", path: [`${field}At`], message: m.time });
    return null;
  }
  return brusselsInstant(day, minutes.data);
}

/** An opening moment; without an id it is a new one. */
export const openingMomentSchema = z
  .object({
    openingId: optionalRef,
    label: requiredText(m.openingLabel, { max: 120 }),
    opensOn: calendarDate(m.day),
    opensAt: z.string().max(5, m.time),
    closesOn: calendarDate(m.day),
    closesAt: z.string().max(5, m.time),
    waitingRoomMinutes: wholeNumber({ min: 0, max: 120, message: m.waitingRoom }),
    admitBatch: wholeNumber({ min: 1, max: 1000, message: m.admitBatch }),
  })
  .transform((v, ctx) => {
    const opensAt = instant(ctx, v.opensOn, v.opensAt, "opens");
    const closesAt = instant(ctx, v.closesOn, v.closesAt, "closes");
    if (opensAt && closesAt && closesAt <= opensAt)
      ctx.addIssue({ code: "custom", path: ["closesOn"], message: m.closesBeforeOpens });
    return {
      openingId: v.openingId ?? null,
      label: v.label,
      opensAt: opensAt ?? new Date(0),
      closesAt: closesAt ?? new Date(0),
      waitingRoomMinutes: v.waitingRoomMinutes,
      admitBatch: v.admitBatch,
    };
  });
export type OpeningMomentInput = z.output<typeof openingMomentSchema>;

/**
 * The fiscal maximum per day of childcare for one calendar year (attest 281.86), with where the
 * amount comes from: saving a year that has one replaces it.
 */
export const dayCapSchema = z.object({
  year: wholeNumber({ min: 2000, max: 2100, message: m.capYear }),
  maxDay: euroCents({ min: 1, max: 10_000, message: m.capAmount }),
  source: requiredText(m.capSource, { max: 200 }),
});

export type DayCapInput = z.output<typeof dayCapSchema>;
