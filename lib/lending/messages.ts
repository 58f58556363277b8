// Every sentence the uitleendienst shows a borrower or staff member when something cannot be done.
import { formatDateKey } from "@/lib/be/calendar-date";
import { formatEuro } from "@/lib/be/money";

export const lendingMessages = {
  itemNotFound: "Dit materiaal bestaat niet (meer).",
  loanNotFound: "Deze uitlening bestaat niet, of ze is niet van jou.",
  quantity: "Vul een aantal in (een geheel getal, 0 of meer).",
  nothingChosen: "Kies minstens één stuk materiaal en een aantal.",
  chooseSlot: "Kies een moment uit de lijst.",
  returnBeforePickup: "De terugbrengdatum ligt vóór de ophaaldatum. Kies een latere datum.",
  slotNotThatDay: (what: "ophaal" | "terugbreng") =>
    `Dit ${what}moment bestaat niet op de gekozen dag. Kies een moment dat bij de dag past.`,
  depotClosed: (date: string) =>
    `Het depot is gesloten op ${formatDateKey(date)} (feestdag). Kies een andere dag.`,
  tooEarly: (earliest: string, days: number) =>
    `Je kan ten vroegste ophalen op ${formatDateKey(earliest)}: we hebben ${days} werkdagen nodig om je aanvraag klaar te zetten.`,
  tooLate: (latest: string, months: number) =>
    `Je kan tot ${months} maanden vooruit lenen: breng uiterlijk op ${formatDateKey(latest)} terug.`,
  notAnOfficer: "Je bent geen verantwoordelijke van deze vereniging; alleen zij kunnen voor haar lenen.",
  categoryNotAllowed: (item: string, category: string) =>
    `${item} kan je niet lenen als ${category.toLowerCase()}.`,
  moreThanStock: (stock: number, unit: string) =>
    `We hebben in totaal ${stock} ${unit}. Kies een kleiner aantal.`,
  notEnoughOnDay: (free: number, stock: number, unit: string, day: string) =>
    `Nog ${free} van ${stock} ${unit} vrij op ${day}. Kies een kleiner aantal of een andere periode.`,
  accessoryRequired: (needed: number, unit: string, forWhat: string) =>
    `Bij ${forWhat} horen ${needed} ${unit}: kies er minstens ${needed}.`,
  // Delivery by the technical service
  notDeliverable:
    "De technische dienst levert alleen grote stukken (zoals podiumelementen, feesttenten en nadarhekken). Kies afhalen in het depot.",
  outsideArea: (postcodes: readonly string[]) =>
    `De technische dienst levert alleen in de gemeente (postcode ${postcodes.join(" of ")}). Kies een adres in de gemeente of afhalen in het depot.`,
  addressForDelivery: "Vul het adres in waar we het materiaal leveren.",
  chooseDeliveryWindow: "Kies een leveringsmoment.",
  chooseCollectionWindow: "Kies een moment waarop we het materiaal terug ophalen.",
  windowNotThatDay: (what: "levering" | "ophaling") =>
    `Dit ${what}smoment bestaat niet op de gekozen dag. Kies een moment dat bij de dag past.`,
  collectionBeforeDelivery: "De ophaling ligt vóór de levering. Kies een latere dag om op te halen.",
  routePosition: "Vul een plaats in de route in (een geheel getal van 1 tot 999), of laat leeg.",
  acceptConditions: "Aanvaard de voorwaarden om te lenen.",
  residentNotFound: "Deze inwoner bestaat niet (meer).",
  transferTooLate:
    "De ophaaldag is te dichtbij om met een overschrijving te betalen. Betaal online of aan de balie.",
  // Cancelling
  cancelTooLate: (deadline: string) =>
    `Annuleren kon tot ${formatDateKey(deadline)}. Neem contact op met de uitleendienst.`,
  notCancellable: "Deze uitlening kan niet meer geannuleerd worden.",
  // At the depot
  notPaidYet: "Deze uitlening is nog niet betaald; geef het materiaal nog niet mee.",
  notForHandOut: "Dit materiaal is al meegegeven of de uitlening loopt niet meer.",
  notHandedOut: "Dit materiaal is niet meegegeven; je kan het niet terugnemen.",
  givenTooMany: (quantity: number) => `Je kan hoogstens ${quantity} meegeven (wat gereserveerd is).`,
  returnCountWrong: (handedOut: number) =>
    `Teruggebracht, beschadigd en ontbrekend samen moeten ${handedOut} zijn (wat meegegeven is).`,
  notReturned: "De uitlening is nog niet teruggenomen of de waarborg is al verrekend.",
  feeAboveDeposit: (deposit: number) =>
    `De kosten zijn hoger dan de waarborg (${formatEuro(deposit)}); we houden de hele waarborg in. Het verschil factureert de financiële dienst.`,
  // Stock out of service (repairs, lost units) and staff screens
  moreThanOwned: (stock: number, unit: string) =>
    `We hebben in totaal ${stock} ${unit}; er kunnen er niet meer buiten dienst gaan.`,
  untilBeforeFrom: "De laatste dag ligt vóór de eerste dag. Kies een latere datum.",
  stockConflict: (count: number, who: string) =>
    `Dit botst met ${count === 1 ? "een uitlening" : `${count} uitleningen`}: ${who}. Bevestig dat je de leners verwittigt om toch door te gaan.`,
  stockNumber: "Vul de voorraad in: een geheel getal van 0 tot 9999.",
  repairQuantity: "Vul in hoeveel stuks in herstelling gaan (minstens 1).",
  euro: "Vul een bedrag in euro in, bijvoorbeeld 2,50.",
  priceOrEmpty: "Vul een bedrag in euro in, of laat leeg als deze categorie het niet mag lenen.",
  slotTimes: "Het einde ligt vóór het begin. Kies een later einduur.",
  slotNotFound: "Dit moment van het depot bestaat niet (meer).",
  changeNotFound: "Deze herstelling bestaat niet (meer) of is al afgesloten.",
  // Borrower categories and delivery settings (/beheer/uitleendienst/instellingen)
  categoryNotFound: "Deze categorie van leners bestaat niet (meer).",
  categoryLabel: "Vul de naam van de categorie in.",
  leadWorkingDays: "Vul een aantal werkdagen in van 0 tot 60.",
  horizonMonths: "Vul een aantal maanden in van 1 tot 24.",
  deliveryPrice: "Vul de prijs van een levering in euro in, bijvoorbeeld 12,50 (hoogstens 1.000 euro).",
  postcodesMissing: "Vul minstens één postcode in waar de technische dienst levert.",
  notAPostcode: (value: string) =>
    `${value} is geen Belgische postcode: vul postcodes van vier cijfers in, gescheiden door een komma of spatie (bijvoorbeeld 8750, 8755).`,
  tooManyPostcodes: "Vul hoogstens 50 postcodes in.",
  cancelWorkingDays: "Vul een geheel aantal werkdagen van 0 tot 30 in.",
  lateFeePerDay: "Vul het bedrag per dag te laat in euro in, bijvoorbeeld 10 (hoogstens 1.000 euro).",
  retentionMonths: "Vul een geheel aantal maanden van 1 tot 120 in.",
} as const;
