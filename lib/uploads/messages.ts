// What a resident or staff member reads when an upload is refused.
const KIND_NAMES = { image: "een foto (JPEG, PNG of WebP)", pdf: "een PDF" } as const;

export const uploadMessages = {
  tooMany: (max: number) => `Je kunt maximaal ${max} bestanden toevoegen.`,
  tooBig: (name: string, maxBytes: number) =>
    `"${name}" is te groot. Een bestand mag maximaal ${Math.round(maxBytes / 1024 / 1024)} MB zijn.`,
  wrongType: (name: string, kinds: readonly (keyof typeof KIND_NAMES)[]) =>
    `"${name}" is geen bestand dat we aanvaarden. Kies ${kinds.map((k) => KIND_NAMES[k]).join(" of ")}.`,
  broken: (name: string) => `"${name}" is beschadigd of kan niet gelezen worden. Kies een ander bestand.`,
  required: "Kies een bestand.",
};
