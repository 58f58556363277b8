/**
 * Money is stored as integer euro cents so sums never pick up float drift.
 */

const euroFormatter = new Intl.NumberFormat("nl-BE", { style: "currency", currency: "EUR" });

/**
 * nl-BE formatting, e.g. `€ 1.250,00` and `€ -3,00`. The gap after `€` is a
 * no-break space (U+00A0) on purpose: it keeps the sign glued to the amount
 * when text wraps.
 */
export function formatEuro(cents: number): string {
  if (!Number.isSafeInteger(cents)) {
    throw new RangeError(`formatEuro expects integer cents, got ${cents}`);
  }
  // Passing an exact decimal string avoids float rounding for large amounts and
  // sidesteps "-0,00" for negative zero.
  const abs = Math.abs(cents);
  const sign = cents < 0 ? "-" : "";
  const decimal = `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
  return euroFormatter.format(decimal as `${number}`);
}

// Dots are thousands separators in nl-BE, but people also type "12.50".
// A single dot followed by one or two digits is therefore read as a decimal point.
const GROUPED_INT = /^\d{1,3}(?:\.\d{3})+$/;
const PLAIN_INT = /^\d+$/;

function splitAmount(body: string): [string, string] | null {
  const commaParts = body.split(",");
  if (commaParts.length > 2) return null;
  if (commaParts.length === 2) {
    const [intPart, frac] = commaParts;
    if (!/^\d{1,2}$/.test(frac)) return null;
    if (!PLAIN_INT.test(intPart) && !GROUPED_INT.test(intPart)) return null;
    return [intPart.replace(/\./g, ""), frac];
  }
  const decimalDot = /^(\d+)\.(\d{1,2})$/.exec(body);
  if (decimalDot) return [decimalDot[1], decimalDot[2]];
  if (PLAIN_INT.test(body) || GROUPED_INT.test(body)) return [body.replace(/\./g, ""), ""];
  return null;
}

/**
 * Parses user input such as "12,50", "12.50", "€ 12,50", "1.250,00" or "1250"
 * into cents. Returns null for anything ambiguous or with more than 2 decimals.
 * A leading minus is accepted so that formatEuro output round-trips; callers
 * that only want positive amounts must check the sign themselves.
 */
export function parseEuroToCents(input: string): number | null {
  if (typeof input !== "string") return null;
  let body = input.replace(/[\s\u00a0\u202f]+/g, " ").trim();
  body = body.replace(/^(?:€|EUR)\s*/i, "").replace(/\s*(?:€|EUR)$/i, "");
  let negative = false;
  if (body.startsWith("-")) {
    negative = true;
    body = body.slice(1);
  }
  const parts = splitAmount(body);
  if (parts === null) return null;
  const [intPart, frac] = parts;
  const cents = Number(intPart) * 100 + Number(frac.padEnd(2, "0"));
  if (!Number.isSafeInteger(cents)) return null;
  return negative && cents !== 0 ? -cents : cents;
}
