// The day parts form: for each existing part (`label_<code>`, `start_<code>`, `end_<code>`).
import { z } from "zod";

const TIME = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;
const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));

export type DayPartInput = { code: string; label: string; startMinutes: number; endMinutes: number };

export const dayPartsSchema = z.record(z.string(), z.string()).transform((input, ctx) => {
  const codes = [
    ...new Set(
      Object.keys(input)
        .filter((k) => k.startsWith("label_"))
        .map((k) => k.slice(6)),
    ),
  ];
  const parts: DayPartInput[] = [];
  for (const code of codes) {
    const label = (input[`label_${code}`] ?? "").trim();
    const start = (input[`start_${code}`] ?? "").trim();
    const end = (input[`end_${code}`] ?? "").trim();
    if (label.length < 2 || label.length > 40)
      ctx.addIssue({
        code: "custom",
        path: [`label_${code}`],
        message: "Geef een naam van 2 tot 40 tekens.",
      });
    if (!TIME.test(start))
      ctx.addIssue({ code: "custom", path: [`start_${code}`], message: "Vul een uur in zoals 08:00." });
    if (!TIME.test(end))
      ctx.addIssue({ code: "custom", path: [`end_${code}`], message: "Vul een uur in zoals 13:00." });
    else if (TIME.test(start) && minutes(end) <= minutes(start))
      ctx.addIssue({ code: "custom", path: [`end_${code}`], message: "Het einde ligt voor het begin." });
    parts.push({
      code,
      label,
      startMinutes: TIME.test(start) ? minutes(start) : 0,
      endMinutes: TIME.test(end) ? minutes(end) : 0,
    });
  }
  if (parts.length === 0)
    ctx.addIssue({ code: "custom", path: ["_form"], message: "Er zijn geen dagdelen om te bewaren." });
  const sorted = [...parts].sort((a, b) => a.startMinutes - b.startMinutes);
  for (let i = 1; i < sorted.length; i++)
    if (sorted[i].startMinutes < sorted[i - 1].endMinutes)
      ctx.addIssue({
        code: "custom",
        path: [`start_${sorted[i].code}`],
        message: `${sorted[i].label || "Dit dagdeel"} overlapt met ${sorted[i - 1].label || "het vorige"}.`,
      });
  return sorted;
});
