// What buyers and staff read when counted capacity runs out or cannot be changed.
export const capacityMessages = {
  notEnough: "Er zijn niet genoeg plaatsen meer vrij. Kies een kleiner aantal of een ander moment.",
  belowTaken: "De capaciteit kan niet lager dan wat al verkocht of gereserveerd is.",
} as const;
