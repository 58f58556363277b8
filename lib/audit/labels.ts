// Dutch words for the audit log: every action code (English identifiers, rule 11) and every kind of
// subject. recordAudit only takes a code listed here, so a new code without a label does not compile.
export const AUDIT_ACTION_LABELS = {
  // Accounts and residents
  "account.created": "Account aangemaakt",
  "account.registered-by-staff": "Inwoner geregistreerd door een medewerker",
  "profile.updated": "Gegevens van een inwoner gewijzigd",
  "household.added": "Gezinslid toegevoegd",
  "household.removed": "Gezinslid verwijderd",
  "acting.association": "Handelt namens een vereniging",
  "acting.self": "Handelt weer in eigen naam",
  "resident.viewed": "Fiche van een inwoner bekeken",
  "contact.sent": "Bericht via het contactformulier",
  "audit.exported": "Auditlog geëxporteerd",
  // Opening hours and sites
  "opening-hours.replaced": "Weekuren gewijzigd",
  "closure.added": "Sluiting toegevoegd",
  "closure.removed": "Sluiting verwijderd",
  "closing-holidays.set": "Feestdagen waarop de gemeentehuizen sluiten gewijzigd",
  // Appointments and the queue
  "appointment.booked": "Afspraak gemaakt",
  "appointment.booked-by-staff": "Afspraak gemaakt door een medewerker",
  "appointment.moved": "Afspraak verplaatst",
  "appointment.cancelled": "Afspraak geannuleerd",
  "appointment.arrived": "Aangekomen voor een afspraak",
  "appointment.served": "Afspraak afgehandeld",
  "appointment.no_show": "Niet opgedaagd voor een afspraak",
  "appointment-service.created": "Afspraakdienst aangemaakt",
  "appointment-service.updated": "Afspraakdienst gewijzigd",
  "desk.created": "Balie aangemaakt",
  "desk.blocked": "Balie gesloten voor een periode",
  "desk.unblocked": "Sluiting van een balie opgeheven",
  "desk-availability.added": "Bemande uren van een balie toegevoegd",
  "desk-availability.removed": "Bemande uren van een balie verwijderd",
  "queue.called": "Wachtende opgeroepen",
  "queue.recalled": "Wachtende opnieuw opgeroepen",
  "queue.no-show": "Wachtende niet komen opdagen",
  "queue.done": "Wachtende afgehandeld",
  // Meldpunt
  "report.created": "Melding ontvangen",
  "report.followed": "Melding gevolgd",
  "report.status": "Status van een melding gewijzigd",
  "report.message": "Bericht aan de melder verstuurd",
  "report.reassigned": "Melding aan een andere dienst toegewezen",
  "report.merged": "Meldingen samengevoegd",
  "report.exported": "Meldingen geëxporteerd",
  "report.personal-data-removed": "Persoonsgegevens van oude meldingen gewist",
  // E-loket (cases)
  "case.submitted": "Aanvraag ingediend (e-loket)",
  "case.status-changed": "Status van een aanvraag gewijzigd",
  "case.assigned": "Aanvraag toegewezen",
  "case.note-added": "Interne notitie bij een aanvraag",
  "case.question-asked": "Vraag gesteld aan een aanvrager",
  "case.question-answered": "Vraag over een aanvraag beantwoord",
  "case.advice-requested": "Advies gevraagd over een evenement",
  "case.advice-given": "Advies gegeven over een evenement",
  "case.decided": "Beslissing over een evenement vastgelegd",
  "case.personal-data-removed": "Gegevens van oude aanvragen gewist",
  "report-category.created": "Categorie van het meldpunt aangemaakt",
  "report-category.updated": "Categorie van het meldpunt gewijzigd",
  "report-category.activated": "Categorie van het meldpunt ingeschakeld",
  "report-category.deactivated": "Categorie van het meldpunt uitgeschakeld",
  "report-department.created": "Dienst van het meldpunt aangemaakt",
  "report-department.updated": "Dienst van het meldpunt gewijzigd",
  "report-settings.retention": "Bewaartermijn van het meldpunt gewijzigd",
  // Halls
  "hall.requested": "Zaal aangevraagd",
  "hall.booked": "Zaal gereserveerd",
  "hall.approved": "Zaalaanvraag goedgekeurd",
  "hall.refused": "Zaalaanvraag geweigerd",
  "hall.cancelled": "Zaalreservatie geannuleerd",
  "hall.deposit-settled": "Waarborg van een zaal afgerekend",
  "hall.closed": "Zaal gesloten voor een periode",
  "hall.reopened": "Sluiting van een zaal opgeheven",
  "hall.created": "Zaal toegevoegd",
  "hall.updated": "Gegevens van een zaal gewijzigd",
  "hall.settings-updated": "Tarieven en instellingen van een zaal gewijzigd",
  "hall.day-parts-changed": "Dagdelen van de zalen gewijzigd",
  // Lending
  "loan.requested": "Materiaal gereserveerd (uitleendienst)",
  "loan.cancelled": "Uitlening geannuleerd",
  "loan.handed-out": "Materiaal meegegeven",
  "loan.taken-back": "Materiaal teruggenomen",
  "loan.deposit-settled": "Waarborg van een uitlening afgerekend",
  "loan.anonymised": "Persoonsgegevens van afgelopen uitleningen gewist",
  // Tickets
  "performance.created": "Voorstelling aangemaakt",
  "performance.updated": "Voorstelling gewijzigd",
  "performance.published": "Voorstelling gepubliceerd",
  "performance.unpublished": "Voorstelling offline gehaald",
  "performance.resized": "Aantal plaatsen van een voorstelling gewijzigd",
  "performance.cancelled": "Voorstelling geannuleerd",
  "tickets.sold-at-desk": "Tickets verkocht aan de balie",
} as const satisfies Record<string, string>;

export type AuditAction = keyof typeof AUDIT_ACTION_LABELS;

/** The Dutch label of a code; a code from before a rename (still in old rows) is shown as it is. */
export function auditActionLabel(code: string): string {
  return (AUDIT_ACTION_LABELS as Record<string, string>)[code] ?? `Andere handeling (${code})`;
}

export const AUDIT_SUBJECT_LABELS: Record<string, string> = {
  User: "Inwoner",
  HouseholdMember: "Gezinslid",
  Session: "Sessie",
  MailMessage: "E-mail",
  Site: "Gemeentehuis",
  ClosurePeriod: "Sluiting",
  Appointment: "Afspraak",
  AppointmentService: "Afspraakdienst",
  Desk: "Balie",
  DeskAvailability: "Bemande uren",
  DeskBlock: "Sluiting van een balie",
  QueueTicket: "Wachtrijticket",
  Report: "Melding",
  Case: "Aanvraag (e-loket)",
  ReportCategory: "Categorie van het meldpunt",
  Department: "Dienst",
  ReportSettings: "Instellingen van het meldpunt",
  Hall: "Zaal",
  HallBooking: "Zaalreservatie",
  HallDayPart: "Dagdeel",
  Performance: "Voorstelling",
  Order: "Bestelling",
  AuditLog: "Auditlog",
};

export function auditSubjectLabel(type: string | null): string {
  return type ? (AUDIT_SUBJECT_LABELS[type] ?? type) : "";
}
