// Zod building blocks for the values a form posts (strings, or arrays of strings for groups), with
// Dutch messages. Every form schema is made of these, so "empty", "whole number", "amount in euro"
// and "ticked" mean the same thing in every form, in the browser and on the server.
import { z } from "zod";
import { calendarDateSchema } from "@/lib/be/calendar-date";
import { parseEuroToCents } from "@/lib/be/money";
import { CONTROL_CHARACTER as CONTROL, CONTROL_MESSAGE } from "./control";

export { calendarDateSchema as calendarDate };

/**
 * The Dutch fallback for any check that names no message of its own (a field missing from a
 * hand-made post, a value of the wrong type): bad input always gets a sentence people can read,
 * never zod's English default nor the generic error. Every schema imports this module.
 */
z.config({
  customError: (issue) => {
    if (issue.code === "invalid_type")
      return issue.input === undefined ? "Vul dit veld in." : "Dit veld klopt niet.";
    if (issue.code === "too_big") return "Deze waarde is te groot of te lang.";
    if (issue.code === "too_small") return "Deze waarde is te klein of te kort.";
    return "Controleer dit veld.";
  },
});

/** A text that must be filled in (trimmed); `max` guards the database and the mails. */
export function requiredText(message: string, { max = 200, min = 1, tooShort }: TextLimits = {}) {
  const filledIn = z.string({ error: message }).trim().min(1, message);
  // A second minimum only when it says more than "fill it in": an empty field gets one message.
  return (min > 1 ? filledIn.min(min, tooShort ?? message) : filledIn)
    .max(max, `Houd het korter (maximaal ${max} tekens).`)
    .refine((v) => !CONTROL.test(v), CONTROL_MESSAGE);
}

type TextLimits = { max?: number; min?: number; tooShort?: string };

/** A text that may stay empty: empty (or only spaces) becomes undefined. */
export function optionalText({ max = 200 }: { max?: number } = {}) {
  return z
    .string()
    .max(max * 2) // before trimming: a megabyte of spaces is not "empty"
    .optional()
    .transform((v) => (v === undefined || v.trim() === "" ? undefined : v.trim()))
    .refine((v) => v === undefined || v.length <= max, `Houd het korter (maximaal ${max} tekens).`)
    .refine((v) => v === undefined || !CONTROL.test(v), CONTROL_MESSAGE);
}

/** An e-mail address (at most 254 characters, the limit of SMTP). */
export function email(message = "Vul een geldig e-mailadres in.") {
  return z.string({ error: message }).trim().toLowerCase().max(254, message).pipe(z.email(message));
}

export function optionalEmail(message = "Vul een geldig e-mailadres in.") {
  return z
    .string()
    .max(600, message)
    .optional()
    .transform((v) => (v === undefined || v.trim() === "" ? undefined : v.trim().toLowerCase()))
    .pipe(z.email(message).max(254, message).optional());
}

/** A single checkbox: ticked sends "on" (or the value given), unticked sends nothing. */
export function checkbox() {
  return z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => v !== undefined && v !== "" && v !== "false");
}

/** A checkbox group or multi-select: always an array, without empty entries. */
export function choices<T extends string = string>(allowed?: readonly T[], message = "Kies uit de lijst.") {
  return z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]).filter((s) => s !== ""))
    .refine((list) => !allowed || list.every((s) => (allowed as readonly string[]).includes(s)), message)
    .transform((list) => [...new Set(list)] as T[]);
}

/** One of a fixed set of values (radio group, select). */
export function oneOf<T extends string>(values: readonly [T, ...T[]], message: string) {
  return z.enum(values, { error: message });
}

/** A whole number typed in a text or number field; `outOfRange` when a number misses the bounds. */
export function wholeNumber({
  min,
  max,
  message,
  outOfRange = message,
}: {
  min: number;
  max: number;
  message: string;
  outOfRange?: string;
}) {
  return z
    .string({ error: message })
    .trim()
    .regex(/^-?\d{1,9}$/, message)
    .transform(Number)
    .refine((n) => n >= min && n <= max, outOfRange);
}

/** Like wholeNumber, but empty means `fallback`. */
export function optionalWholeNumber(limits: { min: number; max: number; message: string; fallback: number }) {
  return z
    .string()
    .max(20, limits.message)
    .optional()
    .transform((v) => (v === undefined || v.trim() === "" ? String(limits.fallback) : v))
    .pipe(wholeNumber(limits));
}

/** An amount in euro as people type it ("12,50", "€ 1.250", "12.5") to integer cents. */
export function euroCents({
  min = 0,
  max = 10_000_000,
  message,
}: {
  min?: number;
  max?: number;
  message: string;
}) {
  return z
    .string({ error: message })
    .max(30, message)
    .transform((v, ctx) => {
      const cents = parseEuroToCents(v);
      if (cents === null || cents < min || cents > max) {
        ctx.addIssue({ code: "custom", message });
        return z.NEVER;
      }
      return cents;
    });
}

/**
 * The files of a FileField, always a list (an untouched input sends none). Their type and size are
 * judged from the bytes on the server, by lib/uploads.
 */
export function files() {
  return z
    .union([z.instanceof(File), z.array(z.instanceof(File))])
    .optional()
    .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]));
}

/** The honeypot: people leave it empty, simple bots fill it in. */
export function honeypot() {
  return z.string().max(0, "Laat dit veld leeg.").optional();
}

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;

/** A time of day ("08:30", what <input type="time"> posts) as minutes after midnight. */
export function clockTime(message: string, { upToMidnight = false } = {}) {
  return z
    .string({ error: message })
    .trim()
    .refine((v) => CLOCK.test(v) || (upToMidnight && v === "24:00"), message)
    .transform((v) => Number(v.slice(0, 2)) * 60 + Number(v.slice(3)));
}

const PHONE = /^\+?[0-9 ./()-]{9,20}$/;
const PHONE_MESSAGE = "Vul een geldig telefoonnummer in, bijvoorbeeld 0470 12 34 56.";

/** A Belgian or international phone number as people type it ("0470 12 34 56", "+32 50 …"). */
export function phoneNumber(message = PHONE_MESSAGE) {
  return z.string({ error: message }).trim().regex(PHONE, message);
}

/** A phone number that may stay empty (then undefined). */
export function optionalPhoneNumber(message = PHONE_MESSAGE) {
  return optionalText({ max: 30 }).refine((v) => v === undefined || PHONE.test(v), message);
}
