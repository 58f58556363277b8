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
  issuedFromRegister:
    "Je attest is meteen opgemaakt uit het bevolkingsregister. Je vindt het hieronder en in Mijn aanvragen.",
  // Why an attest from the population register was not issued at once; the case goes to the team.
  notInstant: {
    "not-verified":
      "Je attest kon niet meteen worden opgemaakt: je identiteit is nog niet bevestigd aan een loket van de gemeente (met je identiteitskaart). Burgerzaken maakt het attest voor je op.",
    "not-found":
      "Je attest kon niet meteen worden opgemaakt: het bevolkingsregister vond je gegevens niet. Burgerzaken bekijkt je aanvraag.",
    "not-configured":
      "Dit loket kan het bevolkingsregister niet rechtstreeks raadplegen. Burgerzaken maakt het attest voor je op.",
    unreachable:
      "Je attest kon niet meteen worden opgemaakt: het bevolkingsregister was niet bereikbaar. Burgerzaken maakt het attest voor je op.",
    malformed:
      "Je attest kon niet meteen worden opgemaakt: het bevolkingsregister gaf een antwoord dat we niet konden gebruiken. Burgerzaken maakt het attest voor je op.",
  },
} as const;
