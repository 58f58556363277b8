// What residents and staff read when renting a hall, or managing halls, bookings and deposits, fails.
import { formatDateKey } from "@/lib/be/calendar-date";
import { formatEuro } from "@/lib/be/money";
import { formatMinutes } from "@/lib/be/time";

export const hallMessages = {
  eventNotWeekly: "Een zaal voor je evenement reserveer je voor die ene keer, niet wekelijks.",
  hallNotFound: "Deze zaal bestaat niet (meer).",
  hallNameTaken: "Er is al een zaal met deze naam.",
  dayPartNotFound: "Dit dagdeel bestaat niet.",
  // Asking for a hall
  overlap:
    "Deze zaal is op dat moment al gereserveerd, aangevraagd of gesloten. Kies een ander dagdeel, uur of een andere datum.",
  busy: "Iemand anders reserveert deze zaal op dit moment. Probeer het over enkele ogenblikken opnieuw.",
  seriesFull: "Alle gekozen weken zijn al bezet. Kies een ander dagdeel of uur.",
  rentalUnitChanged: "Deze zaal wordt anders verhuurd; laad de pagina opnieuw.",
  notAMember:
    "Alleen bestuursleden van deze vereniging kunnen in haar naam reserveren. Je bent er geen lid of geen bestuurslid van.",
  seriesOnlyForAssociations: "Een wekelijkse reeks kan alleen een vereniging aanvragen.",
  categoryNotAllowed: (categoryLabel: string) =>
    `Deze zaal is niet te huur voor de categorie "${categoryLabel.toLowerCase()}".`,
  invoiceOnlyForRecognised: "Betalen met een factuur achteraf kan alleen voor erkende verenigingen.",
  residentNotFound: "Deze inwoner vonden we niet. Zoek hem of haar opnieuw of registreer eerst.",
  chooseStartHour: "Kies een beginuur (heel uur).",
  chooseEndHour: "Kies een einduur (heel uur).",
  chooseDayPart: "Kies minstens één dagdeel van deze zaal.",
  dayPartsApart: "Kies dagdelen die op elkaar aansluiten, of maak twee aparte aanvragen.",
  wholeHours: "Kies hele uren.",
  endBeforeStart: "Het einduur moet na het beginuur liggen.",
  outsideOpeningHours: (opensAtMinutes: number, closesAtMinutes: number) =>
    `Deze zaal is open van ${formatMinutes(opensAtMinutes)} tot ${formatMinutes(closesAtMinutes)}.`,
  dateInPast: "Deze datum of dit uur ligt in het verleden.",
  beyondBookingWindow: (months: number, lastDateKey: string) =>
    `Je kan deze zaal maximaal ${months} maanden op voorhand reserveren (tot en met ${formatDateKey(lastDateKey)}).`,
  transferTooLate:
    "Je reservatie begint te snel om nog per overschrijving te betalen. Betaal online of aan de balie.",
  incompleteRequest: "Deze aanvraag is onvolledig.",
  // Deciding, cancelling, settling
  bookingNotFound: "Deze reservatie bestaat niet.",
  alreadyDecidedOrCancelled: "Over deze aanvraag is al beslist of ze is geannuleerd.",
  alreadyDecided: "Over deze aanvraag is al beslist.",
  requestInPast: "Deze aanvraag ligt in het verleden.",
  seriesNothingToApprove: "Deze reeks heeft geen aanvragen meer om goed te keuren.",
  alreadyCancelledOrRefused: "Deze reservatie is al geannuleerd of geweigerd.",
  alreadyStarted: "Een reservatie die al begonnen is, kan je niet meer annuleren.",
  depositOnlyWhenApproved: "Alleen een bevestigde reservatie heeft een waarborg.",
  depositAfterUse: "De waarborg regel je pas na het gebruik van de zaal.",
  depositTooHigh: (depositCents: number) =>
    `Je kan hoogstens de hele waarborg (${formatEuro(depositCents)}) inhouden.`,
  depositReasonMissing: "Geef een reden waarom je een deel van de waarborg inhoudt.",
  depositSettled: "De waarborg van deze reservatie is al geregeld.",
  // Closing a hall
  closureEndBeforeStart: "Het einde van de sluiting moet na het begin liggen.",
  closureInPast: "Deze periode ligt volledig in het verleden.",
  closureNotFound: "Deze sluiting bestaat niet (meer).",
  closureBlocked: (hallName: string, inTheWay: string[]) =>
    `${hallName} kan in die periode niet gesloten worden. Deze actieve reservaties of sluitingen liggen in de weg: ${inTheWay.join("; ")}. Annuleer of verplaats ze eerst.`,
  closureRaced: (hallName: string) =>
    `${hallName} kan in die periode niet gesloten worden: er kwam net een reservatie tussen. Probeer opnieuw.`,
} as const;
