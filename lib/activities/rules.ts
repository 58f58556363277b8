// The pure rules of activities: who fits a session (age on its first day, school year), what a
// line costs (tariff basis, week price, sibling discount) and when a place in the waiting room is
// admitted. Unit-tested; the commands read the data and apply these.

export type Limits = {
  minAge: number | null;
  maxAge: number | null;
  minSchoolYear: number | null;
  maxSchoolYear: number | null;
};

/** Whole years old on `day` (YYYY-MM-DD), born on `birthDate` (YYYY-MM-DD). */
export function ageOn(birthDate: string, day: string): number {
  const [by, bm, bd] = birthDate.split("-").map(Number) as [number, number, number];
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

export type Fit =
  { ok: true } | { ok: false; reason: "too-young" | "too-old" | "school-year" | "no-school-year" };

/** Whether a child fits a session's age and school-year limits on the session's first day. */
export function fitsSession(
  child: { birthDate: string; schoolYear: number | null },
  start: string,
  limits: Limits,
): Fit {
  const age = ageOn(child.birthDate, start);
  if (limits.minAge !== null && age < limits.minAge) return { ok: false, reason: "too-young" };
  if (limits.maxAge !== null && age > limits.maxAge) return { ok: false, reason: "too-old" };
  if (limits.minSchoolYear !== null || limits.maxSchoolYear !== null) {
    if (child.schoolYear === null) return { ok: false, reason: "no-school-year" };
    if (limits.minSchoolYear !== null && child.schoolYear < limits.minSchoolYear)
      return { ok: false, reason: "school-year" };
    if (limits.maxSchoolYear !== null && child.schoolYear > limits.maxSchoolYear)
      return { ok: false, reason: "school-year" };
  }
  return { ok: true };
}

export type Tariff = { code: string; label: string; dayCents: number; weekCents: number | null };

/** Sessions of this many days or more are priced by the week when the tariff has a week price. */
export const WEEK_DAYS = 5;

/** The resident tariff needs a verified resident; everyone else pays the non-resident tariff. */
export function tariffFor(tariffs: readonly Tariff[], verifiedResident: boolean): Tariff | null {
  const wanted = verifiedResident ? "RESIDENT" : "NON_RESIDENT";
  return tariffs.find((t) => t.code === wanted) ?? tariffs.find((t) => t.code === "NON_RESIDENT") ?? null;
}

export type PricedLine = { unitCents: number; basis: "day" | "week"; discounted: boolean; social: boolean };

/** The social tariff (UiTPAS kansentarief) on an order line and a registration. */
export const SOCIAL_TARIFF = { code: "SOCIAL", label: "Kansentarief (UiTPAS)" } as const;

/**
 * Whether a child's social-tariff claim gives the social tariff for a session starting on `start`
 * (YYYY-MM-DD): only a confirmed claim whose end date is on or after that day. Requested, refused
 * or expired: the normal tariff.
 */
export function socialTariffApplies(
  claim: { status: string; validUntil: string | null } | null | undefined,
  start: string,
): boolean {
  return claim?.status === "CONFIRMED" && claim.validUntil !== null && claim.validUntil >= start;
}

export type SocialClaimState = "none" | "requested" | "refused" | "expired" | "confirmed";

/**
 * Where a child's claim stands for the parent on `today` (YYYY-MM-DD, Brussels): a confirmed claim
 * whose end date has passed is expired (the end date itself still counts, as in socialTariffApplies).
 */
export function socialClaimState(
  claim: { status: string; validUntil: string | null } | null | undefined,
  today: string,
): SocialClaimState {
  if (!claim) return "none";
  if (claim.status === "REQUESTED") return "requested";
  if (claim.status === "REFUSED") return "refused";
  return claim.validUntil !== null && claim.validUntil >= today ? "confirmed" : "expired";
}

/**
 * A line's price: the week price for a session of at least WEEK_DAYS days when there is one,
 * else day price × days; `siblingIndex` 0 is the first child of the household in this activity,
 * from 1 on the sibling discount applies (rounded to whole cents in the parent's favour).
 * With `socialSharePercent` (the child has the social tariff for this session) the parent pays
 * that share of the same base price, rounded down. The sibling discount does not stack on top of
 * it: the parent pays whichever of the two is lower.
 */
export function priceLine(
  tariff: Tariff,
  days: number,
  siblingIndex: number,
  discountPercent: number,
  socialSharePercent: number | null = null,
): PricedLine {
  const week = tariff.weekCents !== null && days >= WEEK_DAYS;
  const basis = week ? "week" : "day";
  const base = week ? tariff.weekCents! : tariff.dayCents * days;
  const discounted = siblingIndex > 0 && discountPercent > 0;
  const unitCents = discounted ? Math.floor((base * (100 - discountPercent)) / 100) : base;
  if (socialSharePercent !== null) {
    const social = Math.floor((base * socialSharePercent) / 100);
    if (social <= unitCents) return { unitCents: social, basis, discounted: false, social: true };
  }
  return { unitCents, basis, discounted, social: false };
}

/** The label a line keeps: "Inwoner, weekprijs, broer/zus-korting", "Kansentarief (UiTPAS), dagprijs". */
export function tariffLabel(label: string, price: { basis: "day" | "week"; discounted: boolean }) {
  return `${label}, ${price.basis === "week" ? "weekprijs" : "dagprijs"}${price.discounted ? ", broer/zus-korting" : ""}`;
}

/** A batch whose parents did not send their basket within this many seconds no longer holds the line. */
export const ADMISSION_STALL_SECONDS = 20;

/** The rate assumed before anyone was served (the server's sustained rate in bench:opening). */
export const ASSUMED_SERVED_PER_SECOND = 20;

export type Admission = {
  position: number;
  /** Places 1..admitted are admitted. */
  admitted: number;
  /** How many in line have been served (their basket registered). */
  served: number;
  batch: number;
  opensAt: Date;
  now: Date;
};

/**
 * When the parent at `position` (1-based) is about to be admitted: now when admitted; else at the
 * rate measured since the opening (served per second) for the places still ahead, the first batch
 * going in at the opening. Honest rather than promised: it moves with the server's real pace.
 */
export function admissionEstimate(a: Admission): Date {
  if (a.position <= a.admitted) return a.now;
  const start = Math.max(a.now.getTime(), a.opensAt.getTime());
  const elapsed = (a.now.getTime() - a.opensAt.getTime()) / 1000;
  const rate = a.served > 0 && elapsed >= 1 ? a.served / elapsed : ASSUMED_SERVED_PER_SECOND;
  const ahead = a.position - Math.max(a.admitted, a.now < a.opensAt ? a.batch : 0);
  return new Date(start + (Math.max(0, ahead) / rate) * 1000);
}

/**
 * How far admission should reach now, or null when it should stay: the first batch at the opening;
 * then, once half of the admitted parents still busy were served, as many new ones as were served
 * (at most `batch` busy at once); and half a batch more when nothing moved for
 * ADMISSION_STALL_SECONDS (parents who closed their tab do not block the line).
 */
export function nextAdmitted(
  s: { admitted: number; admittedAt: Date | null; served: number; total: number; batch: number },
  opensAt: Date,
  now: Date,
): number | null {
  if (now < opensAt || s.admitted >= s.total) return null;
  const busy = s.admitted - s.served;
  const stalled =
    s.admittedAt !== null && now.getTime() - s.admittedAt.getTime() >= ADMISSION_STALL_SECONDS * 1000;
  let target = s.admitted;
  if (s.admittedAt === null || busy * 2 <= s.batch) target = s.served + s.batch;
  if (stalled) target = Math.max(target, s.admitted + Math.max(1, Math.floor(s.batch / 2)));
  target = Math.min(s.total, target);
  return target > s.admitted ? target : null;
}

/** Whether joining at `at` counts as arriving early (a random place among the early ones). */
export function isEarly(at: Date, opensAt: Date, waitingRoomMinutes: number): boolean {
  return at.getTime() < opensAt.getTime() && at.getTime() >= opensAt.getTime() - waitingRoomMinutes * 60_000;
}

/** The last day a registration can still be cancelled online (YYYY-MM-DD, inclusive). */
export function cancelDeadline(start: string, cancelDays: number): string {
  const d = new Date(`${start}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - cancelDays);
  return d.toISOString().slice(0, 10);
}

export const poolKey = (sessionId: string) => `session:${sessionId}`;

/**
 * How long the waiting-room page waits before asking again: half the time still to wait, between
 * 2 and 15 seconds, so a thousand parents far from their turn do not poll the server every second.
 */
export function nextPollMs(secondsToAdmission: number | undefined): number {
  const half = ((secondsToAdmission ?? 4) * 1000) / 2;
  return Math.min(15_000, Math.max(2_000, half));
}

/** The waiting room's estimate in words: seconds up to a minute and a half, then whole minutes. */
export function turnInWords(secondsToAdmission: number | undefined): string {
  const s = secondsToAdmission ?? 0;
  if (s <= 0) return "Je bent zo aan de beurt.";
  if (s < 90) return `Je bent aan de beurt over ongeveer ${s} seconden.`;
  return `Je bent aan de beurt over ongeveer ${Math.ceil(s / 60)} minuten.`;
}
