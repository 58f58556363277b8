// The day parts form: per existing part its name and hours, posted as `parts.<code>.label`,
// `parts.<code>.start` and `parts.<code>.end`.
import { z } from "zod";

const TIME = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;
const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));
const CODE = /^[A-Z0-9_]{1,30}$/;

export type DayPartInput = { code: string; label: string; startMinutes: number; endMinutes: number };

const part = z.object({
  label: z
    .string()
    .optional()
    .transform((v) => (v ?? "").trim())
    .refine((v) => v.length >= 2 && v.length <= 40, "Geef een naam van 2 tot 40 tekens."),
  start: z
    .string()
    .optional()
    .transform((v) => (v ?? "").trim())
    .refine((v) => TIME.test(v), "Vul een uur in zoals 08:00."),
  end: z
    .string()
    .optional()
    .transform((v) => (v ?? "").trim())
    .refine((v) => TIME.test(v), "Vul een uur in zoals 13:00."),
});

export const dayPartsSchema = z
  .object({ parts: z.record(z.string().regex(CODE), part).prefault({}) })
  .superRefine(({ parts }, ctx) => {
    if (Object.keys(parts).length === 0)
      ctx.addIssue({ code: "custom", path: ["parts"], message: "Er zijn geen dagdelen om te bewaren." });
    // Hours that are not valid already have their own message; compare only the valid ones.
    const entries = Object.entries(parts).filter(([, p]) => TIME.test(p.start) && TIME.test(p.end));
    for (const [code, p] of entries)
      if (minutes(p.end) <= minutes(p.start))
        ctx.addIssue({
          code: "custom",
          path: ["parts", code, "end"],
          message: "Het einde ligt voor het begin.",
        });
    const sorted = entries.sort(([, a], [, b]) => minutes(a.start) - minutes(b.start));
    for (let i = 1; i < sorted.length; i++) {
      const [code, p] = sorted[i]!;
      const [, previous] = sorted[i - 1]!;
      if (minutes(p.start) < minutes(previous.end))
        ctx.addIssue({
          code: "custom",
          path: ["parts", code, "start"],
          message: `${p.label || "Dit dagdeel"} overlapt met ${previous.label || "het vorige"}.`,
        });
    }
  })
  .transform(({ parts }): DayPartInput[] =>
    Object.entries(parts)
      .map(([code, p]) => ({
        code,
        label: p.label,
        startMinutes: minutes(p.start),
        endMinutes: minutes(p.end),
      }))
      .sort((a, b) => a.startMinutes - b.startMinutes),
  );
