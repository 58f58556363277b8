// Every Dutch sentence about cases that a user reads or a command throws.
export const caseMessages = {
  chooseExemptionVerdict: "Kies of je de vrijstelling aanvaardt of de kostprijs vraagt.",
  notFound: "Deze aanvraag bestaat niet of is niet van jou.",
  movedMeanwhile:
    "Een collega wijzigde de status van deze aanvraag intussen. Bekijk de nieuwe stand en probeer opnieuw.",
  transitionNotAllowed: "Deze stap kan niet vanuit de huidige status.",
  notATeamMember: "Deze persoon hoort niet bij het team van deze aanvraag.",
  questionOpen: "Er staat al een vraag open bij deze aanvraag.",
  noOpenQuestion: "Er staat geen vraag meer open: ze werd al beantwoord.",
  closed: "Deze aanvraag is afgesloten.",
  chooseStatus: "Kies de nieuwe status.",
  fillInNote: "Schrijf de notitie.",
  fillInQuestion: "Schrijf je vraag aan de aanvrager.",
  fillInAnswer: "Schrijf je antwoord.",
  chooseAssignee: "Kies een medewerker.",
  chooseOutcome: "Kies of je de aanvraag goedkeurt of weigert.",
  decideWithForm: "Een beslissing neem je met het beslissingsformulier, met de uitkomst en de reden.",
  refusalNeedsReason: "Schrijf waarom je weigert: de aanvrager leest het in de brief.",
  alreadyDecided: "Over deze aanvraag is al beslist.",
} as const;
