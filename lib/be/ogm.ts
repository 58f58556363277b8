/**
 * Belgian structured communication ("gestructureerde mededeling", OGM/VCS):
 * `+++DDD/DDDD/DDDDD+++`, i.e. a 10-digit base followed by 2 check digits.
 *
 * BigInt is used throughout so a full 10-digit base never loses precision,
 * whatever type the caller hands us.
 */

const MAX_BASE = 9_999_999_999n;

// Banks treat a remainder of 0 as 97 so the check digits are never "00".
function checkDigits(base: bigint): string {
  const remainder = base % 97n;
  return (remainder === 0n ? 97n : remainder).toString().padStart(2, "0");
}

function format12(digits: string): string {
  return `+++${digits.slice(0, 3)}/${digits.slice(3, 7)}/${digits.slice(7, 12)}+++`;
}

function toBase(base: number | bigint | string): bigint {
  if (typeof base === "bigint") return base;
  if (typeof base === "number") {
    if (!Number.isSafeInteger(base)) {
      throw new RangeError(`OGM base must be an integer, got ${base}`);
    }
    return BigInt(base);
  }
  // Strings keep leading zeros meaningful ("0123456789"), so only digits are allowed.
  if (!/^\d{1,10}$/.test(base)) {
    throw new RangeError(`OGM base must be 1 to 10 digits, got "${base}"`);
  }
  return BigInt(base);
}

/** Builds the formatted OGM for a base number 0..9999999999. */
export function ogmFromBase(base: number | bigint | string): string {
  const value = toBase(base);
  if (value < 0n || value > MAX_BASE) {
    throw new RangeError(`OGM base must be between 0 and ${MAX_BASE}, got ${value}`);
  }
  const digits = value.toString().padStart(10, "0");
  return format12(digits + checkDigits(value));
}

// People paste OGMs as "+++123/4567/89002+++", "***…***" or with spaces;
// anything other than those separators makes the input invalid.
function extractDigits(input: string): string | null {
  const stripped = input.replace(/[+*/\s]/g, "");
  return /^\d{12}$/.test(stripped) ? stripped : null;
}

/** True when the input (in any common notation) is a correct 12-digit OGM. */
export function isValidOgm(input: string): boolean {
  return normalizeOgm(input) !== null;
}

/** Returns the canonical `+++DDD/DDDD/DDDDD+++` form, or null when invalid. */
export function normalizeOgm(input: string): string | null {
  if (typeof input !== "string") return null;
  const digits = extractDigits(input);
  if (digits === null) return null;
  const base = BigInt(digits.slice(0, 10));
  return checkDigits(base) === digits.slice(10) ? format12(digits) : null;
}
