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
  busy: "Er wordt net heel druk ingeschreven. Probeer het over enkele seconden opnieuw.",
} as const;
