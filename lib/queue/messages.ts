// What visitors and staff read when taking or calling a queue number fails.
// (A town hall or desk that does not exist: lib/sites/messages.ts.)
export const queueMessages = {
  chooseService: "Kies een dienst uit de lijst.",
  noLongerCalled: "Dit volgnummer is niet meer opgeroepen. Vernieuw de pagina.",
  tooManyTickets:
    "Er werden vanaf dit toestel de voorbije minuten te veel volgnummers genomen. Wacht even, of vraag een volgnummer aan het onthaal.",
  busy: "Een andere balie is net met de wachtrij bezig. Probeer het over enkele ogenblikken opnieuw.",
} as const;
