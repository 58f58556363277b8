// Bank account numbers as people type them ("BE68 5390 0754 7034"): checked with the ISO 13616
// mod-97 check digits, stored without spaces in capitals, shown in groups of four.

/** The IBAN without spaces in capitals, or null when its check digits are wrong. */
export function normaliseIban(input: string): string | null {
  const iban = input.replace(/[\s.-]/g, "").toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(iban)) return null;
  if (iban.startsWith("BE") && iban.length !== 16) return null;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let rest = 0;
  for (const ch of rearranged) {
    const digits = /\d/.test(ch) ? ch : String(ch.charCodeAt(0) - 55);
    for (const d of digits) rest = (rest * 10 + Number(d)) % 97;
  }
  return rest === 1 ? iban : null;
}

export function formatIban(iban: string): string {
  return iban.replace(/(.{4})/g, "$1 ").trim();
}
