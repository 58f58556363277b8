// Everything one step of a request shows, for the resident's own filing and for the desk's filing
// for a resident: the draft read per request (it may have been continued elsewhere), the answers
// with prefill, the task list, the fee and the notices. Null when the product or step is unknown.
import "server-only";
import { brusselsParts } from "@/lib/be/time";
import { feeOf, noticeOf, prefill, withOptions } from "@/lib/form-engine";
import { CHECK_STEP, stepStates } from "../steps";
import { getFiling } from "./filing";
import { prefillContextFor } from "./prefill-context";
import { filingWarnings } from "./warnings";

export async function loadFilingStep(input: {
  userId: string;
  actingName: string | null;
  slug: string;
  step: string;
  residentId?: string;
}) {
  const { userId, slug, step } = input;
  const filing = await getFiling(userId, slug);
  if (!filing) return null;
  const context = await prefillContextFor(userId, input.actingName);
  const definition = withOptions(filing.version.definition, context);
  const page = definition.pages.find((p) => p.key === step);
  if (!page && step !== CHECK_STEP) return null;
  const saved = filing.draft?.answers ?? {};
  const done = filing.draft?.pagesDone ?? [];
  const today = brusselsParts(new Date()).dateKey;
  return {
    filing,
    context,
    definition,
    page,
    saved,
    answers: { ...prefill(definition, saved, context), ...saved },
    done,
    today,
    steps: stepStates(definition, saved, done, step, slug, today, input.residentId),
    fee: feeOf(definition.derived, saved),
    notice: noticeOf(definition.derived, saved, today),
    warnings: await filingWarnings(slug, saved, userId),
  };
}

export type FilingStepData = NonNullable<Awaited<ReturnType<typeof loadFilingStep>>>;
