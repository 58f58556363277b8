"use client";
// A destructive action in two steps: the first click opens a panel that says what will happen
// (the fee, the refund), the second confirms. A <details> element, so it works without JavaScript
// and the keyboard opens it like a button.
import { type ReactNode, useActionState } from "react";
import type { ActionResult } from "@/lib/actions/result";
import { buttonClass } from "../button-class";
import type { FormAction } from "./form";
import { useHydrated } from "./use-hydrated";

export function ConfirmAction<T>({
  action,
  fields,
  trigger,
  consequence,
  confirmLabel,
  cancelLabel = "Toch niet",
  done,
}: {
  action: FormAction<T>;
  /** Hidden fields that say what to act on (ids). */
  fields: Record<string, string>;
  /** The first button ("Annuleren", "Terugbetalen"). */
  trigger: ReactNode;
  /** What happens when confirmed, stated plainly. */
  consequence: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  /** What to show after success, when the page does not redirect. */
  done?: (data: T) => ReactNode;
}) {
  const [state, dispatch, pending] = useActionState<ActionResult<T> | null, FormData>(action, null);
  if (state?.ok && done) return <div role="status">{done(state.data)}</div>;
  return (
    <details className="group">
      <summary className={`${buttonClass("secondary")} cursor-pointer list-none`}>{trigger}</summary>
      <div className="mt-3 rounded-md border-l-4 border-red-700 bg-red-50 p-4">
        <div className="text-slate-900">{consequence}</div>
        <form action={dispatch} className="mt-3 flex flex-wrap items-center gap-3">
          {Object.entries(fields).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <button type="submit" disabled={pending} className={buttonClass("danger")}>
            {pending ? "Even geduld…" : confirmLabel}
          </button>
          <CloseDetails label={cancelLabel} />
        </form>
        {state && !state.ok && (
          <p role="alert" className="mt-2 font-semibold text-red-800">
            {state.message}
          </p>
        )}
      </div>
    </details>
  );
}

/** "Toch niet" closes the panel; without JavaScript the summary closes it too. */
function CloseDetails({ label }: { label: string }) {
  const hydrated = useHydrated();
  if (!hydrated) return null;
  return (
    <button
      type="button"
      className="font-semibold underline"
      onClick={(event) => event.currentTarget.closest("details")?.removeAttribute("open")}
    >
      {label}
    </button>
  );
}
