// Every Dutch sentence of the form designer.
export const designerMessages = {
  pageNotFound: "Deze pagina bestaat niet (meer) in het formulier.",
  fieldNotFound: "Dit veld bestaat niet (meer) in het formulier.",
  lastField: "Een pagina heeft minstens één veld. Verwijder de pagina als je ze niet meer nodig hebt.",
  lastPage: "Een formulier heeft minstens één pagina.",
  cannotMove: "Dit staat al helemaal bovenaan of onderaan.",
  conditionField: "Kies een eerder ja/nee- of keuzeveld als voorwaarde.",
  conditionValue: "Kies een antwoord dat bij dat veld hoort.",
  noConditionOnInfo: "Een voorwaarde kan alleen op een vraag, niet op een uitlegblok.",
  groupNotFound: "Deze herhalende groep bestaat niet (meer) in het formulier.",
  lastSubField: "Een groep heeft minstens één vraag.",
  tooManyConditions: "Kies hoogstens drie voorwaarden.",
  conditionNotShown:
    "Dit veld heeft een voorwaarde die de ontwerper niet kan tonen. Vink aan dat je ze wilt vervangen.",
  noPrefillOnInfo: "Een uitlegblok heeft geen antwoord om vooraf in te vullen.",
  prefillNotFitting: "Kies gegevens die bij dit soort veld passen.",
  feeAmount: "Vul een bedrag groter dan nul in, zoals 5 of 2,50.",
  feeUnitField: "Kies het getalveld waarvan elke eenheid de kostprijs telt.",
  feeDayFields: "Kies twee verschillende datumvelden: de eerste en de laatste dag.",
  exemptionWithoutFee: "Een vrijstelling hoort bij een kostprijs: kies eerst een kostprijs.",
  exemptionIncomplete: "Kies wanneer de vrijstelling geldt en schrijf de reden die de medewerker leest.",
  feeNotShown:
    "Dit formulier heeft kostregels die de ontwerper niet kan tonen. Vink aan dat je ze wilt vervangen.",
  tooLong: (where: string) => `${where}: deze tekst of lijst is te lang.`,
  tooShort: (where: string) => `${where}: deze tekst of lijst mag niet leeg zijn.`,
  invalid: (where: string) => `${where}: deze waarde is niet geldig.`,
  slugNeeded: "Geef een adres op met letters of cijfers, zoals attest-van-woonst.",
  slugTaken: "Er bestaat al een product met dit adres. Kies een ander adres.",
  productNotFound: "Dit product bestaat niet (meer).",
  unknownPlaceholders: (keys: string[]) =>
    `Het formulier kent ${keys.map((k) => `{{${k}}}`).join(", ")} niet: gebruik de sleutels uit de lijst.`,
  teamNotFound: "Kies een team uit de lijst.",
  nothingToPublish: "Er zijn geen wijzigingen om te publiceren.",
  published: (version: number) =>
    `Versie ${version} is gepubliceerd. Nieuwe aanvragen gebruiken deze versie.`,
  saved: "De wijziging is bewaard in het werkexemplaar.",
  previewNotice:
    "Dit is een voorbeeld van het werkexemplaar zoals een inwoner het ziet. Er wordt niets bewaard of verstuurd.",
  previewChecked: "Deze pagina is in orde ingevuld. In het voorbeeld wordt niets bewaard.",
  starterPage: "Je aanvraag",
  starterField: "Wat wil je aanvragen?",
} as const;
