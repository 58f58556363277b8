// The back office's sections and the permission each needs. Navigation and the section pages
// read this list; the guard on each page is what actually protects it.
import type { Permission } from "@/lib/auth/permissions";

export type StaffSection = {
  slug: string;
  title: string;
  description: string;
  permission: Permission;
  ready: boolean;
  /** Where the section's work happens when it is not `/beheer/<slug>` (a filter on a shared inbox). */
  href?: string;
};

export const staffSections: StaffSection[] = [
  {
    slug: "inwoners",
    title: "Inwoners",
    description: "Zoek een inwoner en handel namens hem of haar aan de balie of aan de telefoon.",
    permission: "residents:act-for",
    ready: true,
  },
  {
    slug: "onthaal",
    title: "Onthaal en afspraken",
    description: "Wachtrij, afsprakenkalender per balie en gespreksruimte.",
    permission: "frontoffice:manage",
    ready: true,
  },
  {
    slug: "meldpunt",
    title: "Meldpunt",
    description: "Meldingen, klachten, suggesties en vragen uit alle kanalen.",
    permission: "reports:manage",
    ready: true,
  },
  {
    slug: "aanvragen",
    title: "Aanvragen (e-loket)",
    description: "De aanvragen van je teams: status, toewijzing, notities en vragen aan de aanvrager.",
    permission: "cases:handle",
    ready: true,
  },
  {
    slug: "aanvragen-balie",
    title: "Aanvraag aan de balie",
    description: "Een aanvraag van het e-loket indienen voor een inwoner aan de balie of aan de telefoon.",
    permission: "residents:act-for",
    ready: true,
    href: "/beheer/aanvragen/balie",
  },
  {
    slug: "formulieren",
    title: "Formulieren (e-loket)",
    description:
      "Producten van het e-loket aanmaken, hun formulier ontwerpen, bekijken als inwoner en publiceren.",
    permission: "forms:design",
    ready: true,
  },
  {
    slug: "vrije-tijd",
    title: "Vrije tijd",
    description:
      "Voorstellingen en tickets; activiteiten en kampen: plaatsen, wachtlijsten, deelnemers, inschrijven aan de balie.",
    permission: "leisure:manage",
    ready: true,
  },
  {
    slug: "zalen",
    title: "Zalen",
    description:
      "Planning van alle zalen per week, aanvragen goedkeuren of weigeren, reserveren aan de balie, waarborgen.",
    permission: "leisure:manage",
    ready: true,
  },
  {
    slug: "facturen",
    title: "Facturen",
    description: "Facturen aan erkende verenigingen: open, vervallen en betaald; betalingen boeken.",
    permission: "leisure:manage",
    ready: true,
  },
  {
    slug: "scannen",
    title: "Tickets scannen",
    description: "Tickets aan de ingang scannen met de camera van een gsm of de code intypen.",
    permission: "tickets:scan",
    ready: true,
  },
  {
    slug: "uitleendienst",
    title: "Uitleendienst",
    description: "Meegeven en terugnemen per dag, waarborgen afrekenen, uitlenen aan de balie.",
    permission: "loans:manage",
    ready: true,
  },
  {
    slug: "evenementen",
    title: "Evenementenloket",
    description:
      "Gemelde evenementen: advies vragen aan politie, brandweer en milieudienst, beslissen, vergunning.",
    permission: "events:manage",
    ready: true,
    // Event notifications are e-loket cases of the team Evenementen, handled in the case inbox.
    href: "/beheer/aanvragen?team=evenementen",
  },
  {
    slug: "openingsuren",
    title: "Openingsuren",
    description: "Sluitingsdagen en uitzonderlijke sluitingen per gemeentehuis.",
    permission: "sites:manage",
    ready: true,
  },
  {
    slug: "huisstijl",
    title: "Huisstijl",
    description: "De kleur, de slogan en de tekst bij de foto van het loket.",
    permission: "sites:manage",
    ready: true,
  },
  {
    slug: "medewerkers",
    title: "Medewerkers",
    description: "Medewerkers toevoegen, hun rollen toekennen of afnemen en toegang intrekken.",
    permission: "staff:manage",
    ready: true,
  },
  {
    slug: "audit",
    title: "Auditlog",
    description: "Wie deed wat, en namens wie.",
    permission: "audit:read",
    ready: true,
  },
];

export function sectionHref(section: StaffSection): string {
  return section.href ?? `/beheer/${section.slug}`;
}

export function sectionsFor(permissions: Set<Permission>): StaffSection[] {
  return staffSections.filter((s) => permissions.has(s.permission));
}
