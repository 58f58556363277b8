// How many photos of what size a report may carry; read by the form (its hint) and by the upload check.
export const PHOTO_POLICY = {
  field: "photos",
  kinds: ["image"],
  maxBytes: 5 * 1024 * 1024,
  maxFiles: 3,
} as const;
