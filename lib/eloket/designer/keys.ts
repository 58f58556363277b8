// Keys of fields and pages, made from what staff type: "Naam van de aanvrager" becomes
// "naamVanDeAanvrager", unique in the form ("naam2" when "naam" exists). Staff never type a key.
const MAX = 40;

/** A camelCase key from a label: accents dropped, only letters and digits, starting with a letter. */
export function keyFromLabel(label: string, fallback = "veld"): string {
  const words = label
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let key = words.map((w, i) => (i === 0 ? w : w[0]!.toUpperCase() + w.slice(1))).join("");
  if (!/^[a-z]/.test(key)) key = fallback + (key ? key[0]!.toUpperCase() + key.slice(1) : "");
  return key.slice(0, MAX);
}

/** `base`, or `base2`, `base3` … when taken; stays within the key length. */
export function uniqueKey(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = String(n);
    const key = base.slice(0, MAX - suffix.length) + suffix;
    if (!taken.has(key)) return key;
  }
}

/** A value for a choice option ("Ja, per post" → "ja-per-post"), unique among the options. */
export function optionValue(label: string, taken: ReadonlySet<string>): string {
  const base =
    label
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 36) || "keuze";
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** A product's address word from its name ("Attest van woonst" → "attest-van-woonst"). */
export function slugFromName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
}
