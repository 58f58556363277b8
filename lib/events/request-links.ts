// Where the organiser requests the hall and the material for their event: the hall's and the
// lending service's own request flows (every rule of theirs applies), opened with the event's days
// filled in and, from a dossier, the dossier carried along so the request is linked on creation.
import type { Answers } from "@/lib/form-engine";
import { occupiedDays } from "./clash";

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const NO_HALL = "geen-zaal";

function query(entries: Record<string, string | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(entries)) if (value) params.set(key, value);
  const text = params.toString();
  return text ? `?${text}` : "";
}

/**
 * The hall link only when the event takes place in a municipal hall that was chosen; the loan
 * period runs from set-up to break-down, the hall date is the event's first day.
 */
export function eventRequestLinks(answers: Answers, dossier?: string) {
  const days = occupiedDays(answers);
  const start =
    typeof answers.eventStart === "string" && DATE.test(answers.eventStart) ? answers.eventStart : undefined;
  const hall =
    answers.locationKind === "zaal" &&
    typeof answers.hall === "string" &&
    answers.hall &&
    answers.hall !== NO_HALL
      ? answers.hall
      : null;
  return {
    loan: `/uitlenen${query({ van: days?.from, tot: days?.to, dossier })}#lenen`,
    hall: hall ? `/zalen/${encodeURIComponent(hall)}${query({ datum: start, dossier })}#reserveren` : null,
  };
}
