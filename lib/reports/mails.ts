// Dutch mails of the meldpunt. Links to a status page carry the token, which only exists here
// (the database keeps its hash), so only the first mail to each person can contain it.
import { appUrl } from "@/lib/app-url";
import type { MailInput } from "@/lib/mail/outbox";
import { STATUS_LABELS } from "./labels";
import type { ReportStatus } from "@/generated/prisma/enums";

function statusPageUrl(token: string): string {
  return appUrl(`/melding/${token}`);
}

const signature = "\n\nMet vriendelijke groeten,\nGemeente Wingene - meldpunt";

export function reportReceivedMail(
  to: string,
  r: { number: string; name?: string | null; category: string; token: string; dueDate: string },
): MailInput {
  return {
    to,
    subject: `We ontvingen je melding ${r.number}`,
    text:
      [
        `Beste ${r.name ?? "inwoner"},`,
        "",
        `Bedankt voor je melding over "${r.category}". Je volgnummer is ${r.number}.`,
        `We streven ernaar ze af te handelen tegen ${r.dueDate}.`,
        "",
        "Volg de stand van zaken op deze pagina (geen aanmelding nodig):",
        statusPageUrl(r.token),
        "",
        "Bewaar deze e-mail: wie de link heeft, ziet de status van je melding.",
      ].join("\n") + signature,
  };
}

export function followingMail(to: string, r: { number: string; category: string; token: string }): MailInput {
  return {
    to,
    subject: `Je volgt melding ${r.number}`,
    text:
      [
        "Beste inwoner,",
        "",
        `Je volgt nu melding ${r.number} over "${r.category}". We laten je weten wanneer de status verandert.`,
        "",
        "Stand van zaken:",
        statusPageUrl(r.token),
      ].join("\n") + signature,
  };
}

export function statusChangedMail(
  to: string,
  r: { number: string; status: ReportStatus; message?: string | null },
): MailInput {
  return {
    to,
    subject: `Melding ${r.number}: ${STATUS_LABELS[r.status].toLowerCase()}`,
    text:
      [
        "Beste inwoner,",
        "",
        `De status van melding ${r.number} is nu: ${STATUS_LABELS[r.status]}.`,
        ...(r.message ? ["", "Bericht van de gemeente:", r.message] : []),
        "",
        "Je vindt alles op de statuspagina via de link in je eerste e-mail over deze melding.",
      ].join("\n") + signature,
  };
}

export function messageMail(to: string, r: { number: string; message: string }): MailInput {
  return {
    to,
    subject: `Bericht over melding ${r.number}`,
    text:
      [
        "Beste inwoner,",
        "",
        `We hebben een bericht over melding ${r.number}:`,
        "",
        r.message,
        "",
        "Je vindt alles op de statuspagina via de link in je eerste e-mail over deze melding.",
      ].join("\n") + signature,
  };
}

export function mergedMail(to: string, r: { source: string; target: string }): MailInput {
  return {
    to,
    subject: `Melding ${r.source} samengevoegd met ${r.target}`,
    text:
      [
        "Beste inwoner,",
        "",
        `Je melding ${r.source} gaat over hetzelfde als melding ${r.target}. We behandelen ze samen onder ${r.target}.`,
        "Je blijft op de hoogte: je krijgt de berichten over de samengevoegde melding.",
        "Je statuspagina toont voortaan de stand van zaken van die melding.",
      ].join("\n") + signature,
  };
}
