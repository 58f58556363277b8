// The steps of filing a product: its pages (those that do not apply stay in the list as "niet van
// toepassing") and the check-your-answers page. Pure, shared by the pages and the save action.
import { type Answers, type FormDefinition, pageApplies, pageState } from "@/lib/form-engine";

export const CHECK_STEP = "controle";

/**
 * Where a step lives: the resident's own filing under /loket, or the desk's filing for a resident
 * (same form, same draft) under /beheer/aanvragen/balie.
 */
export function stepHref(slug: string, step: string, residentId?: string): string {
  if (!residentId) return `/loket/${slug}/aanvraag/${step}`;
  return `/beheer/aanvragen/balie/${slug}/${step}?${new URLSearchParams({ inwoner: residentId })}`;
}

export function nextStep(def: FormDefinition, answers: Answers, after: string): string {
  const index = def.pages.findIndex((p) => p.key === after);
  const next = def.pages.slice(index + 1).find((p) => pageApplies(def, answers, p));
  return next?.key ?? CHECK_STEP;
}

export function firstOpenStep(def: FormDefinition, answers: Answers, done: readonly string[]): string {
  const open = def.pages.find((p) => pageApplies(def, answers, p) && !done.includes(p.key));
  return open?.key ?? CHECK_STEP;
}

/** The task list: every page with its state, then the check-your-answers page. */
export function stepStates(
  def: FormDefinition,
  answers: Answers,
  done: readonly string[],
  current: string,
  slug: string,
  today: string,
  residentId?: string,
) {
  return [
    ...def.pages.map((p) => ({
      key: p.key,
      title: p.title,
      href: stepHref(slug, p.key, residentId),
      state: pageState(def, answers, done, p, { current, today }),
    })),
    {
      key: CHECK_STEP,
      title: "Controleer en verstuur",
      href: stepHref(slug, CHECK_STEP, residentId),
      state: current === CHECK_STEP ? ("current" as const) : ("notStarted" as const),
    },
  ];
}
