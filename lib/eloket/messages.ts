// Every Dutch sentence of the e-loket that a user reads or a command throws.
export const eloketMessages = {
  productNotFound: "Dit product bestaat niet (meer).",
  notPublished: "Dit formulier is nog niet gepubliceerd.",
  residentNotFound: "Deze inwoner vonden we niet. Zoek de inwoner opnieuw.",
  noExemptionToJudge: "Voor deze aanvraag is er geen vrijstelling (meer) te beoordelen.",
  draftNotFound: "We vonden je aanvraag in opmaak niet meer. Begin opnieuw.",
  pageNotFound: "Deze stap bestaat niet in dit formulier.",
  completeFirst: (page: string) => `Vul eerst de stap "${page}" volledig in.`,
  invalidDefinition: "Deze formulierdefinitie is niet geldig.",
  saved: "Opgeslagen.",
  alreadySubmitted: (number: string) => `Deze aanvraag is al verstuurd, met referentie ${number}.`,
  late: (leadDays: number, dueBy: string) =>
    `Je dient dit laat in: de gemeente vraagt dit ${leadDays} dagen vooraf (uiterlijk ${dueBy}). We nemen het toch aan; de dienst beoordeelt of het nog kan.`,
  onTime: (leadDays: number, dueBy: string) =>
    `Dien dit minstens ${leadDays} dagen vooraf in, dus uiterlijk op ${dueBy}.`,
  leadOnly: (leadDays: number) => `Dien dit minstens ${leadDays} dagen vooraf in.`,
  copied: "We maakten een nieuw concept met je vorige gegevens. Vul de datums in en loop elke stap na.",
  caseToCopyNotFound: "We vonden die eerdere aanvraag niet.",
} as const;
