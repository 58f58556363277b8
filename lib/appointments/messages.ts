// What residents and staff read when booking, moving or managing an appointment fails.
// (A desk or town hall that does not exist: lib/sites/messages.ts.)
export const appointmentMessages = {
  tooManyGuestBookings:
    "Je boekte de voorbije tijd al enkele afspraken zonder account. Meld je aan om verder te boeken, of bel ons.",
  slotTaken: "Dit tijdslot is net ingenomen. Kies een ander tijdstip.",
  slotInPast: "Dit tijdstip ligt in het verleden. Kies een ander tijdstip.",
  slotNotOffered: "Op dit tijdstip kan je geen afspraak maken voor deze dienst.",
  serviceNotOfferedHere: "Deze dienst is niet beschikbaar in dit gemeentehuis.",
  appointmentNotFound: "Deze afspraak bestaat niet (meer).",
  previousNotFound: "De vorige afspraak bestaat niet (meer).",
  alreadyCancelled: "Deze afspraak is al geannuleerd.",
  over: "Deze afspraak is voorbij en kan niet meer gewijzigd worden.",
  onlyBookedCancellable: "Enkel een geboekte afspraak kan geannuleerd worden.",
  changedMeanwhile: "Deze afspraak werd intussen gewijzigd. Vernieuw de pagina.",
  invalidLink:
    "Deze link is ongeldig. Controleer of je de volledige link uit je bevestigingsmail gebruikt, of neem contact op met het onthaal.",
  retiredLink:
    "Deze link werkt niet meer: je kreeg een nieuwe persoonlijke link per e-mail (bij een verplaatsing of met de herinnering). Gebruik de link uit de laatste mail over je afspraak.",
  // Managing services, desks and their hours
  serviceNotFound: "Deze dienst bestaat niet (meer).",
  chosenDeskNotFound: "Een gekozen balie bestaat niet (meer).",
  nameWithoutLetters: "Gebruik letters of cijfers in de naam.",
  serviceNameTaken: "Er bestaat al een dienst met deze naam. Kies een andere naam.",
  deskNameTaken: "Dit gemeentehuis heeft al een balie met deze naam.",
  availabilityOverlaps: "Dit overlapt met een bestaand blok op die dag. Pas dat blok aan.",
  availabilityNotFound: "Dit blok bestaat niet (meer).",
  periodInPast: "Deze periode ligt in het verleden.",
  blockNotFound: "Deze sluiting bestaat niet (meer).",
  appointmentsInTheWay: (count: number, deskName: string) =>
    `Er ${count === 1 ? "staat nog 1 afspraak" : `staan nog ${count} afspraken`} op ${deskName} in deze periode. Verplaats ze eerst.`,
} as const;
