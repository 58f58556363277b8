/**
 * Belgian national register number (rijksregisternummer) and BIS number
 * (together: INSZ). Layout `YYMMDDSSSCC`, printed `YY.MM.DD-SSS.CC`.
 */
import { z } from "zod";

export type NationalRegisterNumberInfo = {
  ok: true;
  digits: string;
  /** UTC midnight of the birth date; null when month or day is unknown (0). */
  birthDate: Date | null;
  sex: "M" | "V";
  bis: boolean;
  century: 1900 | 2000;
};

export type NationalRegisterNumberResult = NationalRegisterNumberInfo | { ok: false; reason: string };

// Only the usual visual separators are tolerated; letters must not be silently dropped.
function cleanDigits(input: string): string {
  return input.replace(/[.\-\s]/g, "");
}

function checksum(nine: string, century: 1900 | 2000): number {
  const base = BigInt(nine) + (century === 2000 ? 2_000_000_000n : 0n);
  return 97 - Number(base % 97n);
}

export function parseNationalRegisterNumber(input: string): NationalRegisterNumberResult {
  const digits = typeof input === "string" ? cleanDigits(input) : "";
  if (!/^\d{11}$/.test(digits)) {
    return { ok: false, reason: "Het rijksregisternummer moet 11 cijfers bevatten." };
  }

  const check = Number(digits.slice(9));
  // 2 000 000 000 is not a multiple of 97, so at most one century can match.
  const century: 1900 | 2000 | null =
    checksum(digits.slice(0, 9), 1900) === check
      ? 1900
      : checksum(digits.slice(0, 9), 2000) === check
        ? 2000
        : null;
  if (century === null) return { ok: false, reason: "Het controlegetal klopt niet." };

  const rawMonth = Number(digits.slice(2, 4));
  const day = Number(digits.slice(4, 6));
  // BIS numbers shift the month by 20 (sex unknown at issue) or 40 (sex known).
  const bis = rawMonth >= 20;
  const month = rawMonth >= 40 ? rawMonth - 40 : rawMonth >= 20 ? rawMonth - 20 : rawMonth;
  // 13-19, 33-39 and 53+ all land above 12 after the shift, so one check covers them.
  if (month > 12) {
    return { ok: false, reason: "De geboortemaand in het rijksregisternummer is ongeldig." };
  }
  if (day > 31) {
    return { ok: false, reason: "De geboortedag in het rijksregisternummer is ongeldig." };
  }

  let birthDate: Date | null = null;
  // Month or day 0 is the official encoding for "unknown", so there is no date to check.
  if (month !== 0 && day !== 0) {
    const year = century + Number(digits.slice(0, 2));
    birthDate = new Date(Date.UTC(year, month - 1, day));
    // Date.UTC rolls 31/02 over into March; that mismatch exposes impossible dates.
    if (birthDate.getUTCMonth() !== month - 1 || birthDate.getUTCDate() !== day) {
      return { ok: false, reason: "De geboortedatum in het rijksregisternummer bestaat niet." };
    }
  }

  const serial = Number(digits.slice(6, 9));
  return { ok: true, digits, birthDate, sex: serial % 2 === 1 ? "M" : "V", bis, century };
}

export function isValidNationalRegisterNumber(input: string): boolean {
  return parseNationalRegisterNumber(input).ok;
}

/** Prints 11 digits as `YY.MM.DD-SSS.CC`; does not validate the check digits. */
export function formatNationalRegisterNumber(digits: string): string {
  const clean = cleanDigits(digits);
  if (!/^\d{11}$/.test(clean)) {
    throw new RangeError("A national register number needs exactly 11 digits.");
  }
  return `${clean.slice(0, 2)}.${clean.slice(2, 4)}.${clean.slice(4, 6)}-${clean.slice(6, 9)}.${clean.slice(9)}`;
}

/**
 * Shows only the birth-date part (`85.07.30-***.**`). Serial and check digits are
 * personal data that screens and logs never need, so they are never echoed back,
 * not even for malformed input.
 */
export function maskNationalRegisterNumber(input: string): string {
  const clean = typeof input === "string" ? cleanDigits(input) : "";
  if (!/^\d{11}$/.test(clean)) return "**.**.**-***.**";
  return `${clean.slice(0, 2)}.${clean.slice(2, 4)}.${clean.slice(4, 6)}-***.**`;
}

/** Form field schema: accepts any common notation, outputs the bare 11 digits. */
export const nationalRegisterNumberSchema = z
  .string()
  .superRefine((value, ctx) => {
    const result = parseNationalRegisterNumber(value);
    if (!result.ok) ctx.addIssue({ code: "custom", message: result.reason });
  })
  .transform((value) => cleanDigits(value));
