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

// Staff and the desk asking the population register (the case page, a filing at the counter).
// Every failure leaves the case as it was, and says so.
const registerFailed = {
  "not-verified":
    "Voor deze inwoner is geen rijksregisternummer vastgelegd. Leg het vast op de fiche van de inwoner (kaart Woonplaats) nadat je de identiteitskaart zag.",
  "not-found": "Het bevolkingsregister kent dit rijksregisternummer niet. Er is niets gewijzigd.",
  "not-configured":
    "Dit loket is niet verbonden met het bevolkingsregister. Er is niets gewijzigd; raadpleeg het register rechtstreeks.",
  unreachable:
    "Het bevolkingsregister is nu niet bereikbaar. Er is niets gewijzigd; probeer het over enkele minuten opnieuw.",
  malformed:
    "Het bevolkingsregister gaf een antwoord dat we niet kunnen gebruiken. Er is niets gewijzigd; probeer het later opnieuw of raadpleeg het register rechtstreeks.",
} as const;

export const registerMessages = {
  failed: registerFailed,
  noNationalNumber: registerFailed["not-verified"],
  cannotIssue:
    "Deze aanvraag kan niet (meer) uit het bevolkingsregister worden beslist: ze is al beslist, afgesloten of wacht op de aanvrager.",
  issued: "Het attest is opgemaakt uit het bevolkingsregister en de aanvrager is verwittigd.",
  deskIssued: "Het attest is meteen opgemaakt uit het bevolkingsregister. Druk het af of geef het mee:",
  // The desk filed the request either way: it waits in the team's inbox.
  deskNotInstant: {
    "not-verified":
      "Het attest kon niet meteen worden opgemaakt: voor deze inwoner is geen rijksregisternummer vastgelegd (leg het vast op de fiche van de inwoner nadat je de identiteitskaart zag). De aanvraag staat in de inbox van het team.",
    "not-found":
      "Het attest kon niet meteen worden opgemaakt: het bevolkingsregister kent het rijksregisternummer van deze inwoner niet. De aanvraag staat in de inbox van het team.",
    "not-configured":
      "Het attest kon niet meteen worden opgemaakt: dit loket is niet verbonden met het bevolkingsregister. De aanvraag staat in de inbox van het team.",
    unreachable:
      "Het attest kon niet meteen worden opgemaakt: het bevolkingsregister was niet bereikbaar. De aanvraag staat in de inbox van het team.",
    malformed:
      "Het attest kon niet meteen worden opgemaakt: het bevolkingsregister gaf een onbruikbaar antwoord. De aanvraag staat in de inbox van het team.",
  },
} as const;
