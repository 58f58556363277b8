// What residents and staff read when filing, following, handling or merging a report fails, and
// when staff edit the catalogue.
export const reportMessages = {
  chooseCategory: "Kies een categorie uit de lijst.",
  outOfRemit: (categoryName: string, referralText: string | null) =>
    `Voor "${categoryName}" is de gemeente niet bevoegd. ${referralText ?? ""}`.trim(),
  kindMismatch: (categoryName: string) => `De categorie "${categoryName}" past niet bij wat je koos.`,
  locationRequired: "Geef een adres of plaats een speld op de kaart.",
  tooManyReports:
    "Je hebt de voorbije tijd veel meldingen verstuurd. Probeer het over een uur opnieuw of bel 1750.",
  cannotFollow: "Deze melding kan je niet (meer) volgen.",
  moveNotAllowed: "Deze statuswijziging is niet toegelaten vanuit de huidige status.",
  // Photos
  tooManyPhotos: (max: number) => `Je kunt maximaal ${max} foto's toevoegen.`,
  photoTooLarge: (fileName: string, maxMegabytes: number) =>
    `De foto "${fileName}" is te groot. Een foto mag maximaal ${maxMegabytes} MB zijn.`,
  notAPhoto: (fileName: string) =>
    `"${fileName}" is geen foto die we aanvaarden. Kies een JPEG-, PNG- of WebP-bestand.`,
  photoDamaged: (fileName: string) => `De foto "${fileName}" is beschadigd. Kies een andere foto.`,
  // Merging
  enterNumber: "Vul een volgnummer in zoals MP-2026-000123.",
  numberNotFound: (number: string) => `Melding ${number} bestaat niet.`,
  mergeWithItself: "Een melding samenvoegen met zichzelf kan niet.",
  mergeOnlyOpen: "Alleen een openstaande melding kan je samenvoegen.",
  targetAlreadyMerged: (number: string) =>
    `Melding ${number} is zelf al samengevoegd; kies de melding waarin ze zit.`,
  // Catalogue: departments ("diensten") and categories
  departmentNotFound: "Deze dienst bestaat niet (meer).",
  chooseDepartment: "Kies een dienst uit de lijst.",
  departmentNameTaken: (name: string) => `Er bestaat al een dienst "${name}".`,
  categoryNotFound: "Deze categorie bestaat niet (meer).",
  categoryNameTaken: (name: string) => `Er bestaat al een categorie "${name}".`,
} as const;
