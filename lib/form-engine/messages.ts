// Every Dutch sentence the form engine shows: validation messages built from a field's label.
export const engineMessages = {
  fillIn: (label: string) => `Vul "${label}" in.`,
  choose: (label: string) => `Maak een keuze bij "${label}".`,
  chooseDate: (label: string) => `Kies een datum bij "${label}".`,
  notInPast: "Kies een datum vanaf vandaag.",
  notBefore: (label: string, other: string) => `"${label}" kan niet vóór "${other}" liggen.`,
  notAfter: (label: string, other: string) => `"${label}" kan niet na "${other}" liggen.`,
  number: (min: number, max: number) => `Vul een geheel getal in van ${min} tot ${max}.`,
  iban: "Vul een geldig rekeningnummer (IBAN) in, bijvoorbeeld BE68 5390 0754 7034.",
  plate: "Vul een Belgische nummerplaat in, bijvoorbeeld 1-ABC-123.",
  sign: "Vink aan dat je deze verklaring ondertekent.",
  file: (label: string) => `Voeg een bestand toe bij "${label}".`,
  tooManyFiles: (max: number) =>
    `Je kunt hier hoogstens ${max} ${max === 1 ? "bestand" : "bestanden"} toevoegen.`,
  atLeastOneItem: (label: string) => `Vul minstens één rij in bij "${label}".`,
  tooManyItems: (max: number) => `Hoogstens ${max} rijen.`,
  yes: "Ja",
  no: "Nee",
} as const;
