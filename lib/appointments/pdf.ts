// The paper confirmation of an appointment, for who booked at the desk or by phone without an
// e-mail address (or wants it on paper): what, when, where, what to bring, and how to change it.
import { formatLongDate, formatTime } from "@/lib/be/time";
import type { PdfSpec } from "@/lib/pdf/spec";

type PdfAppointment = {
  id: string;
  startsAt: Date;
  endsAt: Date;
  name: string;
  service: { name: string; whatToBring: string };
  desk: { name: string };
  site: { name: string; street: string; postcode: string; city: string };
};

export function appointmentConfirmationSpec(a: PdfAppointment, phone: string): PdfSpec {
  return {
    title: `Bevestiging afspraak: ${a.service.name}`,
    reference: `Afspraak ${a.id.slice(-8).toUpperCase()}`,
    blocks: [
      { type: "paragraph", text: `Beste ${a.name}, je afspraak in het gemeentehuis is vastgelegd.` },
      {
        type: "facts",
        rows: [
          ["Wat", a.service.name],
          [
            "Wanneer",
            `${formatLongDate(a.startsAt)} om ${formatTime(a.startsAt)} tot ${formatTime(a.endsAt)}`,
          ],
          ["Waar", `${a.site.name}, ${a.site.street}, ${a.site.postcode} ${a.site.city}`],
          ["Balie", a.desk.name],
          ["Op naam van", a.name],
        ],
      },
      { type: "heading", text: "Breng mee" },
      { type: "paragraph", text: a.service.whatToBring },
      {
        type: "paragraph",
        text: `Kan je niet komen? Bel ons op ${phone}, dan verplaatsen of annuleren we de afspraak voor je.`,
        emphasis: true,
      },
    ],
  };
}
