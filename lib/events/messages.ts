// Every Dutch sentence of the event notification that a user reads.
export const eventMessages = {
  hallTaken: (hall: string, days: string) =>
    `${hall} is op ${days} al gereserveerd. Kijk na of je evenement daar kan, of kies een andere plaats.`,
  placeTaken: (days: string) =>
    `Op deze plaats is op ${days} al een ander evenement gemeld. De dienst Evenementen kijkt na of beide kunnen.`,
  notAnEvent: "Dit is geen evenementendossier.",
  adviceAlreadyAsked: "Deze dienst werd voor dit dossier al om advies gevraagd.",
  choosePages: "Kies minstens één onderdeel dat de adviseur mag lezen.",
  unknownPage: "Dit onderdeel bestaat niet in het formulier van dit dossier.",
  unknownBody: "Kies een adviesdienst uit de lijst.",
  adviceNotFound: "Deze adviesvraag bestaat niet, of ze is niet voor jou.",
  adviceAlreadyGiven: "Dit advies werd al gegeven.",
  permitNotFound: "Er is geen vergunning voor dit dossier.",
  fillInQuestion: "Schrijf wat je de adviseur vraagt.",
  chooseDue: "Kies tegen wanneer je het advies nodig hebt.",
  chooseVerdict: "Kies je advies: gunstig, gunstig onder voorwaarden of ongunstig.",
  fillInAdvice: "Licht je advies toe.",
  chooseOutcome: "Kies de beslissing van het college.",
  fillInConditions: "Schrijf de voorwaarden (of de reden van de weigering).",
  dossierNotFound: "Dit evenementendossier bestaat niet, is afgesloten of is niet van jou.",
  linkNotPossible:
    "Deze reservatie of uitlening kan je niet (meer) koppelen: ze is niet van jou, geannuleerd of al gekoppeld.",
  chooseBooking: "Kies een zaalreservatie of uitlening.",
  exportRangeInvalid:
    "Kies een geldige periode: een begin- en einddatum (JJJJ-MM-DD), het einde na het begin en hoogstens een jaar later.",
  publicationOff: "Publiceren in UiTdatabank staat niet aan.",
  publicationNotRetryable: "Deze publicatie is al gelukt of wordt nu verstuurd.",
  publicationFailed: (reason: string) => `Publicatie in UiTdatabank mislukt: ${reason}`,
  draftNotFound: "Dit concept bestaat niet of is niet van jou.",
  unlinkNotPossible: "Deze reservatie of uitlening is niet aan je concept gekoppeld.",
} as const;
