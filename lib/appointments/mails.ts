// Dutch mails about an appointment: confirmation (with the .ics and the personal link), move,
// cancellation and the reminder the day before.
import { formatLongDate, formatTime } from "@/lib/be/time";
import type { MailInput } from "@/lib/mail/outbox";
import { appointmentIcs } from "./ics";

export type AppointmentForMail = {
  id: string;
  sequence: number;
  startsAt: Date;
  endsAt: Date;
  name: string;
  email: string;
  service: { name: string; whatToBring: string };
  desk: { name: string };
  site: { name: string; street: string; postcode: string; city: string };
};

const when = (a: AppointmentForMail) => `${formatLongDate(a.startsAt)} om ${formatTime(a.startsAt)}`;
const where = (a: AppointmentForMail) =>
  `${a.site.name}, ${a.site.street}, ${a.site.postcode} ${a.site.city}`;

function ics(a: AppointmentForMail, cancelled = false) {
  return {
    filename: "afspraak.ics",
    contentType: "text/calendar; charset=utf-8",
    content: appointmentIcs({
      uid: `afspraak-${a.id}@wingene.be`,
      sequence: a.sequence,
      startsAt: a.startsAt,
      endsAt: a.endsAt,
      summary: `Afspraak: ${a.service.name}`,
      location: where(a),
      description: `${a.desk.name}. Meebrengen: ${a.service.whatToBring}`,
      cancelled,
    }),
  };
}

export function appointmentBookedMail(a: AppointmentForMail, manageUrl: string, moved = false): MailInput {
  const text = [
    `Beste ${a.name},`,
    "",
    moved ? "Je afspraak is verplaatst. Dit is het nieuwe tijdstip:" : "Je afspraak is bevestigd.",
    "",
    `Wat: ${a.service.name}`,
    `Wanneer: ${when(a)}`,
    `Waar: ${where(a)} (${a.desk.name})`,
    "",
    `Breng mee: ${a.service.whatToBring}`,
    "",
    "Verplaatsen of annuleren kan zonder aan te melden via je persoonlijke link:",
    manageUrl,
    "",
    "In de bijlage zit de afspraak voor je agenda. De dag voordien krijg je een herinnering.",
  ].join("\n");
  return {
    to: a.email,
    subject: `${moved ? "Afspraak verplaatst" : "Afspraak bevestigd"}: ${a.service.name} op ${when(a)}`,
    text,
    attachments: [ics(a)],
  };
}

export function appointmentCancelledMail(a: AppointmentForMail): MailInput {
  return {
    to: a.email,
    subject: `Afspraak geannuleerd: ${a.service.name}`,
    text: `Beste ${a.name},\n\nJe afspraak voor ${a.service.name} op ${when(a)} in ${a.site.name} is geannuleerd.\nEen nieuwe afspraak maak je op het digitaal loket bij Afspraak maken.`,
    attachments: [ics(a, true)],
  };
}

export function appointmentReminderMail(a: AppointmentForMail): MailInput {
  return {
    to: a.email,
    subject: `Herinnering: morgen ${formatTime(a.startsAt)} ${a.service.name}`,
    text: [
      `Beste ${a.name},`,
      "",
      `Morgen, ${when(a)}, heb je een afspraak voor ${a.service.name} in ${where(a)} (${a.desk.name}).`,
      "",
      `Breng mee: ${a.service.whatToBring}`,
      "",
      "Kan je niet komen? Verplaats of annuleer via de link in je bevestigingsmail, of bel 1750.",
    ].join("\n"),
  };
}
