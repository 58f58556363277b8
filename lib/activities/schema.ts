// The zod schemas of the activities' forms: a basket line, joining the waiting room, registering,
// an offer, cancelling, the catalogue's filters (GET) and a child's details.
import { z } from "zod";
import { brusselsInstant } from "@/lib/be/brussels-clock";
import {
  calendarDate,
  checkbox,
  choices,
  clockTime,
  oneOf,
  optionalText,
  requiredText,
} from "@/lib/forms/fields";

import { activityMessages as m } from "./messages";

// Ids are cuids, or readable seeded ids such as "speelpleinwerking-sjakosj-zomer-2027-2027-07-05-week-1".
const ref = (message: string) => requiredText(message, { max: 120 });

export const basketLineSchema = z.object({
  sessionId: ref("Kies een periode."),
  memberId: ref("Kies een kind."),
});
export type BasketLineInput = z.infer<typeof basketLineSchema>;

export const basketLineIdSchema = z.object({ lineId: ref("Ontbrekende verwijzing.") });

export const openingSchema = z.object({ openingId: ref("Ontbrekende verwijzing.") });
export type OpeningInput = z.infer<typeof openingSchema>;

export const offerSchema = z.object({ token: requiredText("Ontbrekende verwijzing.", { max: 80 }) });

export const registrationIdSchema = z.object({ registrationId: ref("Ontbrekende verwijzing.") });

/** Staff at the desk act for a resident: the same forms with the resident's id. */
const resident = { residentId: ref("Ontbrekende verwijzing.") };
export const deskBasketLineSchema = basketLineSchema.extend(resident);
export const deskBasketLineIdSchema = basketLineIdSchema.extend(resident);
export const deskOpeningSchema = openingSchema.extend(resident);
export const residentSchema = z.object(resident);

const age = z
  .string()
  .trim()
  .max(3)
  .optional()
  .transform((v) => (v ? v : undefined))
  .refine(
    (v) => v === undefined || (/^\d{1,2}$/.test(v) && Number(v) <= 25),
    "Vul een leeftijd tussen 0 en 25 in.",
  )
  .transform((v) => (v === undefined ? undefined : Number(v)));

/** The catalogue's filters: ?leeftijd=8&van=2027-07-01&tot=2027-08-31&soort=kamp. */
export const catalogueFilterSchema = z.object({
  leeftijd: age,
  van: calendarDate()
    .optional()
    .or(z.literal("").transform(() => undefined)),
  tot: calendarDate()
    .optional()
    .or(z.literal("").transform(() => undefined)),
  soort: optionalText({ max: 20 }),
});
export type CatalogueFilter = z.infer<typeof catalogueFilterSchema>;

/** Presence per day: `days.<YYYY-MM-DD>` holds the registrations ticked present that day. */
export const attendanceSchema = z.object({
  sessionId: ref("Ontbrekende verwijzing."),
  days: z
    .record(z.string().max(10), choices())
    .optional()
    .transform((v) => v ?? {}),
});

/** One child's ranked choices (`children.<memberId>.first|second|third`): session ids or empty. */
const choice = optionalText({ max: 120 });
const rankedChoices = z.object({ first: choice, second: choice, third: choice }).transform((c, ctx) => {
  if (!c.first && (c.second || c.third))
    ctx.addIssue({ code: "custom", path: ["first"], message: m.lotteryGapInChoices });
  else if (!c.second && c.third)
    ctx.addIssue({ code: "custom", path: ["second"], message: m.lotteryGapInChoices });
  const list = [c.first, c.second, c.third].filter((s): s is string => Boolean(s));
  if (new Set(list).size !== list.length)
    ctx.addIssue({ code: "custom", path: ["second"], message: m.lotteryChoiceTwice });
  return list;
});

