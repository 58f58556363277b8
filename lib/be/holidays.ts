// Belgian public holidays and the Flemish Community's days off, for any year: the one holiday
// source of the portal (date-holidays, region Flanders). Which of them close the town halls is
// data (ClosingHoliday rules, edited by staff); this module only knows the calendar.
import Holidays from "date-holidays";

export type Holiday = {
  /** date-holidays' rule ("12-25", "easter 1"): what ClosingHoliday stores. */
  rule: string;
  dateKey: string;
  name: string;
  /** A legal public holiday, as opposed to a day many Flemish municipalities close on as well. */
  official: boolean;
};

// Not holidays by law, but days off for the Flemish government that municipalities often follow,
// and the bridge day after Ascension, which date-holidays does not know.
const BRIDGE_DAY = "easter 40";
const OPTIONAL_DAYS_OFF = new Set(["07-11", "11-02", "11-15", "12-26", BRIDGE_DAY]);

const calendar = new Holidays("BE", "VLG", { languages: ["nl"], timezone: "Europe/Brussels" });
calendar.setHoliday(BRIDGE_DAY, { name: { nl: "Brugdag na Hemelvaartsdag" }, type: "observance" });

const byYear = new Map<number, Holiday[]>();

/** The holidays a municipality may close on in `year`, in date order. */
export function holidaysOf(year: number): Holiday[] {
  let list = byYear.get(year);
  if (!list) {
    list = calendar
      .getHolidays(year, "nl")
      .filter((h) => h.type === "public" || OPTIONAL_DAYS_OFF.has(h.rule))
      // `date` is the local calendar date ("2027-03-29 00:00:00"), whatever the machine's zone.
      .map((h) => ({
        rule: h.rule,
        dateKey: h.date.slice(0, 10),
        name: h.name,
        official: h.type === "public",
      }));
    byYear.set(year, list);
  }
  return list;
}

/** Whether `rule` names one of the holidays above (the rules are the same in every year). */
export function isHolidayRule(rule: string): boolean {
  return holidaysOf(2026).some((h) => h.rule === rule);
}

/** The closing days from `from` to `to` (date keys, inclusive) for the chosen rules. */
export function closingHolidays(from: string, to: string, rules: readonly string[]): Holiday[] {
  const chosen = new Set(rules);
  const out: Holiday[] = [];
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++)
    for (const h of holidaysOf(year))
      if (chosen.has(h.rule) && from <= h.dateKey && h.dateKey <= to) out.push(h);
  return out;
}
