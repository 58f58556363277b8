// Every Dutch sentence of the e-loket that a user reads or a command throws.
export const eloketMessages = {
  productNotFound: "Dit product bestaat niet (meer).",
  notPublished: "Dit formulier is nog niet gepubliceerd.",
  draftNotFound: "We vonden je aanvraag in opmaak niet meer. Begin opnieuw.",
  pageNotFound: "Deze stap bestaat niet in dit formulier.",
  completeFirst: (page: string) => `Vul eerst de stap "${page}" volledig in.`,
  invalidDefinition: "Deze formulierdefinitie is niet geldig.",
  saved: "Opgeslagen.",
} as const;
