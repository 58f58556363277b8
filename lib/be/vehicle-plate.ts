// Belgian number plates: the current format 1-ABC-123 (a digit, three letters, three digits) and
// the older ABC-123 and 123-ABC, typed with or without dashes or spaces; stored with dashes.
const FORMATS: RegExp[] = [/^([1-9])([A-Z]{3})(\d{3})$/, /^([A-Z]{3})(\d{3})$/, /^(\d{3})([A-Z]{3})$/];

/** "1abc123" → "1-ABC-123"; null when it is no Belgian plate. */
export function normalisePlate(input: string): string | null {
  const bare = input.replace(/[\s.-]/g, "").toUpperCase();
  for (const re of FORMATS) {
    const m = re.exec(bare);
    if (m) return m.slice(1).join("-");
  }
  return null;
}
