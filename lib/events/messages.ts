// Every Dutch sentence of the event notification that a user reads.
export const eventMessages = {
  hallTaken: (hall: string, days: string) =>
    `${hall} is op ${days} al gereserveerd. Kijk na of je evenement daar kan, of kies een andere plaats.`,
  placeTaken: (days: string) =>
    `Op deze plaats is op ${days} al een ander evenement gemeld. De dienst Evenementen kijkt na of beide kunnen.`,
} as const;
