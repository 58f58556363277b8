// What residents and staff read about erasure.
export const privacyMessages = {
  residentNotFound: "Deze inwoner bestaat niet (meer) of is al gewist.",
  staffAccount: "Dit is een personeelsaccount. Trek eerst de rollen in; pas dan kan het gewist worden.",
  blocked: (reasons: string[]) =>
    `Wissen kan nog niet. Rond dit eerst af of annuleer het: ${reasons.join(" ")}`,
  unpaidOrder: (number: string) => `Bestelling ${number} is nog niet betaald.`,
  activeHallBooking: (hall: string, day: string) => `De zaalreservatie van ${hall} op ${day} loopt nog.`,
  activeLoan: (day: string) => `De uitlening met ophaling op ${day} is nog niet afgesloten.`,
  futureAppointment: (day: string) => `Er staat nog een afspraak op ${day}.`,
  openCase: (number: string) => `Aanvraag ${number} is nog in behandeling.`,
  activeRegistration: (child: string, activity: string) =>
    `De inschrijving van ${child} voor ${activity} loopt nog.`,
} as const;
