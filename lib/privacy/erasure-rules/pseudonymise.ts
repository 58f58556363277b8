// Erasure rules that keep a row but blank who it was about (see ../erasure-rules.ts).
// The account itself comes last: the other steps still find rows through its e-mail address.
import type { ErasureRule } from "../erasure-rules";
import { ACCOUNTING } from "./keep";

export const PSEUDONYMISE_RULES = [
  {
    id: "activityRegistrations",
    model: "ActivityRegistration",
    action: "pseudonymise",
    what: "Inschrijvingen (voorbij, geannuleerd of vervallen): naam en sleutel van het kind gewist, los van ouder en gezinslid",
    reason: "Aantallen deelnemers per activiteit blijven tellen; de betaling staat op de bestelling.",
  },
  {
    id: "appointments",
    model: "Appointment",
    action: "pseudonymise",
    what: "Afspraken (voorbij of geannuleerd): naam, e-mail en telefoon gewist, los van het account",
    reason: "Het aantal afspraken per dienst en balie blijft tellen.",
  },
  {
    id: "queueTickets",
    model: "QueueTicket",
    action: "pseudonymise",
    what: "Wachtrijtickets: e-mailadres gewist",
    reason: "De drukte per dag blijft tellen.",
  },
  {
    id: "reports",
    model: "Report",
    action: "pseudonymise",
    what: "Eigen meldingen: naam, e-mail, telefoon en omschrijving gewist, los van het account",
    reason: "Categorie, plaats, data en status blijven voor de opvolging van het openbaar domein.",
  },
  {
    id: "reportTexts",
    model: "ReportMessage",
    action: "pseudonymise",
    what: "Berichten bij de eigen meldingen: tekst gewist",
    reason: "Een antwoord kan de melder bij naam noemen.",
  },
  {
    id: "reportNotes",
    model: "ReportNote",
    action: "pseudonymise",
    what: "Interne notities bij de eigen meldingen: tekst gewist",
    reason: "Een notitie kan de melder bij naam noemen.",
  },
  {
    id: "cases",
    model: "Case",
    action: "pseudonymise",
    what: "Afgesloten aanvragen: antwoorden, vrijstelling en de tekst van het uitgereikte document gewist, los van het account",
    reason: "Nummer, product, team, data en status blijven voor het register en de statistiek.",
  },
  {
    id: "caseQuestions",
    model: "CaseQuestion",
    action: "pseudonymise",
    what: "Vragen en antwoorden bij de eigen aanvragen: tekst gewist",
    reason: "Kan de aanvrager noemen.",
  },
  {
    id: "caseEvents",
    model: "CaseEvent",
    action: "pseudonymise",
    what: "Geschiedenis van de eigen aanvragen: tekst gewist",
    reason: "Statuswijzigingen blijven, de tekst kan de aanvrager noemen.",
  },
  {
    id: "caseAdvice",
    model: "CaseAdvice",
    action: "pseudonymise",
    what: "Adviezen bij de eigen aanvragen: vraag en antwoord gewist",
    reason: "Het advies zelf (gunstig of niet) blijft bij de beslissing.",
  },
  {
    id: "orders",
    model: "Order",
    action: "pseudonymise",
    what: "Geannuleerde en vervallen bestellingen (nooit betaald): naam en e-mail gewist, los van het account",
    reason: "Geen boekhoudstuk: er werd niets betaald.",
  },
  {
    id: "hallBookings",
    model: "HallBooking",
    action: "pseudonymise",
    what: "Zaalreservaties (voorbij, geannuleerd of geweigerd): doel en redenen gewist; de reservatie blijft aan het lege account hangen",
    reason: ACCOUNTING + " Huur, waarborg en annulatiekosten blijven.",
  },
  {
    id: "hallSeries",
    model: "HallBookingSeries",
    action: "pseudonymise",
    what: "Reeksen van zaalreservaties: omschrijving gewist",
    reason: "De reservaties van de reeks blijven (zie hierboven).",
  },
  {
    id: "loans",
    model: "Loan",
    action: "pseudonymise",
    what: "Afgesloten uitleningen: naam, e-mail en opmerking gewist, los van het account",
    reason: "Wat uitgeleend werd, wanneer en de bedragen blijven voor de uitleendienst.",
  },
  {
    id: "auditNames",
    model: "AuditLog",
    action: "pseudonymise",
    what: "Logboekregels over de persoon: namen, e-mail en telefoon in de details gewist (bv. de voornaam van een gezinslid)",
    reason: "De regel zelf blijft: wie wat deed en wanneer.",
  },
  {
    id: "user",
    model: "User",
    action: "pseudonymise",
    what: "Het account: naam, e-mail, telefoon, adres en foto gewist; het kan niet meer aanmelden",
    reason: "Een leeg account blijft als anker voor wat bewaard moet blijven (facturen).",
  },
] as const satisfies readonly ErasureRule[];
