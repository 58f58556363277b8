// Number formatting shared by the progress lines and the report: NaN (no data, no /proc) shows as
// "–" rather than "NaN", and columns are right-aligned.
export const fmt = (n: number, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : "–");
export const pad = (text: string | number, width: number) => String(text).padStart(width);
