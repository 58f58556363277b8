// What residents and staff read when something about an account, a household or an association fails.
export const residentMessages = {
  residentNotFound: "Deze inwoner bestaat niet (meer).",
  householdMemberNotFound: "Dit gezinslid bestaat niet (meer).",
  notAMember: "Je bent geen lid van deze vereniging.",
  verifyResidenceFirst: "Bevestig eerst de woonplaats; het rijksregisternummer hoort bij die bevestiging.",
  nationalNumberTaken: "Dit rijksregisternummer staat al bij een andere inwoner. Zoek die inwoner op.",
  emailTaken: "Er bestaat al een inwoner met dit e-mailadres. Zoek die inwoner op.",
} as const;
