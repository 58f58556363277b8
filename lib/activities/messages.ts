// Every Dutch sentence activities show a user or throw.
import { formatDateTime, formatTime } from "@/lib/be/time";

export const activityMessages = {
  activityNotFound: "Deze activiteit bestaat niet (meer).",
  sessionNotFound: "Deze periode bestaat niet (meer).",
  childNotFound: "Dit kind hoort niet bij jouw gezin.",
  childTooYoung: (name: string) => `${name} is nog te jong voor deze periode.`,
  childTooOld: (name: string) => `${name} is te oud voor deze periode.`,
  childSchoolYear: (name: string) => `${name} zit niet in een leerjaar voor deze periode.`,
  childNoSchoolYear: (name: string) =>
    `Vul bij Mijn gezin het schooljaar van ${name} in: deze periode hangt af van het schooljaar.`,
  alreadyInBasket: "Dit kind staat al voor deze periode in je mandje.",
  alreadyRegistered: (name: string) =>
    `${name} is al ingeschreven of staat op de wachtlijst voor deze periode.`,
  overlapping: (name: string) => `${name} is al ingeschreven voor een periode die overlapt met deze.`,
  basketEmpty: "Je mandje is leeg. Kies eerst kinderen en periodes.",
  basketLineNotFound: "Deze regel staat niet (meer) in je mandje.",
  notOpenYet: (opensAt: Date) => `De inschrijvingen openen pas op ${formatDateTime(opensAt)}.`,
  closed: "De inschrijvingen voor deze activiteit zijn afgesloten.",
  waitingRoomNotOpen: (opensAt: Date) => `De wachtzaal gaat open om ${formatTime(opensAt)}.`,
  notInWaitingRoom: "Neem eerst plaats in de wachtzaal; daarna kan je je mandje versturen.",
  notAdmittedYet: (position: number, at: Date) =>
    `Je bent nog niet aan de beurt: je staat op plaats ${position} in de rij, naar schatting ben je rond ${formatTime(at)} aan de beurt. Er is niets verstuurd; laat de wachtzaal open, die laat je binnen.`,
  childInLineElsewhere: (name: string) =>
    `${name} staat al in de wachtzaal via een ander account; een kind kan maar één plaats in de rij hebben.`,
  noTariff: "Voor deze activiteit is nog geen tarief ingesteld. Neem contact op met de dienst vrije tijd.",
  offerNotFound: "Dit aanbod bestaat niet of werd al gebruikt.",
  offerExpired: "Dit aanbod is verlopen; de plaats ging naar de volgende op de wachtlijst.",
  registrationNotFound: "Deze inschrijving vonden we niet.",
  cancelTooLate: (deadline: string) =>
    `Annuleren kon tot en met ${deadline}. Neem contact op met de dienst vrije tijd.`,
  cannotCancel: "Deze inschrijving kan je niet (meer) annuleren.",
  attendanceDayOutside: "Deze dag hoort niet bij de periode. Laad de lijst opnieuw.",
  residentNotFound: "Deze inwoner vonden we niet.",
  lotteryOnly:
    "Voor deze activiteit wordt geloot: geef je voorkeuren op de pagina van de activiteit, zonder mandje.",
  notLottery: "Voor deze activiteit wordt niet geloot: wie eerst komt, wordt eerst ingeschreven.",
  lotteryNotOpenYet: (opensAt: Date) =>
    `Voorkeuren voor de loting kan je pas opgeven vanaf ${formatDateTime(opensAt)}. Er is niets bewaard.`,
  lotteryClosed: "De termijn voor de loting is voorbij. Er is niets bewaard.",
  lotteryNoChild: "Kies voor minstens één kind een eerste keuze.",
  lotteryChoiceTwice: "Kies elke periode maar één keer per kind.",
  lotteryGapInChoices: "Vul eerst de eerste en dan de tweede keuze in.",
  lotteryNothingShared: (names: string) =>
    `Om samen te blijven moeten ${names} minstens één periode gemeen hebben in hun keuzes.`,
  lotteryChildElsewhere: (name: string) => `${name} doet al mee aan deze loting via een ander account.`,
  lotteryEntryNotFound: "Je doet (nog) niet mee aan deze loting.",
  friendCodeForm: "Een vriendjescode heeft 8 letters en cijfers, zoals K7PM-Q2XR.",
  friendCodeUnknown:
    "Deze vriendjescode hoort bij geen andere deelname aan deze loting. Kijk de code na bij de andere ouder.",
  friendCodeTooMany:
    "Je vulde het voorbije uur te vaak een vriendjescode in. Probeer het later opnieuw of vraag hulp aan de dienst vrije tijd.",
  friendCodeOwn: "Dit is je eigen vriendjescode. Vul de code van de andere ouder in.",
  friendNothingShared:
    "Jullie kinderen kozen geen periode die ze allemaal gemeen hebben. Kies minstens één dezelfde periode om samen ingedeeld te worden.",
  friendGroupTooBig: (max: number) =>
    `Samen ingedeeld worden kan met hoogstens ${max} kinderen. Deze groep zou groter worden.`,
  lotteryAlreadyDrawn: "De loting voor deze activiteit is al uitgevoerd. Een tweede loting kan niet.",
  lotteryNotClosed: (closesAt: Date) =>
    `De loting kan pas na het sluiten van de termijn, op ${formatDateTime(closesAt)}.`,
  lotteryDay: "Vul een datum in.",
  lotteryTime: "Vul een uur in zoals 09:00.",
  lotteryWindowOrder: "Het einde van de termijn moet na het begin liggen.",
  lotteryModeLocked: "Na de loting kan je de manier van inschrijven niet meer wijzigen.",
  lotteryHasEntries:
    "Er zijn al deelnames aan de loting; zet de activiteit daarom niet terug op wie eerst komt.",
  organiserUnknownEmail:
    "Er is geen account met dit e-mailadres. Vraag de persoon eerst aan te melden op het portaal.",
  organiserAlready: "Deze persoon is al begeleider van deze activiteit.",
  organiserNotFound: "Deze persoon is (al) geen begeleider van deze activiteit.",
  messageNoParents: "Er zijn voor deze periode geen ouders met een e-mailadres om te schrijven.",
  messageTooMany: "Je verstuurde net al enkele berichten. Probeer het binnen een uur opnieuw.",
  busy: "Er wordt net heel druk ingeschreven. Probeer het over enkele seconden opnieuw.",
} as const;
