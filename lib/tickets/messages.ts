// What buyers and staff read when buying tickets, or managing performances and their sales, fails.
export const ticketMessages = {
  performanceNotFound: "Deze voorstelling bestaat niet (meer).",
  performanceNotFoundOrCancelled: "Deze voorstelling bestaat niet of is geannuleerd.",
  performanceCancelled: "Deze voorstelling is geannuleerd.",
  salesNotStarted: "De verkoop voor deze voorstelling is nog niet begonnen.",
  salesEnded: "De verkoop voor deze voorstelling is afgelopen.",
  chooseOneTicket: "Kies minstens één ticket.",
  quantityRange: (max: number) => `Kies een aantal van 0 tot ${max}.`,
  tooManyTickets: (max: number) => `Je kan per bestelling maximaal ${max} tickets kopen.`,
  buyerLimit: (max: number, held: number) =>
    held === 0
      ? `Voor deze voorstelling kan je in totaal maximaal ${max} tickets bestellen.`
      : `Voor deze voorstelling kan je in totaal maximaal ${max} tickets bestellen; je hebt er al ${held}. Je kan er nog ${Math.max(0, max - held)} bijnemen.`,
  tooManyHolds:
    "Je vroeg de voorbije minuten te veel bestellingen aan. Wacht even, of rond eerst je open bestelling af.",
  nameMissing: "Vul je naam in.",
  emailForTickets: "Vul een geldig e-mailadres in; je tickets komen daar toe.",
  emailForDeskTransfer:
    "Voor een overschrijving is een e-mailadres nodig: daar komen de betaalgegevens en de tickets.",
  choosePayment: "Kies hoe er betaald wordt.",
  reasonMissing: "Geef een reden; de kopers krijgen ze te lezen.",
  seatsMissing: "Geef een aantal plaatsen.",
  ogmMissing: "Vul de gestructureerde mededeling in.",
  amountMissing: "Vul het ontvangen bedrag in, zoals 32,00.",
  unknownTicketType: "Dit tickettype bestaat niet voor deze voorstelling.",
  tooCloseForTransfer:
    "De voorstelling is te dichtbij om nog per overschrijving te betalen. Betaal online of aan de balie.",
  refundedByStaff: "De dienst vrije tijd betaalde je bestelling terug.",
  performanceCancelledBecause: (title: string, reason: string) =>
    `De voorstelling "${title}" is geannuleerd: ${reason}`,
  // Managing performances
  mustBeInFuture: "De voorstelling moet in de toekomst liggen.",
  cancelledNotEditable: "Een geannuleerde voorstelling kan niet meer gewijzigd worden.",
  tariffNotOfPerformance: "Dit tarief hoort niet bij deze voorstelling.",
  quotaBelowSold: (sold: number, tariffLabel: string) =>
    `Er zijn al ${sold} tickets "${tariffLabel}" verkocht: kies een quotum van minstens ${sold}.`,
} as const;
