// What staff and residents read when something about a town hall, its desks or its closures fails.
export const siteMessages = {
  siteNotFound: "Dit gemeentehuis bestaat niet.",
  deskNotFound: "Deze balie bestaat niet (meer).",
  closureInPast: "Een sluiting in het verleden heeft geen zin.",
  closureNotFound: "Deze sluiting bestaat niet (meer).",
  unknownHoliday: "Kies feestdagen uit de lijst.",
} as const;
