// The widths the upload store makes of a public picture, and the addresses a page offers the browser
// for them. No image library here: pages import this.

export const RENDITION_WIDTHS = [320, 640, 1280] as const;

export type StoredPicture = { id: string; width: number | null; height: number | null };

/** The route serves the smallest rendition at least `w` wide, or the original. */
export const pictureUrl = (id: string, w?: number) => `/api/bestanden/${id}${w ? `?w=${w}` : ""}`;

/** `srcset` over the renditions smaller than the original, and the original itself at its width. */
export function srcSetOf(picture: StoredPicture): string {
  const full = picture.width ?? RENDITION_WIDTHS[RENDITION_WIDTHS.length - 1];
  const sizes = RENDITION_WIDTHS.filter((w) => w < full).map((w) => `${pictureUrl(picture.id, w)} ${w}w`);
  return [...sizes, `${pictureUrl(picture.id)} ${full}w`].join(", ");
}
