// The readable copy of the right-of-access export: one section per domain, each row as label/value
// facts. Nested rows (an order's lines, a case's answers) are flattened to "Regels 1 · Omschrijving".
import { formatDateKey } from "@/lib/be/calendar-date";
import { formatEuro } from "@/lib/be/money";
import { formatDateTime } from "@/lib/be/time";
import type { PdfBlock, PdfSpec } from "@/lib/pdf/spec";
import type { PersonalDataExport } from "./export";
import { EXPORT_FIELD_LABELS } from "./labels";

const label = (key: string) => EXPORT_FIELD_LABELS[key] ?? key;

function text(key: string, value: unknown): string {
  // Date-only columns come back as UTC midnight: a calendar day, not an instant in Brussels.
  if (value instanceof Date)
    return value.toISOString().endsWith("T00:00:00.000Z")
      ? formatDateKey(value.toISOString().slice(0, 10))
      : formatDateTime(value);
  if (typeof value === "number" && key.endsWith("Cents")) return formatEuro(value);
  if (typeof value === "boolean") return value ? "ja" : "nee";
  return String(value);
}

/** Flattens one row to [label, value] pairs, leaving out empty values. */
function facts(row: unknown, prefix = "", key = ""): [string, string][] {
  if (row === null || row === undefined || row === "") return [];
  if (Array.isArray(row))
    return row.flatMap((item, i) => facts(item, `${prefix}${label(key)} ${i + 1} · `.trimStart()));
  if (typeof row === "object" && !(row instanceof Date))
    return Object.entries(row).flatMap(([k, v]) =>
      typeof v === "object" && v !== null && !(v instanceof Date)
        ? Array.isArray(v)
          ? facts(v, prefix, k)
          : facts(v, `${prefix}${label(k)} · `)
        : facts(v, prefix, k),
    );
  return [[`${prefix}${label(key)}`, text(key, row)]];
}

export function personalDataSpec(data: PersonalDataExport, name: string): PdfSpec {
  const blocks: PdfBlock[] = [
    {
      type: "paragraph",
      text: `Alle gegevens die het digitaal loket over ${name} bewaart, op ${formatDateTime(new Date(data.generatedAt))}. Dezelfde gegevens kan je als JSON-bestand downloaden.`,
    },
  ];
  for (const s of data.sections) {
    blocks.push({ type: "heading", text: s.title });
    if (s.rows.length === 0) blocks.push({ type: "paragraph", text: "Niets." });
    for (const row of s.rows) {
      const rows = facts(row);
      if (rows.length) blocks.push({ type: "facts", rows });
    }
  }
  return { title: "Jouw gegevens", blocks };
}
