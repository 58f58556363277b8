// How big a public picture may be; read by the staff form (its hint) and by the upload check.
export const PUBLIC_PHOTO_POLICY = {
  field: "photo",
  kinds: ["image"],
  maxBytes: 10 * 1024 * 1024,
  maxFiles: 1,
} as const;
