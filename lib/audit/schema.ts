// The audit page's filter, read from the query string (a GET form): who acted, what they did,
// when (Brussels calendar days), what it was about, and the page.
import { z } from "zod";
import { isCalendarDate } from "@/lib/be/calendar-date";
import { optionalText } from "@/lib/forms/fields";
import { AUDIT_ACTION_LABELS } from "./labels";

const day = optionalText({ max: 10 }).refine(
  (v) => v === undefined || isCalendarDate(v),
  "Kies een bestaande datum.",
);

export const auditFilterSchema = z
  .object({
    wie: optionalText({ max: 100 }),
    wat: optionalText({ max: 60 }).refine(
      (v) => v === undefined || v in AUDIT_ACTION_LABELS,
      "Kies een handeling uit de lijst.",
    ),
    van: day,
    tot: day,
    over: optionalText({ max: 100 }),
    pagina: optionalText({ max: 6 }).transform((v) => Math.max(1, Number.parseInt(v ?? "1", 10) || 1)),
  })
  .superRefine((f, ctx) => {
    if (f.van && f.tot && f.tot < f.van)
      ctx.addIssue({ code: "custom", path: ["tot"], message: "De einddatum ligt voor de begindatum." });
  });

export type AuditFilter = z.output<typeof auditFilterSchema>;
