// The municipality's colour is data (Municipality.brandColor): the shades the pages use are mixed
// from it with white and black, and a colour that white text or links cannot be read on is refused
// (WCAG 2.2, 1.4.3: a contrast of at least 4.5 to 1).
const HEX = /^#[0-9a-f]{6}$/i;

export const MIN_CONTRAST = 4.5;

type Rgb = [number, number, number];

function rgbOf(hex: string): Rgb {
  if (!HEX.test(hex)) throw new RangeError(`Geen kleur in de vorm #rrggbb: ${hex}`);
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb;
}

const hexOf = (rgb: Rgb) => `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, "0")).join("")}`;

/** `hex` moved `share` (0–1) of the way to `toward`. */
function mix(hex: string, toward: Rgb, share: number): string {
  const from = rgbOf(hex);
  return hexOf(from.map((c, i) => c + (toward[i]! - c) * share) as Rgb);
}

const WHITE: Rgb = [255, 255, 255];
const BLACK: Rgb = [0, 0, 0];

function luminance(hex: string): number {
  const [r, g, b] = rgbOf(hex).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** The shades of the Tailwind theme (app/globals.css) for one brand colour, as CSS variables. */
export function brandPalette(brand: string): Record<`--color-brand-${number}`, string> {
  return {
    "--color-brand-50": mix(brand, WHITE, 0.93),
    "--color-brand-100": mix(brand, WHITE, 0.83),
    "--color-brand-600": mix(brand, WHITE, 0.1),
    "--color-brand-700": brand.toLowerCase(),
    "--color-brand-800": mix(brand, BLACK, 0.22),
    "--color-brand-900": mix(brand, BLACK, 0.42),
  };
}

/** Why a brand colour cannot be used, or null when it can. */
export function brandColorProblem(brand: string): string | null {
  if (!HEX.test(brand))
    return "Geef de kleur als # gevolgd door zes tekens 0-9 of a-f, bijvoorbeeld #0b5e3b.";
  const palette = brandPalette(brand);
  const weakest = Math.min(contrast(brand, "#ffffff"), contrast(brand, palette["--color-brand-50"]));
  return weakest < MIN_CONTRAST
    ? `Deze kleur is te licht: witte tekst erop haalt een contrast van ${weakest.toFixed(1).replace(".", ",")} tegen minstens 4,5. Kies een donkerdere kleur.`
    : null;
}
