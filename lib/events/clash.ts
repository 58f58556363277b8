// "Is the place already taken that day?": a warning, not a refusal (two events can share a square;
// staff judge). Read from the hall bookings that hold the hall (the same statuses as the hall's
// exclusion constraint) and from the other event dossiers at the same hall or the same streets,
// over the days from set-up to break-down. Says what is taken and when, never by whom.
import "server-only";
import { addBrusselsDays, brusselsInstant, formatDate } from "@/lib/be/time";
import { db } from "@/lib/db";
import type { Db } from "@/lib/db/client";
import type { Answers } from "@/lib/form-engine";
import { eventMessages } from "./messages";
import { EVENT_PRODUCT } from "./workflow";

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const str = (v: unknown) => (typeof v === "string" && v.trim() !== "" ? v.trim() : undefined);

/** The days an event occupies its place: set-up to break-down, else first to last day. */
export function occupiedDays(answers: Answers): { from: string; to: string } | null {
  const from = str(answers.setupDate) ?? str(answers.eventStart);
  const to = str(answers.breakdownDate) ?? str(answers.eventEnd) ?? str(answers.eventStart);
  return from && to && DATE.test(from) && DATE.test(to) && from <= to ? { from, to } : null;
}

const dayText = (from: Date, to: Date) => {
  const a = formatDate(from);
  const b = formatDate(to);
  return a === b ? a : `${a} tot ${b}`;
};

/** Warnings for a draft's answers (none until both the place and the days are known). */
export async function eventClashes(answers: Answers, userId: string, client: Db = db): Promise<string[]> {
  const days = occupiedDays(answers);
  const hall = answers.locationKind === "zaal" ? str(answers.hall) : undefined;
  const streets = answers.locationKind === "openbaar-domein" ? str(answers.streets) : undefined;
  if (!days || (!hall && !streets)) return [];
  const start = brusselsInstant(days.from, 0);
  const end = brusselsInstant(addBrusselsDays(days.to, 1), 0);
  const out: string[] = [];
  if (hall) {
    const bookings = await client.hallBooking.findMany({
      where: {
        hall: { slug: hall },
        status: { in: ["REQUESTED", "APPROVED"] },
        startsAt: { lt: end },
        endsAt: { gt: start },
      },
      select: { startsAt: true, endsAt: true, hall: { select: { name: true } } },
      orderBy: { startsAt: "asc" },
      take: 3,
    });
    for (const b of bookings)
      out.push(eventMessages.hallTaken(b.hall.name, dayText(b.startsAt, new Date(b.endsAt.getTime() - 1))));
  }
  // Other dossiers (not the person's own) at the same hall or streets, not refused, overlapping.
  const place = hall ? { path: ["hall"], equals: hall } : { path: ["streets"], string_contains: streets! };
  const others = await client.case.findMany({
    where: {
      product: { slug: EVENT_PRODUCT },
      status: { not: "REFUSED" },
      closedAt: null,
      NOT: { applicantId: userId },
      answers: place,
    },
    select: { answers: true },
    take: 20,
  });
  for (const other of others) {
    const theirs = occupiedDays(other.answers as Answers);
    if (theirs && theirs.from <= days.to && theirs.to >= days.from)
      out.push(
        eventMessages.placeTaken(dayText(brusselsInstant(theirs.from, 720), brusselsInstant(theirs.to, 720))),
      );
  }
  return out;
}
