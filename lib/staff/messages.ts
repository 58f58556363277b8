// Dutch answers of the staff management commands.
export const staffMessages = {
  notFound: "Deze medewerker bestaat niet (meer).",
  ownAdmin: "Je kunt je eigen rol Beheerder niet afnemen. Vraag het aan een andere beheerder.",
  ownOffboarding: "Je kunt je eigen toegang niet intrekken. Vraag het aan een andere beheerder.",
  lastAdmin: "Er moet minstens één beheerder overblijven. Maak eerst iemand anders beheerder.",
  erased: "De gegevens van dit account zijn gewist; het kan geen medewerker worden.",
  alreadyStaff: "Dit account is al medewerker. Pas de rollen aan op de pagina van de medewerker.",
} as const;
