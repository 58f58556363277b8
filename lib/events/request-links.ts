// Where the organiser requests the hall and the material for their event: the hall's and the
// lending service's own request flows (every rule of theirs applies), opened with the event's days
// filled in and, from a dossier, the dossier carried along so the request is linked on creation.
import type { Answers } from "@/lib/form-engine";
import { occupiedDays } from "./clash";
import { EVENT_PRODUCT } from "./workflow";

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

/** The wizard's steps that offer a request: the hall on the location step, the loan on the material step. */
export const EVENT_REQUEST_STEPS = { hall: "locatie", loan: "materiaal" } as const;

export type RequestKind = keyof typeof EVENT_REQUEST_STEPS;

/** What the hall or lending flow just made for the dossier, from the address it came back to. */
export function justRequested(query: { uitlening?: string; zaal?: string }) {
  const one = (v: string | undefined) => (v ? v.slice(0, 40) : undefined);
  const loan = one(query.uitlening);
  const hall = one(query.zaal);
  if (loan) return { kind: "loan" as const, id: loan };
  if (hall) return { kind: "hall" as const, id: hall };
  return null;
}

/** Where the organiser lands after the request: the dossier, or the wizard step it came from. */
export function dossierReturnHref(
  dossier: { id: string; number: string | null },
  request: { kind: RequestKind; id: string },
): string {
  const q = `${request.kind === "hall" ? "zaal" : "uitlening"}=${encodeURIComponent(request.id)}`;
  return dossier.number
    ? `/mijn/aanvragen/${dossier.id}?${q}`
    : `/loket/${EVENT_PRODUCT}/aanvraag/${EVENT_REQUEST_STEPS[request.kind]}?${q}`;
}
