// Where a multi-step form stands: "Stap 2 van 5" and the list of steps with their state (GOV.UK's
// task list). Steps are links (GET), so moving between saved steps needs no JavaScript.
import Link from "next/link";

export type Step = {
  key: string;
  title: string;
  href: string;
  state: "done" | "current" | "started" | "notStarted" | "skipped";
};

const STATE_LABEL = {
  done: "Klaar",
  current: "Bezig",
  started: "Bezig",
  notStarted: "Niet gestart",
  skipped: "Niet van toepassing",
};

/** "3 van 12 klaar": steps that are finished or do not apply, out of every step but the last (the check). */
export function stepsFinished(steps: Step[]): { finished: number; total: number } {
  const parts = steps.slice(0, -1);
  return {
    finished: parts.filter((s) => s.state === "done" || s.state === "skipped").length,
    total: parts.length,
  };
}

/**
 * "Stap 2 van 4". Skipped steps keep their place in the count (the list shows them as not
 * applicable): a total that shrinks once an answer makes a step unnecessary ("1 van 3", then
 * "3 van 4") makes people wonder what they missed.
 */
export function StepProgress({ steps }: { steps: Step[] }) {
  const index = steps.findIndex((s) => s.state === "current");
  const { finished, total } = stepsFinished(steps);
  return index < 0 ? null : (
    <p className="text-sm font-semibold text-slate-700">
      Stap {index + 1} van {steps.length}
      <span className="font-normal">
        {" "}
        · {finished} van {total} klaar
      </span>
    </p>
  );
}

export function StepList({ steps, label = "Stappen" }: { steps: Step[]; label?: string }) {
  return (
    <nav aria-label={label}>
      <ol className="divide-y divide-slate-300 border-y border-slate-300">
        {steps.map((step) => (
          <li key={step.key} className="flex flex-wrap items-center justify-between gap-2 py-2">
            {step.state === "skipped" ? (
              <span className="text-slate-700">{step.title}</span>
            ) : (
              <Link
                href={step.href}
                prefetch={false}
                aria-current={step.state === "current" ? "step" : undefined}
                className={step.state === "current" ? "font-bold" : undefined}
              >
                {step.title}
              </Link>
            )}
            <span
              className={`rounded px-2 py-0.5 text-sm font-semibold ${
                step.state === "done" ? "bg-brand-100 text-brand-900" : "bg-slate-200 text-slate-800"
              }`}
            >
              {STATE_LABEL[step.state]}
            </span>
          </li>
        ))}
      </ol>
    </nav>
  );
}
