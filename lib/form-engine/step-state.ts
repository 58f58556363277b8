// Where one page of a long form stands, for the task list: "Niet gestart", "Bezig", "Klaar" or
// "Niet van toepassing". A page is only "Klaar" when it was saved AND its stored answers still pass
// its schema: an answer on an earlier page can make new questions appear on a page saved before,
// which is then "Bezig" again rather than falsely finished.
import type { Answers } from "./conditions";
import { compile, pageApplies, toFormValues } from "./compile";
import type { FormDefinition, PageDefinition } from "./definition";

export type StepState = "done" | "current" | "started" | "notStarted" | "skipped";

export function pageState(
  def: FormDefinition,
  answers: Answers,
  done: readonly string[],
  page: PageDefinition,
  options: { current: string; today: string },
): StepState {
  if (!pageApplies(def, answers, page)) return "skipped";
  if (page.key === options.current) return "current";
  const ownAnswered = page.fields.some((f) => answers[f.key] !== undefined);
  if (!done.includes(page.key)) return ownAnswered ? "started" : "notStarted";
  const complete = compile(def, answers, { page: page.key, today: options.today }).safeParse(
    toFormValues(def, answers),
  ).success;
  return complete ? "done" : "started";
}
