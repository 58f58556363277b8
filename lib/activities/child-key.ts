// A child is one child whichever parent's account registers it: the key is a hash of the name
// (accents, case, spaces and hyphens ignored) and the date of birth, so "Lotte Van Damme" and
// "lotte vandamme", born the same day, hold one place in line and one registration per session.
import { createHash } from "node:crypto";

export function normaliseName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z]/g, "");
}

export function childKey(firstName: string, lastName: string, birthDate: string): string {
  const basis = `${normaliseName(firstName)}|${normaliseName(lastName)}|${birthDate}`;
  return createHash("sha256").update(basis).digest("hex").slice(0, 32);
}
