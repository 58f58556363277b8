// The calendar grid says in words what each part of a day is: free, taken, closed or past.
import { describe, expect, it } from "vitest";
import { brusselsInstant } from "@/lib/be/time";
import { calendarDays, hourWindows } from "@/lib/halls/calendar";

const parts = [
  { key: "VOORMIDDAG", label: "Voormiddag", startMinutes: 480, endMinutes: 780 },
  { key: "NAMIDDAG", label: "Namiddag", startMinutes: 780, endMinutes: 1080 },
  { key: "AVOND", label: "Avond", startMinutes: 1080, endMinutes: 1380 },
];
const now = brusselsInstant("2027-03-01", 600);

describe("calendarDays", () => {
  it("marks a closure as closed, a booking as taken, and what lies before now as past", () => {
    const days = calendarDays(
      "2027-03-01",
      3,
      parts,
      [
        { startsAt: brusselsInstant("2027-03-02", 780), endsAt: brusselsInstant("2027-03-02", 1080) },
        // A closure from Tuesday 18:00 until Wednesday noon touches three parts.
        {
          startsAt: brusselsInstant("2027-03-02", 1080),
          endsAt: brusselsInstant("2027-03-03", 720),
          closureId: "c1",
        },
      ],
      now,
    );
    expect(days.map((d) => d.cells.map((c) => c.state))).toEqual([
      ["past", "free", "free"],
      ["free", "taken", "closed"],
      ["closed", "free", "free"],
    ]);
  });

  it("prefers taken over closed when a booking and a closure share a cell", () => {
    const [day] = calendarDays(
      "2027-03-05",
      1,
      hourWindows(600, 660),
      [
        { startsAt: brusselsInstant("2027-03-05", 600), endsAt: brusselsInstant("2027-03-05", 630) },
        {
          startsAt: brusselsInstant("2027-03-05", 630),
          endsAt: brusselsInstant("2027-03-05", 660),
          closureId: "c",
        },
      ],
      now,
    );
    expect(day.cells.map((c) => c.state)).toEqual(["taken"]);
  });

  it("shows a closed day that began in the past as closed, not as past", () => {
    const [day] = calendarDays(
      "2027-03-01",
      1,
      parts,
      [
        {
          startsAt: brusselsInstant("2027-03-01", 0),
          endsAt: brusselsInstant("2027-03-02", 0),
          closureId: "c",
        },
      ],
      now,
    );
    expect(day.cells.map((c) => c.state)).toEqual(["closed", "closed", "closed"]);
  });
});
