// Where the header's logo comes from: the picture staff uploaded (as wide as its shape asks, up to
// a limit, so a word mark stays legible) or the drawing named in the data, in the drawing's box.
import { type StoredPicture, pictureUrl } from "@/lib/uploads/sizes";

export const LOGO_HEIGHT_PX = 47;
const DRAWING_WIDTH_PX = 40;
const MAX_LOGO_WIDTH_PX = 160;

export type HeaderLogo = { src: string; widthPx: number };

export function headerLogo(m: { logoPath: string; logoFile: StoredPicture | null }): HeaderLogo {
  const file = m.logoFile;
  if (!file) return { src: m.logoPath, widthPx: DRAWING_WIDTH_PX };
  const ratio = file.width && file.height ? file.width / file.height : 1;
  const widthPx = Math.min(MAX_LOGO_WIDTH_PX, Math.max(24, Math.round(LOGO_HEIGHT_PX * ratio)));
  return { src: pictureUrl(file.id, 320), widthPx };
}
