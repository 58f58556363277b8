// The events of a period as CSV for the police (the same file as the staff calendar's list, with
// the answers the police plan with: place, hours, visitors, closures, safety). It holds contact
// data, so every export is recorded in the audit log.
import "server-only";
import { z } from "zod";
import { recordAudit } from "@/lib/audit/record";
import { addBrusselsDays, formatDate } from "@/lib/be/time";
import { calendarDateSchema } from "@/lib/be/calendar-date";
import { toCsv } from "@/lib/csv";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { eventMessages as m } from "./messages";
import { type DayRange, eventsInRange } from "./queries/calendar";

const MAX_DAYS = 366;

const HEADERS = [
  "Dossier",
  "Status",
  "Risico",
  "Eerste dag",
  "Laatste dag",
  "Uren",
  "Evenement",
  "Soort",
  "Plaats",
  "Zaal",
  "Bezoekers",
  "Organisator",
  "Contactpersoon",
  "Telefoon",
  "Wegafsluiting",
  "Afgesloten straten",
  "Parkeerverbod",
  "EHBO-post",
  "Stewards",
] as const;

const rangeSchema = z.object({ van: calendarDateSchema().optional(), tot: calendarDateSchema().optional() });

/** ?van=&tot= (YYYY-MM-DD); by default the coming 90 days from `today`. */
export function policeExportRange(search: URLSearchParams, today: string): DayRange {
  const parsed = rangeSchema.safeParse({
    van: search.get("van") || undefined,
    tot: search.get("tot") || undefined,
  });
  if (!parsed.success) throw new AppError("INVALID_INPUT", m.exportRangeInvalid);
  const from = parsed.data.van ?? today;
  const to = parsed.data.tot ?? addBrusselsDays(from, 90);
  if (to < from || addBrusselsDays(from, MAX_DAYS) < to)
    throw new AppError("INVALID_INPUT", m.exportRangeInvalid);
  return { from, to };
}

export async function exportEventsForPolice(userId: string, range: DayRange) {
  const events = await eventsInRange(userId, range);
  const csv = toCsv(
    HEADERS,
    events.map((e) => [
      e.number,
      e.statusLabel,
      e.risk,
      formatDate(e.firstDay),
      e.text("eventEnd"),
      e.text("hours"),
      e.text("eventName"),
      e.text("eventType"),
      e.text("streets") || e.text("locationKind"),
      e.text("hall"),
      e.text("visitors"),
      e.text("organiser"),
      e.text("contactName"),
      e.text("contactPhone"),
      e.text("roadClosure"),
      e.text("closureStreets"),
      e.text("parkingBan"),
      e.text("firstAid"),
      e.text("stewards"),
    ]),
  );
  await recordAudit(db, {
    actorId: userId,
    action: "events.police-exported",
    subjectType: "Case",
    details: { from: range.from, to: range.to, count: events.length },
  });
  return { csv, fileName: `evenementen-${range.from}-${range.to}.csv` };
}
