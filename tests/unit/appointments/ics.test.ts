// The calendar file attached to confirmation mails.
import { describe, expect, it } from "vitest";
import { appointmentIcs, escapeIcsText } from "@/lib/appointments/ics";

const event = {
  uid: "afspraak-abc@wingene.be",
  sequence: 2,
  startsAt: new Date("2026-11-24T17:30:00Z"),
  endsAt: new Date("2026-11-24T17:45:00Z"),
  summary: "Afspraak: Identiteitskaart aanvragen",
  location: "Gemeentehuis Wingene, Oude Bruggestraat 13, 8750 Wingene",
  description: "Breng mee: je identiteitskaart; een pasfoto\nen je bankkaart. ".repeat(3),
  now: new Date("2026-11-20T08:00:00Z"),
};

describe("appointment .ics", () => {
  it("writes UTC times, the UID and the sequence, with CRLF line ends", () => {
    const ics = appointmentIcs(event);
    expect(ics).toContain("\r\nDTSTART:20261124T173000Z\r\n");
    expect(ics).toContain("\r\nDTEND:20261124T174500Z\r\n");
    expect(ics).toContain("\r\nUID:afspraak-abc@wingene.be\r\n");
    expect(ics).toContain("\r\nSEQUENCE:2\r\n");
    expect(ics).toContain("\r\nSTATUS:CONFIRMED\r\n");
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(appointmentIcs({ ...event, cancelled: true })).toContain("STATUS:CANCELLED");
  });

  it("escapes commas, semicolons and newlines and folds long lines at 75 octets", () => {
    expect(escapeIcsText("a,b;c\\d\ne")).toBe("a\\,b\\;c\\\\d\\ne");
    const ics = appointmentIcs(event);
    for (const line of ics.split("\r\n")) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
    const unfolded = ics.replace(/\r\n /g, "");
    expect(unfolded).toContain("LOCATION:Gemeentehuis Wingene\\, Oude Bruggestraat 13\\, 8750 Wingene");
    expect(unfolded).toContain(
      "DESCRIPTION:Breng mee: je identiteitskaart\\; een pasfoto\\nen je bankkaart.",
    );
  });
});
