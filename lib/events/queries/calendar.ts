// The staff calendar of events (with the hall bookings and material loans of the same days, to spot
// clashes) and the rows of the police export. Event dossiers are read in the staff member's team
// scope; the hall and loan lines name an association, never a private person.
import "server-only";
import { brusselsInstant } from "@/lib/be/time";
import { staffCaseScope } from "@/lib/cases/access";
import { db } from "@/lib/db";
import type { Db } from "@/lib/db/client";
import {
  type Answers,
  type FormDefinition,
  answerFields,
  answerText,
  parseDefinition,
  withOptions,
} from "@/lib/form-engine";
import { EVENTS_WORKFLOW } from "../workflow";

export type DayRange = { from: string; to: string };

const day = (key: string) => new Date(`${key}T00:00:00Z`);

/**
 * The event dossiers whose first day falls in the range, earliest first, answers as plain text.
 * Unpaged: the page asks for one month (lib/events/calendar-month.ts), and a calendar is read whole.
 */
export async function eventsInRange(userId: string, range: DayRange, client: Db = db) {
  const cases = await client.case.findMany({
    where: {
      AND: [staffCaseScope(userId), { workflowId: EVENTS_WORKFLOW }],
      subjectDay: { gte: day(range.from), lte: day(range.to) },
    },
    orderBy: [{ subjectDay: "asc" }, { number: "asc" }],
    select: {
      id: true,
      number: true,
      status: true,
      subjectDay: true,
      riskLabel: true,
      answers: true,
      versionId: true,
      version: { select: { definition: true } },
      workflow: { select: { statuses: { select: { code: true, label: true } } } },
    },
  });
  const halls = await client.hall.findMany({ select: { slug: true, name: true } });
  const definitions = new Map<string, FormDefinition>();
  return cases.map((c) => {
    let def = definitions.get(c.versionId);
    if (!def) {
      def = withOptions(parseDefinition(c.version.definition), { halls });
      definitions.set(c.versionId, def);
    }
    const fields = answerFields(def.pages.flatMap((p) => p.fields));
    const answers = c.answers as Answers;
    const text = (key: string) => {
      const field = fields.find((f) => f.key === key);
      return field && answers[key] !== undefined ? answerText(field, answers[key]) : "";
    };
    return {
      id: c.id,
      number: c.number,
      statusLabel: c.workflow.statuses.find((s) => s.code === c.status)?.label ?? c.status,
      firstDay: c.subjectDay!,
      risk: c.riskLabel ?? "",
      text,
    };
  });
}

export type CalendarEvent = Awaited<ReturnType<typeof eventsInRange>>[number];

/** Hall bookings (requested or approved) and material loans (not cancelled) overlapping the range (a month: unpaged). */
export async function bookingsInRange(range: DayRange, client: Db = db) {
  const [halls, loans] = await Promise.all([
    client.hallBooking.findMany({
      where: {
        status: { in: ["REQUESTED", "APPROVED"] },
        closureId: null,
        startsAt: { lt: brusselsInstant(range.to, 24 * 60) },
        endsAt: { gt: brusselsInstant(range.from, 0) },
      },
      orderBy: { startsAt: "asc" },
      select: {
        id: true,
        startsAt: true,
        endsAt: true,
        status: true,
        hall: { select: { name: true } },
        association: { select: { name: true } },
      },
    }),
    client.loan.findMany({
      where: {
        status: { not: "CANCELLED" },
        pickupDate: { lte: day(range.to) },
        returnDate: { gte: day(range.from) },
      },
      orderBy: { pickupDate: "asc" },
      select: {
        id: true,
        pickupDate: true,
        returnDate: true,
        association: { select: { name: true } },
        lines: { select: { quantity: true, item: { select: { unitSingular: true, unitPlural: true } } } },
      },
    }),
  ]);
  return { halls, loans };
}
