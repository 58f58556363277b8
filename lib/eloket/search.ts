// Searching the catalogue: every word typed must occur in the name, summary or keywords, ignoring
// case and accents ("bewonerskaart", "regenwater", "premie").
const fold = (s: string) =>
  s
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase();

export function matchesSearch(
  product: { name: string; summary: string; keywords: string },
  query: string,
): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean).slice(0, 10);
  const text = fold(`${product.name} ${product.summary} ${product.keywords}`);
  return words.every((w) => text.includes(w));
}