/** A friend code as typed ("k7pm q2xr", "K7PM-Q2XR"): 8 letters and digits, stored in capitals. */
export const friendCodeInput = z
  .string()
  .max(40, m.friendCodeForm)
  .optional()
  .transform((v) => (v ?? "").replace(/[\s-]/g, "").toUpperCase())
  .refine((v) => v === "" || /^[A-Z0-9]{8}$/.test(v), m.friendCodeForm)
  .transform((v) => (v === "" ? null : v));

const lotteryEntryFields = {
  activityId: ref("Ontbrekende verwijzing."),
  together: checkbox(),
  friendCode: friendCodeInput,
  children: z
    .record(z.string().max(120), rankedChoices)
    .optional()
    .transform((v) => v ?? {}),
};

function toLotteryEntry(
  v: { activityId: string; together: boolean; friendCode: string | null; children: Record<string, string[]> },
  ctx: z.RefinementCtx,
) {
  const children = Object.entries(v.children)
    .filter(([, choices]) => choices.length > 0)
    .map(([memberId, choices]) => ({ memberId, choices }));
  // On the first child's first choice: the field every form of this kind has.
  const first = Object.keys(v.children)[0];
  if (children.length === 0)
    ctx.addIssue({
      code: "custom",
      path: first === undefined ? ["together"] : ["children", first, "first"],
      message: m.lotteryNoChild,
    });
  return { activityId: v.activityId, together: v.together, friendCode: v.friendCode, children };
}

/** A parent's lottery entry: per child up to three ranked sessions, and keeping siblings together. */
export const lotteryEntrySchema = z.object(lotteryEntryFields).transform(toLotteryEntry);
/** The same entry made at the desk for the resident found there. */
export const deskLotteryEntrySchema = z
  .object({ ...lotteryEntryFields, ...resident })
  .transform((v, ctx) => ({ residentId: v.residentId, ...toLotteryEntry(v, ctx) }));
export type LotteryEntryInput = z.output<typeof lotteryEntrySchema>;

export const lotteryActivitySchema = z.object({ activityId: ref("Ontbrekende verwijzing.") });
export const deskLotteryActivitySchema = lotteryActivitySchema.extend(resident);

/** Staff: first come or a lottery with its window (Brussels date and hour for each end). */
export const allocationModeSchema = z
  .object({
    activityId: ref("Ontbrekende verwijzing."),
    mode: oneOf(["FIRST_COME", "LOTTERY"], "Kies hoe de plaatsen verdeeld worden."),
    opensOn: calendarDate()
      .optional()
      .or(z.literal("").transform(() => undefined)),
    opensAt: z.string().max(5).optional(),
    closesOn: calendarDate()
      .optional()
      .or(z.literal("").transform(() => undefined)),
    closesAt: z.string().max(5).optional(),
  })
  .transform((v, ctx) => {
    const at = (day: string | undefined, time: string | undefined, field: string) => {
      if (v.mode !== "LOTTERY") return null;
      const minutes = clockTime(m.lotteryTime).safeParse(time ?? "");
      if (!day) ctx.addIssue({ code: "custom", path: [field.replace("At", "On")], message: m.lotteryDay });
      if (!minutes.success) ctx.addIssue({ code: "custom", path: [field], message: m.lotteryTime });
      return day && minutes.success ? brusselsInstant(day, minutes.data) : null;
    };
    const opens = at(v.opensOn, v.opensAt, "opensAt");
    const closes = at(v.closesOn, v.closesAt, "closesAt");
    if (opens && closes && closes <= opens)
      ctx.addIssue({ code: "custom", path: ["closesOn"], message: m.lotteryWindowOrder });
    return { activityId: v.activityId, mode: v.mode, opensAt: opens, closesAt: closes };
  });
export type AllocationModeInput = z.output<typeof allocationModeSchema>;

/** The staff test run is a GET form: `?proef=<seed>`. */
export const trialSeedSchema = z.object({
  proef: requiredText("Geef een seed, bijvoorbeeld de datum van vandaag.", { max: 64 }),
});
