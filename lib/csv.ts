// CSV for Belgian Excel (the meldpunt's and the audit log's exports): semicolons between fields
// (the comma is the decimal separator here), CRLF line ends and a UTF-8 byte order mark, so
// accents open correctly with a double click.
const CSV_BOM = "\uFEFF";

/** One field, quoted when needed; a leading =, +, - or @ is defused so Excel never runs it. */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  const plainNumber = /^-?\d+([.,]\d+)?$/.test(text);
  if (!plainNumber && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(headers: readonly string[], rows: readonly (readonly (string | number | null)[])[]) {
  return CSV_BOM + [headers, ...rows].map((row) => row.map(csvField).join(";")).join("\r\n") + "\r\n";
}

/** A decimal number the Belgian way: 51,0567. */
export function decimalComma(n: number | null, digits = 6): string {
  return n === null ? "" : n.toFixed(digits).replace(".", ",");
}
