// Mails about an appointment: confirmation and move (with the .ics and the personal link), the
// cancellation (with the way to book again) and the reminder the day before (with a fresh link).
// Addresses come in as links (lib/appointments/links.ts), so the templates stay pure.
import { formatLongDate, formatTime } from "@/lib/be/time";
import type { TemplateMail } from "@/lib/mail/compose";
import { ActionLink, Facts, Greeting, Paragraph } from "@/lib/mail/parts";
import { appointmentIcs } from "./ics";

export type AppointmentForMail = {
  id: string;
  sequence: number;
  startsAt: Date;
  endsAt: Date;
  name: string;
  email: string;
  service: { name: string; slug: string; whatToBring: string };
  desk: { name: string };
  site: { name: string; street: string; postcode: string; city: string };
};

/** What the templates read of an appointment's relations (a Prisma include). */
export const appointmentMailInclude = {
  service: { select: { name: true, slug: true, whatToBring: true } },
  desk: { select: { name: true } },
  site: { select: { name: true, street: true, postcode: true, city: true } },
} as const;

/** Where a mail's links lead: the personal page, booking again, and the portal's host (.ics UID). */
export type AppointmentLinks = { manage: string; bookAgain: string; host: string };

const SIGNATURE = "Het onthaal";

const when = (a: AppointmentForMail) => `${formatLongDate(a.startsAt)} om ${formatTime(a.startsAt)}`;
const where = (a: AppointmentForMail) =>
  `${a.site.name}, ${a.site.street}, ${a.site.postcode} ${a.site.city}`;

function ics(a: AppointmentForMail, host: string, cancelled = false) {
  return {
    filename: "afspraak.ics",
    contentType: "text/calendar; charset=utf-8",
    content: appointmentIcs({
      uid: `afspraak-${a.id}@${host}`,
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

function AppointmentFacts({ a }: { a: AppointmentForMail }) {
  return (
    <Facts
      rows={[
        ["Wat", a.service.name],
        ["Wanneer", `${when(a)} tot ${formatTime(a.endsAt)}`],
        ["Waar", `${where(a)} (${a.desk.name})`],
        ["Breng mee", a.service.whatToBring],
      ]}
    />
  );
}

export function appointmentBookedMail(
  a: AppointmentForMail,
  links: AppointmentLinks,
  moved = false,
): TemplateMail {
  return {
    to: a.email,
    subject: `${moved ? "Afspraak verplaatst" : "Afspraak bevestigd"}: ${a.service.name} op ${when(a)}`,
    preview: `${a.service.name}, ${when(a)} in ${a.site.name}.`,
    signature: SIGNATURE,
    attachments: [ics(a, links.host)],
    body: (
      <>
        <Greeting name={a.name} />
        <Paragraph>
          {moved ? "Je afspraak is verplaatst. Dit is het nieuwe tijdstip:" : "Je afspraak is bevestigd."}
        </Paragraph>
        <AppointmentFacts a={a} />
        <Paragraph>Verplaatsen of annuleren kan zonder aan te melden via je persoonlijke link:</Paragraph>
        <ActionLink href={links.manage}>Je afspraak bekijken</ActionLink>
        <Paragraph>
          In de bijlage zit de afspraak voor je agenda. De dag voordien krijg je een herinnering.
        </Paragraph>
      </>
    ),
  };
}

export function appointmentCancelledMail(a: AppointmentForMail, links: AppointmentLinks): TemplateMail {
  return {
    to: a.email,
    subject: `Afspraak geannuleerd: ${a.service.name}`,
    signature: SIGNATURE,
    attachments: [ics(a, links.host, true)],
    body: (
      <>
        <Greeting name={a.name} />
        <Paragraph>
          Je afspraak voor {a.service.name} op {when(a)} in {a.site.name} is geannuleerd. Wie nog een afspraak
          nodig heeft, kiest een nieuw moment op het digitaal loket.
        </Paragraph>
        <ActionLink href={links.bookAgain}>Een nieuwe afspraak maken</ActionLink>
      </>
    ),
  };
}

/** `links.manage` is a fresh personal link: the reminder replaces the one in the confirmation. */
export function appointmentReminderMail(a: AppointmentForMail, links: AppointmentLinks): TemplateMail {
  return {
    to: a.email,
    subject: `Herinnering: morgen ${formatTime(a.startsAt)} ${a.service.name}`,
    signature: SIGNATURE,
    body: (
      <>
        <Greeting name={a.name} />
        <Paragraph>Morgen heb je een afspraak in het gemeentehuis.</Paragraph>
        <AppointmentFacts a={a} />
        <Paragraph>Kan je niet komen? Verplaats of annuleer via je persoonlijke link:</Paragraph>
        <ActionLink href={links.manage}>Je afspraak bekijken</ActionLink>
      </>
    ),
  };
}
