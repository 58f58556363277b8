// An answer as plain text for the check-your-answers page, the case page and mails.
import { formatDateKey } from "@/lib/be/calendar-date";
import { formatIban } from "@/lib/be/iban";
import type { Address } from "@/lib/forms/address";
import type { Place } from "@/lib/forms/location";
import type { AnswerField } from "./definition";
import type { FileRef } from "./field-schemas";
import { engineMessages as m } from "./messages";

const NOT_GIVEN = "Niet ingevuld";

export function answerText(field: AnswerField, value: unknown): string {
  if (value === undefined || value === null || value === "") return NOT_GIVEN;
  switch (field.type) {
    case "yesNo":
      return value ? m.yes : m.no;
    case "signature":
      return value ? "Ondertekend" : "Niet ondertekend";
    case "date":
      return formatDateKey(String(value));
    case "iban":
      return formatIban(String(value));
    case "number":
      return field.unit ? `${value} ${field.unit}` : String(value);
    case "choice": {
      const list = Array.isArray(value) ? value : [value];
      if (list.length === 0) return NOT_GIVEN;
      return list.map((v) => field.options.find((o) => o.value === v)?.label ?? String(v)).join(", ");
    }
    case "address": {
      const a = value as Address;
      return `${a.street} ${a.houseNumber}${a.box ? ` bus ${a.box}` : ""}, ${a.postcode} ${a.city}`;
    }
    case "location": {
      const p = value as Place;
      const point = p.latitude !== undefined ? `${p.latitude}, ${p.longitude}` : "";
      return [p.text, point].filter(Boolean).join(" — ") || NOT_GIVEN;
    }
    case "file": {
      const files = value as FileRef[];
      return files.length ? files.map((f) => f.name).join(", ") : NOT_GIVEN;
    }
    case "group": {
      const rows = value as Record<string, unknown>[];
      return (
        rows
          .map(
            (row, i) =>
              `${field.itemLabel} ${i + 1}: ${field.fields.map((sub) => `${sub.label} ${answerText(sub, row[sub.key])}`).join("; ")}`,
          )
          .join(" | ") || NOT_GIVEN
      );
    }
    default:
      return String(value);
  }
}
