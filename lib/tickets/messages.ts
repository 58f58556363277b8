// What buyers and staff read when buying tickets, or managing performances and their sales, fails.
export const ticketMessages = {
  performanceNotFound: "Deze voorstelling bestaat niet (meer).",
  performanceNotFoundOrCancelled: "Deze voorstelling bestaat niet of is geannuleerd.",
  performanceCancelled: "Deze voorstelling is geannuleerd.",
  salesNotStarted: "De verkoop voor deze voorstelling is nog niet begonnen.",
  salesEnded: "De verkoop voor deze voorstelling is afgelopen.",
  chooseOneTicket: "Kies minstens één ticket.",
  unknownTicketType: "Dit tickettype bestaat niet voor deze voorstelling.",
  tooCloseForTransfer:
    "De voorstelling is te dichtbij om nog per overschrijving te betalen. Betaal online of aan de balie.",
  // Managing performances
  mustBeInFuture: "De voorstelling moet in de toekomst liggen.",
  cancelledNotEditable: "Een geannuleerde voorstelling kan niet meer gewijzigd worden.",
  tariffNotOfPerformance: "Dit tarief hoort niet bij deze voorstelling.",
  quotaBelowSold: (sold: number, tariffLabel: string) =>
    `Er zijn al ${sold} tickets "${tariffLabel}" verkocht: kies een quotum van minstens ${sold}.`,
} as const;
