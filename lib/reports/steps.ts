// The resident form's steps and the addresses between them. Kind and category are GET steps; the
// place is posted and checked, then travels in the address of the description step, so every step
// works without JavaScript and can be reloaded. The counter always counts four steps: a step that
// does not apply stays in the list as "niet van toepassing", so "stap 2 van 4" never becomes "3 van 3".
import type { ReportKind } from "@/generated/prisma/enums";
import type { Place } from "@/lib/forms/location";
import { KIND_URL_WORDS } from "./url-words";

export type ReportStepKey = "kind" | "category" | "location" | "description";

export type ReportStepState = "done" | "current" | "notStarted" | "skipped";

const TITLES: Record<ReportStepKey, string> = {
  kind: "Wat wil je doorgeven?",
  category: "Waarover gaat het?",
  location: "Waar is het?",
  description: "Beschrijf het",
};

const ORDER: ReportStepKey[] = ["kind", "category", "location", "description"];

/** Residents are asked where it is for a defect in public space or a category that needs a place. */
export function asksForPlace(kind: ReportKind, category: { requiresLocation: boolean }): boolean {
  return kind === "ISSUE" || category.requiresLocation;
}

const query = (pairs: Record<string, string | undefined>) =>
  new URLSearchParams(Object.entries(pairs).filter((p): p is [string, string] => Boolean(p[1]))).toString();

const coordinate = (n: number | undefined) => (n === undefined ? undefined : String(n));

export function categoryStepUrl(kind: ReportKind): string {
  return `/melden?${query({ soort: KIND_URL_WORDS[kind] })}`;
}

/** The place step, filled in with the place chosen before ("Plaats wijzigen"). */
export function locationStepUrl(kind: ReportKind, category: string, place: Place = {}): string {
  return `/melden?${query({
    soort: KIND_URL_WORDS[kind],
    categorie: category,
    adres: place.text,
    lat: coordinate(place.latitude),
    lng: coordinate(place.longitude),
  })}`;
}

export function descriptionStepUrl(kind: ReportKind, category: string, place: Place): string {
  return `${locationStepUrl(kind, category, place)}&plaats=1`;
}

/** The four steps with their state and link, for the kit's StepList and StepProgress. */
export function reportSteps(
  current: ReportStepKey,
  { kind, category, place }: { kind?: ReportKind; category?: string; place?: boolean },
) {
  const at = ORDER.indexOf(current);
  const href: Record<ReportStepKey, string> = {
    kind: "/melden",
    category: kind ? categoryStepUrl(kind) : "/melden",
    location: kind && category ? locationStepUrl(kind, category) : "/melden",
    description: "#beschrijving",
  };
  return ORDER.map((key, i) => ({
    key,
    title: TITLES[key],
    href: href[key],
    state: (key === "location" && place === false
      ? "skipped"
      : i < at
        ? "done"
        : i === at
          ? "current"
          : "notStarted") as ReportStepState,
  }));
}
