/** A tariff's stable code within its performance, from its first label ("Kansentarief" → KANSENTARIEF). */
export function tariffCode(label: string, index: number): string {
  return (
    (label
      .normalize("NFD")
      .replace(/[^A-Za-z0-9]+/g, "")
      .toUpperCase()
      .slice(0, 16) || "TARIEF") + (index ? `_${index}` : "")
  );
}
