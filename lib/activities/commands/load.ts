// Reading a parent's basket for an opening with everything the rules need: the child, the session
// and its activity's tariffs. Shared by the basket, the register command and the staff desk.
import "server-only";
import type { Db, Tx } from "@/lib/db/client";
import { childKey } from "../child-key";
import { FieldError } from "@/lib/errors";
import { activityMessages } from "../messages";
import { type Fit, fitsSession } from "../rules";
import { dateKeyOf } from "@/lib/be/date-key";

export const dateKey = dateKeyOf;

export async function basketOf(db: Db | Tx, userId: string, openingId?: string) {
  const lines = await db.activityBasketLine.findMany({
    where: { userId, ...(openingId ? { session: { activity: { openingId } } } : {}) },
    orderBy: { createdAt: "asc" },
    include: {
      member: true,
      session: { include: { activity: { include: { tariffs: true, opening: true } } } },
    },
  });
  return lines;
}

export type BasketLine = Awaited<ReturnType<typeof basketOf>>[number];

function fitMessage(fit: Exclude<Fit, { ok: true }>, name: string): string {
  switch (fit.reason) {
    case "too-young":
      return activityMessages.childTooYoung(name);
    case "too-old":
      return activityMessages.childTooOld(name);
    case "school-year":
      return activityMessages.childSchoolYear(name);
    case "no-school-year":
      return activityMessages.childNoSchoolYear(name);
  }
}

/** Throws the Dutch reason when a child does not fit a session's age or school-year limits. */
export function assertFits(
  member: { firstName: string; birthDate: Date; schoolYear: number | null },
  session: {
    startDate: Date;
    minAge: number | null;
    maxAge: number | null;
    minSchoolYear: number | null;
    maxSchoolYear: number | null;
  },
  field = "memberId",
) {
  const fit = fitsSession(
    { birthDate: dateKey(member.birthDate), schoolYear: member.schoolYear },
    dateKey(session.startDate),
    session,
  );
  if (!fit.ok) throw new FieldError(field, fitMessage(fit, member.firstName));
}

/** The child's identity; members from before activities existed have none stored yet. */
export function keyOf(member: {
  childKey: string | null;
  firstName: string;
  lastName: string;
  birthDate: Date;
}) {
  return member.childKey ?? childKey(member.firstName, member.lastName, dateKey(member.birthDate));
}
