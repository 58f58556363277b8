// What residents and staff read when filing, following, handling or merging a report fails, and
// when staff edit the catalogue.
export const reportMessages = {
  chooseKind: "Kies wat je wilt doorgeven.",
  chooseCategory: "Kies een categorie uit de lijst.",
  outOfRemit: (categoryName: string, referralText: string | null) =>
    `Voor "${categoryName}" is de gemeente niet bevoegd. ${referralText ?? ""}`.trim(),
  kindMismatch: (categoryName: string) => `De categorie "${categoryName}" past niet bij wat je koos.`,
  tooManyReports:
    "Je hebt de voorbije tijd veel meldingen verstuurd. Probeer het over een uur opnieuw of bel 1750.",
  cannotFollow: "Deze melding kan je niet (meer) volgen.",
  reportNotFound: "Deze melding bestaat niet (meer).",
  moveNotAllowed: "Deze statuswijziging is niet toegelaten vanuit de huidige status.",
  statusChangedMeanwhile:
    "Een collega wijzigde de status van deze melding net. Bekijk de nieuwe status en kies opnieuw.",
  busy: "Een collega werkt net aan deze melding. Probeer het over enkele ogenblikken opnieuw.",
  // Merging
  enterNumber: "Vul een volgnummer in zoals MP-2026-000123.",
  numberNotFound: (number: string) => `Melding ${number} bestaat niet.`,
  mergeWithItself: "Een melding samenvoegen met zichzelf kan niet.",
  mergeOnlyOpen: "Alleen een openstaande melding kan je samenvoegen.",
  targetAlreadyMerged: (number: string) =>
    `Melding ${number} is zelf al samengevoegd; kies de melding waarin ze zit.`,
  mergedMeanwhile: (number: string) =>
    `Melding ${number} werd intussen door een collega samengevoegd. Bekijk de melding opnieuw.`,
  // Catalogue: departments ("diensten") and categories
  departmentNotFound: "Deze dienst bestaat niet (meer).",
  chooseDepartment: "Kies een dienst uit de lijst.",
  departmentNameTaken: (name: string) => `Er bestaat al een dienst "${name}".`,
  categoryNotFound: "Deze categorie bestaat niet (meer).",
  categoryNameTaken: (name: string) => `Er bestaat al een categorie "${name}".`,
} as const;
