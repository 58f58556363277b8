// An approved event dossier as the body of UiTdatabank's "create event" (publiq Entry API, POST
// /events): Dutch name and description, the event type as a term of UiTdatabank's taxonomy (from
// the table UitdatabankEventType, never a constant here), the place configured for the municipality,
// the calendar (one day: "single"; more days: "periodic", first day 00:00 to last day 23:59 Brussels
// time) and the audience (everyone: only public events are published). Pure, tested as a table.
import { brusselsInstant } from "@/lib/be/brussels-clock";
import type { Answers } from "@/lib/form-engine";

export type UitEventBody = {
  mainLanguage: "nl";
  name: { nl: string };
  description?: { nl: string };
  terms: { id: string }[];
  location: { "@id": string };
  calendarType: "single" | "periodic";
  startDate: string;
  endDate: string;
  audience: { audienceType: "everyone" };
};

const text = (value: unknown) => (typeof value === "string" ? value.trim() : "");
const dateKey = (value: unknown) =>
  typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null;

/** May this dossier be published: a public event whose organiser said yes to publication. */
export function mayPublish(answers: Answers): boolean {
  return answers.access === "publiek" && answers.uitPublish === true;
}

export function eventJsonLd(input: {
  answers: Answers;
  termId: string;
  placeUrl: string;
}): UitEventBody | null {
  const { answers } = input;
  const name = text(answers.eventName);
  const first = dateKey(answers.eventStart);
  const last = dateKey(answers.eventEnd) ?? first;
  if (!name || !first || !last) return null;
  const parts = [
    text(answers.description),
    text(answers.hours) && `Uren: ${text(answers.hours)}`,
    text(answers.streets) && `Waar: ${text(answers.streets)}`,
  ].filter(Boolean);
  return {
    mainLanguage: "nl",
    name: { nl: name },
    ...(parts.length > 0 ? { description: { nl: parts.join("\n\n") } } : {}),
    terms: [{ id: input.termId }],
    location: { "@id": input.placeUrl },
    calendarType: first === last ? "single" : "periodic",
    startDate: brusselsInstant(first, 0).toISOString(),
    endDate: brusselsInstant(last, 23 * 60 + 59).toISOString(),
    audience: { audienceType: "everyone" },
  };
}
